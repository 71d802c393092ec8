import ArgumentParser
import Foundation
import JixiaoForm
import XLSXWriter

/// `jixiao template`: the blank official form, with its 评分表, as a 财政局 sends it out.
struct TemplateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "template",
            abstract: Language.current.pick("写出空白的自评表模板（官方格式，含评分表）。", "Write the blank official form, with its 评分表."),
            discussion: Language.current.pick("""
                默认写出「部门整体支出绩效自评表.xlsx」到当前文件夹；已存在时不覆盖，除非加 --force。
                退出码：0 写出；2 无法写出。
                """, """
                Writes 部门整体支出绩效自评表.xlsx in the current folder by default; an existing file is
                kept unless --force.
                Exit codes: 0 written; 2 not written.
                """))
    }

    @Option(name: .long, help: .pick("输出文件", "The output file."))
    var out: String = "部门整体支出绩效自评表.xlsx"

    @Option(name: .long, help: .pick("预填年度（2000 年至明年）", "A year to print on the form (2000 to next year)."))
    var year: Int?

    @Flag(name: .long, help: .pick("覆盖已存在的输出文件", "Replace an existing file."))
    var force = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let years = Form.plausibleYears
        if let year, !years.contains(year) {
            throw ValidationError(global.lang.pick("--year 应为 \(years.lowerBound) 到 \(years.upperBound) 之间的年度：\(year)",
                                                   "--year must be a year from \(years.lowerBound) to \(years.upperBound): \(year)"))
        }
    }

    func run() throws {
        let language = global.lang
        let writer = try FormWorkbookWriter.forCommand(language)
        let blank = Form(sheet: writer.layout.sheetName, year: year)
        var noInputs = InputFiles(paths: [])
        try OutputCheck.claim([OutputTarget(out, option: "--out")], inputs: &noInputs, language: language)
        do {
            try writer.write(blank, to: URL(fileURLWithPath: out), overwrite: force, includeBlankScoreSheet: true)
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, target: OutputTarget(out, option: "--out"),
                                                                       language: language),
                                 status: .unreadableOrUsage)
        }
        FileHandle.standardOutput.write(Data((out + "\n").utf8))
    }
}
