import ArgumentParser
import Foundation
import JixiaoForm
import XLSXWriter

/// `jixiao template`: the blank official form, with its 评分表, as a 财政局 sends it out; or, with `--from`,
/// the district's own blank form made ready to send: its derived cells given their live formulas.
struct TemplateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "template",
            abstract: Language.current.pick("写出空白的自评表模板（官方格式，含评分表）。", "Write the blank official form, with its 评分表."),
            discussion: Language.current.pick("""
                默认写出「部门整体支出绩效自评表.xlsx」到当前文件夹；已存在时不覆盖，除非加 --force。
                --from BLANK.xlsx 改用本地区自己的空白表：按标签识别后，预算完成率、年度调整额、预算调整率和评分合计、等级
                写成引用本表单元格的公式，其余一概不变；空表缺少部门名称、年度预算数、实际支出数或预算完成率的位置时列出缺少的项目并退出。
                退出码：0 写出；2 无法写出。
                """, """
                Writes 部门整体支出绩效自评表.xlsx in the current folder by default; an existing file is
                kept unless --force. --from BLANK.xlsx takes the district's own blank form
                instead: recognised by its labels, its derived cells (rates, adjustment, score
                totals and grade) get live formulas over its own cells, nothing else changes;
                a blank lacking the place of the department, the annual budget, the actual
                spending or the completion rate is refused, naming what it lacks.
                Exit codes: 0 written; 2 not written.
                """))
    }

    @Option(name: .long, help: .pick("输出文件", "The output file."))
    var out: String = "部门整体支出绩效自评表.xlsx"

    @Option(name: .long, help: .pick("预填年度（2000 年至明年）", "A year to print on the form (2000 to next year)."))
    var year: Int?

    @Flag(name: .long, help: .pick("覆盖已存在的输出文件", "Replace an existing file."))
    var force = false

    @Option(name: .long, help: .pick("本地区的空白自评表（.xlsx），据此写出模板", "The district's own blank form (.xlsx) to make ready."))
    var from: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let year, !Form.plausibleYears.contains(year) {
            throw ValidationError(ErrorPresenter.yearOutOfRange(year, language: global.lang))
        }
    }

    func run() throws {
        let language = global.lang
        let writer = try FormWorkbookWriter.forCommand(language)
        let district = try from.map { try BlankTemplate.read($0, writer: writer, language: language) }
        if let district, let from {
            let missing = district.missingLabels(language: language.messages)
            if !missing.isEmpty { throw BlankTemplate.refusal(from, labels: missing, language: language) }
        }
        let blank = Form(sheet: writer.layout.sheetName, year: year)
        var inputs = InputFiles(paths: from.map { [$0] } ?? [])
        try OutputCheck.claim([OutputTarget(out, option: "--out")], inputs: &inputs, language: language)
        do {
            if let district {
                try district.write(nil, year: year, to: URL(fileURLWithPath: out), overwrite: force)
            } else {
                try writer.write(blank, to: URL(fileURLWithPath: out), overwrite: force, includeBlankScoreSheet: true)
            }
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, target: OutputTarget(out, option: "--out"),
                                                                       language: language),
                                 status: .unreadableOrUsage)
        }
        FileHandle.standardOutput.write(Data((out + "\n").utf8))
    }
}
