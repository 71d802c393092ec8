import ArgumentParser
import Foundation
import JixiaoForm
import XLSXReader
import XLSXWriter

/// `jixiao fix FILE...`: writes `NAME.corrected.xlsx` for each submission: the unit's own workbook, changed only
/// in its wrong or blank derived values (computed, marked and explained), with a 校验结果 sheet added; or, with
/// `--layout official`, the official layout drawn afresh (a workbook holding several units' forms then gives one
/// corrected workbook holding every form, each on a sheet named as its own, with its 评分表).
struct FixCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fix",
            abstract: Language.current.pick("写出更正后的自评表（NAME.corrected.xlsx，保留单位原表格式）。",
                                            "Write corrected tables (NAME.corrected.xlsx) in each unit's own layout."),
            discussion: Language.current.pick("""
                每个文件校验后写出 NAME.corrected.xlsx：就是单位交来的工作簿本身（全部工作表、数值、公式、格式、合并、
                列宽行高、冻结窗格、打印设置、数据有效性、批注照旧），只改动错误的派生值（预算完成率、年度调整额及其符号、
                预算调整率、评分合计、等级）：改为计算值，空白的派生值填上引用本表单元格的公式；改动的单元格标色并加批注
                （原值、规则、算式）；最后加「校验结果」工作表列出全部问题。原表中无法带入的内容（图表、数据透视表、宏等）
                在「校验结果」和命令输出中逐项列出。
                --layout official 改为按官方格式重新绘制：一个工作簿含多个单位的自评表时，写出一个更正工作簿，
                含每个单位更正后的自评表及其评分表，「校验结果」列出全部单位的问题（单元格前注明工作表）。
                旧版 .xls/.et 在安装了 LibreOffice 时先转换再更正，写出 NAME.corrected.xlsx。
                输入文件从不修改；已存在的输出文件不覆盖，除非加 --force。文件夹中 jixiao 自己写出的更正表、汇总表和报告按内容识别并跳过；
                更正表的文件名若与某个输入文件相同，或两个输入会写出同名文件，在读取任何文件前退出。
                --quiet 不显示进度和写出的文件；无法写出的文件仍在标准错误报告。

                退出码：0 全部写出；2 有文件无法读取或无法写出，或命令行有误。
                """, """
                Each file is validated and NAME.corrected.xlsx written: the unit's own
                workbook (every sheet, value, formula, format, merge, width, height, pane,
                print setting, validation and comment as it came), changed only in its wrong
                derived values, replaced by the computed ones, and blank ones, filled with
                live formulas over the sheet's own cells; changed cells coloured and
                commented with the original value, the rule and the arithmetic, and a
                校验结果 sheet added listing every finding. What the copy cannot carry (a
                chart, a pivot table, macros, ...) is listed there and in the output.
                --layout official draws the official layout afresh instead; a workbook
                holding several units' forms (one sheet each) then gives one corrected
                workbook holding every form with its 评分表, and one 校验结果 for all (each
                cell named with its sheet). An old .xls/.et is converted by LibreOffice
                (where installed) and NAME.corrected.xlsx written. Inputs
                are never modified; an existing output is not replaced unless --force.
                jixiao's own corrected tables, summaries and reports found in a folder are
                told by their content and skipped; a corrected name that is an input, or two
                inputs giving the same name, stop the run before any file is read. --quiet
                shows no progress and no written files; a file not written is still reported
                on standard error.

                Exit codes: 0 all written; 2 some file unreadable or not written, or a usage error.
                """))
    }

    @Argument(help: .pick("要更正的 .xlsx 文件或文件夹", "The .xlsx files or folders to correct."))
    var paths: [String] = []

    @Option(name: .long, help: .pick("输出文件夹（默认与输入文件相同）", "Output folder (default: beside each input)."))
    var out: String?

    @Flag(name: .long, help: .pick("覆盖已存在的输出文件", "Replace existing output files."))
    var force = false

    @Option(name: .long, help: .pick("更正表的格式：own 单位原表（默认），official 官方格式",
                                     "The corrected table's layout: own (the unit's workbook, the default) or official."))
    var layout = CorrectedLayout.own

    @Flag(name: .long, help: .pick("安静：不显示进度和写出的文件，只报告失败", "Quiet: no progress, no list of files written; only failures are reported."))
    var quiet = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.lang
        // Here rather than in validate(), which ArgumentParser runs before it reports an unknown option.
        guard !paths.isEmpty else { throw ValidationError(ErrorPresenter.noPaths(language: language)) }
        let messageLanguage = language.messages
        let writer = try FormWorkbookWriter.forCommand(language)
        var inputs = InputFiles(paths: paths)
        try inputs.requireSomethingToRead(language: language)
        try CorrectedOutputs.claim(for: &inputs, folder: out, language: language)
        let job = FixJob(validator: FormValidator(language: messageLanguage, readOptions: layout.readOptions()), writer: writer, layout: layout,
                         language: language, folder: out, overwrite: force)
        // Files are corrected in worker processes: a file whose reading kills its worker is reported and the
        // run goes on (in this process where no worker can be started).
        var workerOptions = ["fix", "--lang", language.rawValue, "--layout", layout.rawValue]
        if let out { workerOptions += ["--out", out] }
        if force { workerOptions.append("--force") }
        let pool = WorkerPool(arguments: workerOptions, timeLimit: nil)
        defer { pool.shutdown() }
        // An old workbook is converted by LibreOffice where it is installed, and the worker reads the copy.
        let converter = LegacyConverter(timeLimit: LegacyConverter.defaultTimeLimit)
        @Sendable func correct(_ request: WorkerRequest) -> FixOutcome {
            switch pool.ask(request) {
            case .answer(let answer):
                if let outcome = FixJob.outcome(fromAnswer: answer) { return outcome }
                let error = XLSXError(.readingCrashed, detail: "damaged answer")
                return .failed(request.path, ErrorPresenter.message(for: error, file: request.path, language: language))
            case .failed(let error):
                return .failed(request.path, ErrorPresenter.message(for: error, file: request.path, language: language))
            case .unavailable:
                return job.outcome(for: request.path, named: request.named, converted: request.converted)
            }
        }
        let progress = ProgressBar(total: inputs.files.count, language: language, enabled: inputs.files.count > 1 && !quiet)
        var failures = 0
        var totals = ValidationSummary.zero
        BatchRunner().run(inputs.files, work: { input -> FixOutcome in
            if let reason = input.skipReason { return .skipped(input.path, reason) }
            guard !input.missing else { return .failed(input.path, ErrorPresenter.missingPath(language: language)) }
            guard converter.isAvailable, LegacyConverter.needsConversion(input.path) else {
                return correct(WorkerRequest(path: input.path, named: input.named))
            }
            return converter.withConverted(input.path) { result in
                switch result {
                case .success(let copy): correct(WorkerRequest(path: input.path, named: input.named, converted: copy))
                case .failure(let error): .failed(input.path, ErrorPresenter.message(for: error, file: input.path, language: language))
                }
            }
        }, emit: { _, outcome in
            progress.advance()
            switch outcome {
            case .written(let input, let output, let counts, let uncarried):
                totals.add([FileReport(path: input, status: .ok)])
                for count in counts where !quiet {
                    let name = input + (count.sheet.map { ValidationText.sheetSuffix($0, language: language) } ?? "")
                    let line = language.pick(
                        "\(name) → \(output)：更正 \(count.corrected) 处，填写 \(count.filled) 处，需人工核对 \(count.manual) 项",
                        "\(name) → \(output): \(count.corrected) corrected, \(count.filled) filled in, \(count.manual) to check by hand")
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
                // Never dropped silently: what the copy could not carry is named even with --quiet.
                if !uncarried.isEmpty {
                    let line = language.pick("\(output)：原表中以下内容未能带入，请对照原表补上：",
                                             "\(output): not carried over from the original, copy by hand: ")
                        + uncarried.joined(separator: language.pick("；", "; "))
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            case .skipped(let input, let reason):
                totals.add([.skipped(input, reason)])
                // Files that are not workbooks are only counted; jixiao's own outputs are named.
                if reason != .notAWorkbook, !quiet {
                    FileHandle.standardOutput.write(Data((SkipWords.message(for: reason, file: input, language: language) + "\n").utf8))
                }
            case .failed(let input, let message):
                totals.add([FileReport(path: input, status: .unreadable)])
                failures += 1
                printError(message)
            }
        })
        progress.finish()
        if totals.skippedCount > 0, !quiet {
            FileHandle.standardOutput.write(Data((SkipWords.tally(totals, language: language) + "\n").utf8))
        }
        if failures > 0 {
            throw CommandFailure(message: language.pick("\(failures) 个文件未能写出", "\(Language.englishFiles(failures)) not written"),
                                 status: .unreadableOrUsage)
        }
        if totals.files == 0 {
            throw CommandFailure(message: language.pick("没有可更正的文件：", "nothing to correct: ")
                                     + SkipWords.tally(totals, language: language),
                                 status: .unreadableOrUsage)
        }
    }
}
