import ArgumentParser
import Foundation
import JixiaoForm
import XLSXWriter

/// `jixiao fill --data FILE`: one form per department in the official layout, or in the district's own blank
/// form (`--template BLANK.xlsx`), from form JSON, a CSV, or the 财政局's reference list (the XLSX or CSV that
/// `validate --reference` checks the returned forms against), with the derived values computed as live formulas.
/// How a 财政局 pre-fills budgets before sending the forms out.
struct FillCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fill",
            abstract: Language.current.pick("按数据生成自评表：每个部门一份，数据来自 JSON、CSV 或应交单位名单。",
                                            "Write one form per department from JSON or CSV data or a reference list."),
            discussion: Language.current.pick("""
                --data 可以是：validate --format json 的结果（取其中的 form）、form 对象数组或单个 form 对象；
                或 CSV，每个部门一行，表头用字段名（department、funds.annualBudget、keyIndicators[0].name、tasks[1].funds）
                或中文标签（部门名称、整体支出年度预算数、关键指标1、预期实现值1、指标完成情况1、主要任务1、预期目标1、
                目标完成情况1、任务关键指标1、任务指标完成情况1、任务涉及资金1……）。预算完成率、年度调整额、预算调整率由公式计算。
                --data 也可以是财政局的应交单位名单（与 validate --reference 所用的同一个文件）：.xlsx 名单，或表头有名单才有的列
                （单位编码、预算单位、决算数，或注明单位的金额列如「年度预算数（元）」，或表头上方有标题行、「单位：元」行）
                且没有年度、文字、指标、任务列的 CSV。每个单位一份表，部门名称取名单中的单位名称，年初预算数、年度预算数、
                实际支出数和其中各项按名单填入，并按「单位：元」行或表头中的（元）/（万元）准确换算为所写表的金额单位
                （官方格式为万元；用 --template 时为空表自己的单位）。名单中不是表中栏目的列（序号、单位编码、备注）不用，
                在标准错误中列出。名单没有年度，须用 --year 指定。名单有误（找不到单位名称列、同一单位有两行、金额不是数字）时
                指出行和列，退出码 2，不写出任何文件。
                --template BLANK.xlsx 把数据填入本地区自己的空白表：空表像交回的自评表一样按标签识别，数据写入它自己的单元格，
                派生值为引用本表单元格的公式，其余格式、合并、列宽行高、打印设置全部保留；数据中有空表放不下的项目
                （如空表没有的其中项、比空表更多的指标行）时列出这些项目并退出（退出码 2），不写出任何文件。
                输出文件名为「部门名称-年度.xlsx」；已存在的文件不覆盖，除非加 --force。
                不对应任何字段的列或键、同一部门同一年度的两行、2000 年至明年以外的年度都是错误
                （退出码 2，不写出任何文件），除非加 --ignore-unknown 或 --duplicates first|last。

                退出码：0 全部写出；2 数据有误或有文件无法写出。
                """, """
                --data takes a validate --format json document (its forms), an array of form
                objects or one form object; or a CSV with one row per department whose header
                uses field keys (department, funds.annualBudget, keyIndicators[0].name,
                tasks[1].funds) or the Chinese labels (部门名称, 整体支出年度预算数,
                关键指标1, 预期实现值1, 指标完成情况1, 主要任务1, 预期目标1,
                目标完成情况1, 任务关键指标1, 任务指标完成情况1, 任务涉及资金1 …).
                Derived values are computed as formulas. --data also takes the finance bureau's
                reference list (the same file validate --reference checks the returned forms
                against): an .xlsx list, or a CSV with a column only a list has (单位编码,
                预算单位, 决算数, a figure stating its unit such as 年度预算数（元）, or a title
                or 单位：元 line above the header) and no year, text, indicator or task column.
                One form per unit, named as the list names it, with the list's initial and
                annual budget, actual spending and breakdown converted exactly into the money
                unit of the form written (万元 in the official layout; the blank's own with
                --template), as its 单位：元 line or its headers' (元)/(万元) state. The
                list's columns that are no field of the form (序号, 单位编码, 备注) are
                listed on standard error and not used. A list has no year: give --year. A
                bad list (no name column, two rows for one unit, a figure that is no number)
                is refused naming the row and column, exit 2, nothing written.
                --template BLANK.xlsx fills the district's own blank form instead:
                recognised by its labels like a returned form, each department's data goes
                into its own value cells, derived values as formulas over them, everything
                else (formats, merges, widths, print setup) kept; data the blank has no place
                for (a breakdown line it lacks, more indicator rows than it has) is listed
                and nothing is written (exit 2). Files are named DEPARTMENT-YEAR.xlsx;
                an existing file is kept unless --force. A column or key naming no field, two
                rows for one department and year, and a year outside 2000 to next year are
                errors (exit 2, nothing written) unless --ignore-unknown or --duplicates
                first|last is given.

                Exit codes: 0 all written; 2 bad data or some file not written.
                """))
    }

    @Option(name: .long, help: .pick("数据文件（.json 或 .csv），或应交单位名单（.xlsx 或 .csv）",
                                     "The data file (.json or .csv), or a reference list (.xlsx or .csv)."))
    var data: String

    @Option(name: .long, help: .pick("输出文件夹", "Output folder."))
    var out: String = "."

    @Option(name: .long, help: .pick("本地区的空白自评表（.xlsx），数据填入其中；默认为官方格式",
                                     "The district's own blank form (.xlsx) to fill; the official layout by default."))
    var template: String?

    @Option(name: .long, help: .pick(
        "年度（2000 年至明年），用于数据中没有年度的表；名单没有年度，必须给出",
        "The year (2000 to next year) of forms whose data gives none; required for a reference list, which has none."))
    var year: Int?

    @Flag(name: .long, help: .pick("覆盖已存在的输出文件", "Replace existing output files."))
    var force = false

    @Flag(name: .long, help: .pick(
        "忽略不对应任何字段的列或键（在标准错误中列出）", "Leave out columns or keys that name no field (listed on standard error).",
        discussion: ("默认这样的列或键是错误：提示最接近的已知表头，退出码 2，不写出任何文件。",
                     "By default such a column or key is an error naming the closest known header, exit 2, nothing written.")))
    var ignoreUnknown = false

    @Option(name: .long, help: .pick(
        "同一部门同一年度有多行时取哪一行：first 或 last", "Which of several rows for one department and year wins: first or last.",
        discussion: ("默认有重复即报错（列出行号），不写出任何文件。", "By default duplicates are an error naming the rows, nothing written.")))
    var duplicates: FormInput.DuplicateChoice?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let year, !Form.plausibleYears.contains(year) {
            throw ValidationError(ErrorPresenter.yearOutOfRange(year, language: global.lang))
        }
    }

    func run() throws {
        let language = global.lang
        let writer = try FormWorkbookWriter.forCommand(language)
        let columns: FillColumns
        let vocabulary: ReferenceVocabulary
        do {
            columns = try FillColumns.standard.get()
            vocabulary = try ReferenceVocabulary.standard.get()
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, language: language), status: .unreadableOrUsage)
        }
        guard let bytes = FileManager.default.contents(atPath: data) else {
            throw CommandFailure(message: language.pick("\(data)：无法读取数据文件", "\(data): cannot read the data file"),
                                 status: .unreadableOrUsage)
        }
        let input = FormInput(templates: writer.templates, layout: writer.layout)
        let isCSV = data.lowercased().hasSuffix(".csv")
        // A 财政局's reference list: an XLSX workbook always, a CSV when its headers say so; else form data.
        let list: ReferenceList?
        do {
            if bytes.starts(with: [0x50, 0x4B]) {
                list = try ReferenceList(contentsOf: URL(fileURLWithPath: data), template: writer.templates.form, vocabulary: vocabulary)
            } else {
                list = isCSV ? try input.referenceList(csv: bytes, columns: columns, vocabulary: vocabulary) : nil
            }
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, file: data, language: language),
                                 status: ErrorPresenter.exitStatus(for: error))
        }
        if list != nil, year == nil {
            throw CommandFailure(message: ErrorPresenter.listNeedsYear(file: data, language: language), status: .unreadableOrUsage)
        }
        // The blank's unit line is the money unit a list's figures are converted into.
        let blank = try template.map { try BlankTemplate.read($0, writer: writer, language: language) }
        var options = FormInput.Options()
        options.ignoreUnknown = ignoreUnknown
        options.duplicates = duplicates
        let reading: FormInput.Reading
        do {
            if let list, let year {
                reading = try input.forms(fromList: list, year: year, unit: blank.map(\.blank.unit) ?? writer.layout.unitLine.defaultUnit)
            } else {
                reading = isCSV ? try input.forms(fromCSV: bytes, columns: columns, options: options)
                                : try input.forms(fromJSON: bytes, options: options)
            }
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, file: data, language: language),
                                 status: .unreadableOrUsage)
        }
        ErrorPresenter.notes(for: reading, file: data, language: language).forEach(printError)
        // --year is the year of data that gives none.
        let forms = reading.forms.map { form in
            var form = form
            if form.year == nil { form.year = year }
            return form
        }
        guard !forms.isEmpty else {
            throw CommandFailure(message: language.pick("\(data)：没有任何部门的数据", "\(data): no department in the data"),
                                 status: .unreadableOrUsage)
        }
        try OutputCheck.prepareFolder(out, option: "--out", language: language)
        var names = Set<String>()
        // Derived values come from the amounts: computed and written as formulas, never taken from the data.
        let filledForms = forms.enumerated().map { index, original in
            var form = original
            for field in FormField.funds where field.isDerived { field.setFigure(nil, in: &form.funds) }
            let filled = writer.corrector.correct(form, findings: []).form
            return (form: filled, target: URL(fileURLWithPath: out)
                .appendingPathComponent(FillCommand.fileName(for: filled, index: index, taken: &names)).path)
        }
        // A value with no place in the blank is never dropped: the run stops before writing anything.
        if let blank, let template {
            for (form, _) in filledForms {
                if let units = blank.unitMismatch(form) {
                    let who = form.department ?? ""
                    throw CommandFailure(message: language.pick(
                        "\(template)：金额单位不同：\(who)的数据以「\(units.data)」计，空表以「\(units.blank)」计；请先换算数据或改用相同单位的空表",
                        "\(template): the money units differ: the data of \(who) is in \(units.data), the blank in \(units.blank); convert the data or use a blank in the same unit"),
                        status: .unreadableOrUsage)
                }
                let labels = blank.unplaced(form, language: language.messages)
                if !labels.isEmpty {
                    throw BlankTemplate.refusal(template, labels: labels, department: form.department, language: language)
                }
            }
        }
        // No form is written over the data it comes from, nor over the blank.
        var inputs = InputFiles(paths: [data] + (template.map { [$0] } ?? []))
        try OutputCheck.claim(filledForms.map { OutputTarget($0.target) }, inputs: &inputs, language: language)
        var failures = 0
        for (form, target) in filledForms {
            do {
                if let blank {
                    try blank.write(form, to: URL(fileURLWithPath: target), overwrite: force)
                } else {
                    try writer.write(form, to: URL(fileURLWithPath: target), overwrite: force)
                }
                FileHandle.standardOutput.write(Data((target + "\n").utf8))
            } catch {
                failures += 1
                printError(ErrorPresenter.message(for: error, target: OutputTarget(target), language: language))
            }
        }
        if failures > 0 {
            throw CommandFailure(message: language.pick("\(failures) 个文件未能写出", "\(Language.englishFiles(failures)) not written"),
                                 status: .unreadableOrUsage)
        }
    }

    /// `广州市黄埔区总工会-2021.xlsx`; characters no file system accepts become `_`; a second form of the same
    /// department and year gets `-2`.
    static func fileName(for form: Form, index: Int, taken: inout Set<String>) -> String {
        var stem = [form.department, form.year.map(String.init)].compactMap { $0 }.joined(separator: "-")
        if stem.isEmpty { stem = "form-\(index + 1)" }
        stem = String(stem.map { "/\\:*?\"<>|\n\r\t".contains($0) ? "_" : $0 }.prefix(120))
        var name = stem + ".xlsx"
        var counter = 2
        while taken.contains(name) {
            name = "\(stem)-\(counter).xlsx"
            counter += 1
        }
        taken.insert(name)
        return name
    }
}

extension FormInput.DuplicateChoice: ExpressibleByArgument {}
