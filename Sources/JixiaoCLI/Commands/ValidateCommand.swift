import ArgumentParser
import DOCXWriter
import Foundation
import JixiaoForm
import Locking
import XLSXReader

/// `jixiao validate PATH...`: reads each 自评表, checks it against the rules of form-model.md §3, and reports
/// the findings as text, JSON or CSV. Input files are only read, never written.
struct ValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: Language.current.pick("校验绩效自评表：按表格规则检查每个文件，报告问题。",
                                            "Check 部门整体支出绩效自评表 workbooks against the form's rules."),
            discussion: Language.current.pick("""
                PATH 可以是文件或文件夹；文件夹中的 .xlsx（以及旧版 .xls 和 WPS 的 .et）会被递归查找。
                旧版 .xls/.et 在安装了 LibreOffice 时自动转换为 .xlsx 后读取（报告中注明），否则报告为无法读取并说明如何安装。
                文件夹中 jixiao 自己写出的汇总表、更正表和 JSON/CSV 报告按内容识别并跳过（不论文件名），其他文件计入「跳过」。
                输出文件不能是输入文件（按文件本身判断，包括链接），否则在读取任何文件前退出。
                已存在的汇总工作簿（--summary）不覆盖，除非加 --force；JSON、CSV 报告和 --output 每次都重新写出。
                无法读取的文件不会中断运行。
                文件在独立的工作进程中读取：某个文件使读取异常终止或超过时限时，只有该文件报告为无法读取。
                文件用满所有 CPU 核心，按路径排序输出，边校验边写出，内存占用与文件数无关。

                汇总：jixiao validate 回收表格/ --summary 汇总.xlsx --json 结果.json
                  「汇总」每个文件一行（可筛选排序），「问题清单」每个问题一行（链接到原表单元格），
                  「图表」各部门预算完成率。

                安静模式：--quiet 不显示进度和统计行，标准输出只有 --format 要求的报告；
                成功时什么也不打印，失败时只在标准错误打印一行原因（如「发现 3 个错误级问题」）。

                退出码：
                  0  没有错误级问题
                  1  有错误级问题
                  2  有文件无法读取，或命令行有误
                """, """
                A PATH may be a file or a folder; folders are searched recursively for .xlsx
                (and old .xls, and WPS's .et). An old .xls/.et is converted to .xlsx by
                LibreOffice where it is installed (the report says so), and is otherwise
                reported unreadable with how to install it. jixiao's own outputs found in a folder
                (summaries, corrected tables, JSON/CSV reports) are told by their content,
                whatever their names, and skipped; other files are counted as skipped. An
                output that is one of the inputs (the same file, through a link too) is
                refused before anything is read. An existing summary workbook (--summary) is
                kept unless --force; the JSON and CSV reports and --output are written afresh
                every run. An unreadable file never stops the run. Files are read in worker
                processes: a file whose reading crashes or passes the time limit is reported
                unreadable, and every other result is kept. Files are read on every core and
                reported sorted by path as they are checked; memory does not grow with the
                number of files.

                Summary: jixiao validate 回收表格/ --summary 汇总.xlsx --json 结果.json
                  One row per file (sortable, filterable), one row per finding (linked to its cell),
                  charts of completion rate by department.

                Quiet: --quiet shows no progress and no tally, and standard output gets only a
                report asked for with --format; a run that succeeds prints nothing, one that
                fails prints one line on standard error saying why (such as "3 finding(s) of
                severity error").

                Exit codes:
                  0  no finding of severity error
                  1  some finding of severity error
                  2  some file unreadable, or a usage error
                """))
    }

    @Argument(help: .pick("要校验的 .xlsx 文件或文件夹", "The .xlsx files or folders to check."))
    var paths: [String] = []

    @Option(name: .long, help: .pick(
        "标准输出（或 --output）的格式", "Format of standard output (or --output).",
        discussion: ("默认 text；只给了 --summary/--json/--csv 时，标准输出只打印一行统计。",
                     "Default text; with only --summary/--json/--csv, standard output gets a one-line tally.")))
    var format: ValidationFormat?

    @Option(name: .long, help: .pick("写入此文件（原子替换）而不是标准输出", "Write to this file (atomically) instead of standard output."))
    var output: String?

    @Option(name: .long, help: .pick("写出汇总工作簿（汇总、问题清单、图表）；已存在时不覆盖，除非加 --force",
                                     "Write the summary workbook (.xlsx): one row per file, one per finding, a chart; an existing one is kept unless --force."))
    var summary: String?

    @Option(name: .long, help: .pick("汇总中金额的单位：万元（默认）或 元", "The money unit of the summary's amounts: 万元 (default) or 元."))
    var summaryUnit: SummaryUnit = .tenThousandYuan

    @Option(name: .customLong("json"), help: .pick("另外写出 JSON 报告", "Also write the JSON report to this file."))
    var jsonFile: String?

    @Option(name: .customLong("csv"), help: .pick("另外写出 CSV 报告", "Also write the CSV report to this file."))
    var csvFile: String?

    @Option(name: .long, help: .pick(
        "核定名单（.xlsx 或 .csv）：每个单位一行，核对表中金额、清点未交、重复和名单外的单位",
        "The reference list (.xlsx or .csv), one row per unit: forms are checked against its figures, and missing, duplicate and unknown units are found.",
        discussion: ("名单须有单位名称列（部门名称、单位名称），可有单位编码和 年初预算数、年度预算数、实际支出数 等金额列；表头后或单位行注明 元/万元 时换算为每张表的单位。名单有误时在读取任何表格前退出（退出码 2）。",
                     "The list needs a name column (部门名称, 单位名称), and may have 单位编码 and amount columns (年初预算数, 年度预算数, 实际支出数 …); a unit in a header or a unit line (元/万元) is converted to each form's unit. A bad list stops the run before any form is read (exit 2).")))
    var reference: String?

    @Option(name: .long, help: .pick(
        "把退回意见写入此文件夹：每个有问题的单位一份 .docx 和 .txt，另有「退回意见汇总」",
        "Write return notices into this folder: a .docx and a .txt per unit with findings, and a covering summary.",
        discussion: ("每份退回意见列出该单位表中的每个问题、所在单元格和修改要求（强制性问题须先修改，提示性问题须作出说明）；有 --reference 时按名单的单位名称写，并列出重复报送；未交和无法读取的单位列在汇总中。文件夹不存在时新建，同名文件被替换。",
                     "Each notice lists every finding of the unit's form with its cell and what to correct (errors to fix first, warnings to explain); with --reference it is addressed by the list's name and names duplicate submissions; units that sent nothing or an unreadable file are listed in the summary. The folder is made if missing; files of the same names are replaced.")))
    var feedback: String?

    @Option(name: .long, help: .pick(
        "把表格与绩效自评报告配对：表格=报告（可多次给出）；未给出时按报告标题中的单位和部门名称、或按文件名配对",
        "Pair a table with its self-evaluation report: TABLE=REPORT (repeatable); otherwise reports are paired by the unit their title names against each form's department name, or by file name."))
    var pair: [String] = []

    @Flag(name: .long, help: .pick("覆盖已存在的汇总工作簿", "Replace an existing summary workbook."))
    var force = false

    @Flag(name: .long, help: .pick(
        "CSV 用字段键表头、原始值、不带 BOM（供脚本读取）", "The CSV for scripts: key header, raw values, no byte-order mark.",
        discussion: ("默认的 CSV 供人在 Excel 中打开：UTF-8 BOM，中文（--lang en 为英文）表头和取值。",
                     "By default the CSV is for Excel: a UTF-8 byte-order mark, headers and values in Chinese (English with --lang en).")))
    var csvKeys = false

    @Flag(name: .long, help: .pick("安静：不显示进度和统计行，只有 --format 要求时才向标准输出写报告；失败时仍在标准错误打印一行原因",
                                   "Quiet: no progress, no tally, a report on standard output only when --format asks; a failure still prints one line on standard error."))
    var quiet = false

    @Option(name: .long, help: .pick("单个文件的大小上限（MB），超过则报告为无法读取",
                                     "Largest file read, in MB; larger files are reported unreadable."))
    var maxFileSize: Double = 100

    @Option(name: .long, help: .pick("单个文件的读取时限（秒），超时则报告为无法读取并继续",
                                     "Time allowed to read one file, in seconds; a file that takes longer is reported unreadable and the run goes on."))
    var timeLimit: Double = 30

    /// For a program running the check (the web page): `done/total` lines on standard error as files are checked.
    @Flag(name: .customLong("progress-lines"), help: .hidden)
    var progressLines = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let language = global.lang
        if let summary, !summary.lowercased().hasSuffix(".xlsx") {
            throw ValidationError(language.pick("--summary 的文件名须以 .xlsx 结尾：\(summary)",
                                                "the --summary file must end in .xlsx: \(summary)"))
        }
        guard maxFileSize.isFinite, maxFileSize > 0, maxFileSize <= 1_048_576 else {
            throw ValidationError(language.pick("--max-file-size 须在 0 到 1048576 MB 之间", "--max-file-size must be between 0 and 1048576 MB"))
        }
        if let feedback {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: feedback, isDirectory: &isFolder), !isFolder.boolValue {
                throw ValidationError(language.pick("--feedback 须是文件夹：\(feedback) 是一个文件",
                                                    "--feedback must be a folder: \(feedback) is a file"))
            }
        }
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 86_400 else {
            throw ValidationError(language.pick("--time-limit 须在 0 到 86400 秒之间", "--time-limit must be between 0 and 86400 seconds"))
        }
    }

    /// Every output file asked for, with its option.
    var outputTargets: [OutputTarget] {
        [(output, "--output", true), (summary, "--summary", false), (jsonFile, "--json", true), (csvFile, "--csv", true)]
            .compactMap { path, option, streamed in path.map { OutputTarget($0, option: option, streamed: streamed) } }
    }

    /// The reader's options as a worker process takes them.
    var workerOptions: [String] {
        ["--lang", global.lang.rawValue, "--max-file-size", "\(maxFileSize)", "--time-limit", "\(timeLimit)"]
    }

    /// The reader's budgets for one file.
    var readOptions: ReadOptions {
        var options = ReadOptions()
        options.maxFileSize = UInt64(maxFileSize * 1_048_576)
        options.timeLimit = .nanoseconds(Int64(timeLimit * 1_000_000_000))
        return options
    }

    func run() throws {
        let language = global.lang
        // Here rather than in validate(), which ArgumentParser runs before it reports an unknown option.
        guard !paths.isEmpty else { throw ValidationError(ErrorPresenter.noPaths(language: language)) }
        // `--pair TABLE=REPORT`, refused before anything is read or written.
        var pairs: [String: String] = [:]
        for option in pair {
            guard let (table, report) = PairOption.parse(option) else {
                throw ValidationError(language.pick("--pair 的格式应为 表格=报告：\(option)", "--pair takes TABLE=REPORT: \(option)"))
            }
            pairs[ReportPairing.key(report)] = table
        }
        let readOptions = readOptions
        // The reference list is read, and refused, before any form: while the inputs are listed (a folder of a
        // thousand files takes as long as a list of a thousand units), and waited for before anything else.
        var round: RoundRendering?
        let listing = DispatchGroup()
        let read = Locked<Result<RoundRendering, RoundRendering.Failure>?>(nil)
        if let reference {
            guard FileManager.default.fileExists(atPath: reference) else {
                throw CommandFailure(message: ErrorPresenter.compose(file: reference, text: ErrorPresenter.missingPath(language: language),
                                                                     language: language),
                                     status: .unreadableOrUsage)
            }
            DispatchQueue.global().async(group: listing) {
                let result = Result { () throws(RoundRendering.Failure) in try RoundRendering(reference: reference, language: language) }
                read.withLock { $0 = result }
            }
        }
        var inputs = InputFiles(paths: paths, reports: true)
        listing.wait()
        if let reference, let result = read.withLock({ $0 }) {
            do {
                round = try result.get()
            } catch {
                throw CommandFailure(message: ErrorPresenter.message(for: error, reference: reference, language: language),
                                     status: .unreadableOrUsage)
            }
        }
        if let reference { inputs.skip(reference, because: .referenceList) }
        try inputs.requireSomethingToRead(language: language)
        try OutputCheck.claim(outputTargets, inputs: &inputs, language: language)
        let outputs = try RunOutputs(format: format, output: output, summary: summary, json: jsonFile, csv: csvFile,
                                     quiet: quiet, replacingSummary: force, csvKeys: csvKeys, summaryUnit: summaryUnit,
                                     round: round != nil, language: language)
        // Files are read in worker processes, each rendering what the outputs need from its file: a file whose
        // reading kills its worker is reported unreadable and the run goes on.
        var rendering = ReportRendering(language: language)
        outputs.configure(&rendering)
        round?.prepare()
        defer { round?.removePrepared() }
        rendering.round = round
        rendering.feedback = feedback != nil
        let collector = round.map(RoundCollector.init(rendering:))
        let notices = feedback.map { FeedbackCollector(folder: $0, language: language) }
        // An old workbook (.xls, .et) is converted by LibreOffice where it is installed, within the same time limit.
        let converter = LegacyConverter(timeLimit: readOptions.timeLimit ?? .seconds(timeLimit))
        let bulk = BulkValidation(rendering: rendering, workerOptions: workerOptions, timeLimit: readOptions.timeLimit,
                                  converter: converter, pairs: pairs) {
            FormValidator(language: language.messages, readOptions: readOptions)
        }
        defer { bulk.shutdown() }
        let missing = ErrorPresenter.missingPath(language: language)
        var totals = ValidationSummary.zero
        // The return notices count the forms received (a 绩效自评报告 is no 自评表).
        var formTotals = ValidationSummary.zero
        let progress = ProgressBar(total: inputs.files.count, language: language, enabled: inputs.files.count > 1 && !quiet,
                                   lines: progressLines)
        // Every core; reports come out in path order and go straight to the outputs, so nothing per file is kept.
        // A file gives one report per form (a 主管部门's workbook holds several).
        let work: @Sendable (InputFile) -> [RenderedReport] = { input in
            if let reason = input.skipReason { return [bulk.rendering.render(FileReport.skipped(input.path, reason))] }
            return input.missing
                ? bulk.unreadable(input.path, XLSXError(.fileUnreadable, detail: missing))
                // A corrected table found beside its submission is skipped; one named is checked.
                : bulk.reports(for: input.path, named: input.named)
        }
        func emit(_ reports: [RenderedReport]) {
            totals.add(reports)
            if reports.allSatisfy({ $0.kind == .form }) { formTotals.add(reports) }
            progress.clearIfWritingToTerminal(stdout: outputs.writesToStandardOutput)
            for report in reports {
                outputs.add(report)
                collector?.add(report)
                notices?.add(report)
            }
        }
        let reportIndices = inputs.files.indices.filter { inputs.files[$0].isReport && inputs.files[$0].isRead }
        if reportIndices.isEmpty {
            BatchRunner().run(inputs.files, work: work, emit: { _, reports in
                emit(reports)
                progress.advance()
            })
        } else {
            // With 绩效自评报告 among the files: forms first, held back; then reports, paired and checked.
            PairedRun(files: inputs.files, reports: reportIndices).run(form: work, report: { input, tables in
                input.missing
                    ? bulk.unreadable(input.path, XLSXError(.fileUnreadable, detail: missing))
                    : bulk.report(for: input.path, named: input.named, tables: tables, unconfirmed: input.reportUnconfirmed)
            }, advance: { progress.advance() }).forEach(emit)
        }
        progress.finish()
        let roundReport = collector?.finish()
        var failures = outputs.finish(totals, round: roundReport, language: language)
        if let notices {
            do {
                let count = try notices.write(formTotals, round: roundReport)
                if !quiet, !outputs.writesToStandardOutput || (format ?? .text) == .text {
                    outputs.note(language.pick("退回意见已写入 \(notices.folder)：\(count) 个单位，另有退回意见汇总",
                                               "return notices written to \(notices.folder): \(count) unit(s), and a covering summary"))
                }
            } catch let error as DOCXWriterError {
                failures.append(ErrorPresenter.message(for: error, file: notices.folder, language: language))
            } catch let error as TemplateLoadError {
                failures.append(ErrorPresenter.message(for: error, language: language))
            } catch {
                failures.append(ErrorPresenter.compose(file: notices.folder, text: "\(error)", language: language))
            }
        }
        if !quiet, let tally = outputs.tally(totals, round: roundReport, language: language) {
            FileHandle.standardOutput.write(Data(tally.utf8))
        }
        if !failures.isEmpty {
            throw CommandFailure(message: failures.joined(separator: "\n"), status: .unreadableOrUsage)
        }
        if totals.files == 0 {
            throw CommandFailure(message: language.pick("没有可校验的文件：", "nothing to check: ")
                                     + SkipWords.tally(totals, language: language),
                                 status: .unreadableOrUsage)
        }
        if totals.unreadable > 0 {
            throw CommandFailure(message: language.pick("\(totals.unreadable) 个文件无法读取", "\(Language.englishFiles(totals.unreadable)) unreadable"),
                                 status: .unreadableOrUsage)
        }
        let errors = totals.errors + (roundReport?.outcome.findings.count { $0.finding.severity == .error } ?? 0)
        if errors > 0 {
            throw CommandFailure(message: language.pick("发现 \(errors) 个错误级问题", "\(errors) finding(s) of severity error"),
                                 status: .findings)
        }
    }
}
