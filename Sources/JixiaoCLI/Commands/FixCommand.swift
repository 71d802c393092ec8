import ArgumentParser
import Foundation
import JixiaoForm
import XLSXWriter

/// `jixiao fix FILE...`: writes `NAME.corrected.xlsx` for each submission, in the official layout, with every
/// wrong or blank derived value computed, marked and explained, and a 校验结果 sheet. A workbook holding several
/// units' forms gives one corrected workbook holding every form (each on a sheet named as its own, with its
/// 评分表) and one 校验结果 for all.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "写出更正后的自评表 Write corrected tables (NAME.corrected.xlsx) in the official layout.",
        discussion: """
        每个文件校验后写出 NAME.corrected.xlsx：错误的派生值（预算完成率、年度调整额及其符号、预算调整率、评分合计、等级）
        改为计算值，空白的派生值填上公式；改动的单元格标色并加批注（原值、规则、算式）；另有「校验结果」工作表列出全部问题。
        一个工作簿含多个单位的自评表（每个工作表一份）时，写出一个更正工作簿，含每个单位更正后的自评表及其评分表，
        「校验结果」列出全部单位的问题（单元格前注明工作表）。
        输入文件从不修改；已存在的输出文件不覆盖，除非加 --force。
        Each file is validated and NAME.corrected.xlsx written: wrong derived values replaced by the computed ones,
        blank ones filled with live formulas, changed cells coloured and commented with the original value, the rule
        and the arithmetic, and a 校验结果 sheet listing every finding. A workbook holding several units' forms
        (one sheet each) gives one corrected workbook holding every form with its 评分表, and one 校验结果 for all
        (each cell named with its sheet). Inputs are never modified; an existing
        output is not replaced unless --force.

        退出码 Exit codes: 0 全部写出 all written; 2 有文件无法读取或无法写出，或参数错误 some file unreadable or not written, or a usage error.
        """)

    @Argument(help: "要更正的 .xlsx 文件或文件夹 The .xlsx files or folders to correct.")
    var paths: [String] = []

    @Option(name: .long, help: "输出文件夹（默认与输入文件相同）Output folder (default: beside each input).")
    var out: String?

    @Flag(name: .long, help: "覆盖已存在的输出文件 Replace existing output files.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError(global.lang.pick("请至少给出一个文件或文件夹", "give at least one file or folder"))
        }
    }

    /// `a/huangpu-2021.xlsx` → `OUT/huangpu-2021.corrected.xlsx`, as the user would write it (relative paths
    /// stay relative in messages).
    static func outputPath(for inputPath: String, folder: String?) -> String {
        let input = inputPath as NSString
        let name = (input.lastPathComponent as NSString).deletingPathExtension + ".corrected.xlsx"
        return ((folder ?? input.deletingLastPathComponent) as NSString).appendingPathComponent(name)
    }

    func run() throws {
        let language = global.lang
        let messageLanguage = language.messages
        let writer = try FormWorkbookWriter.forCommand(language)
        try OutputFolder.prepare(out, language: language)
        // A folder may hold earlier results: those are not corrected again.
        let inputs = ValidateCommand.collectInputs(paths).filter { input in
            paths.contains(input.path) || !input.path.hasSuffix(".corrected.xlsx")
        }
        let validator = FormValidator(language: messageLanguage)
        let overwrite = force
        let folder = out
        let progress = ProgressBar(total: inputs.count, language: language, enabled: inputs.count > 1)
        var failures = 0
        BatchRunner().run(inputs, work: { input -> FixOutcome in
            guard !input.missing else { return .failed(input.path, language.pick("文件或文件夹不存在", "no such file or folder")) }
            let reports = validator.validateForms(fileAt: input.url, path: input.path)
            guard reports.allSatisfy({ $0.form != nil && $0.status != .unreadable }) else {
                let reason = reports[0].error.map { FormErrorPresenter.message(for: $0, file: input.path, language: language) }
                return .failed(input.path, reason ?? input.path)
            }
            let corrections = reports.map { writer.corrector.correct($0.form!, findings: $0.findings) }
            let targetPath = FixCommand.outputPath(for: input.path, folder: folder)
            let target = URL(fileURLWithPath: targetPath)
            do throws(XLSXWriterError) {
                if reports.count == 1 {
                    try writer.write(corrections[0].form, changes: corrections[0].changes, findings: reports[0].findings,
                                     to: target, overwrite: overwrite)
                } else {
                    // A 主管部门's workbook of several units' forms: one corrected workbook holding every form.
                    let parts = zip(corrections, reports).map { correction, report in
                        FormWorkbookWriter.Part(form: correction.form, changes: correction.changes, findings: report.findings)
                    }
                    try writer.write(parts, to: target, overwrite: overwrite)
                }
            } catch {
                return .failed(input.path, WriterErrorPresenter.message(for: error, file: targetPath, language: language))
            }
            let counts = zip(corrections, reports).map { correction, report in
                let handled = Set(correction.changes.compactMap(\.finding))
                return FixOutcome.Counts(sheet: report.sheet,
                                         corrected: correction.changes.filter { $0.kind == .corrected }.count,
                                         filled: correction.changes.filter { $0.kind == .filled }.count,
                                         manual: report.findings.filter { !handled.contains($0) }.count)
            }
            return .written(input.path, targetPath, counts)
        }, emit: { _, outcome in
            progress.advance()
            switch outcome {
            case .written(let input, let output, let counts):
                for count in counts {
                    let name = input + (count.sheet.map { ValidationText.sheetSuffix($0, language: language) } ?? "")
                    let line = language.pick(
                        "\(name) → \(output)：更正 \(count.corrected) 处，填写 \(count.filled) 处，需人工核对 \(count.manual) 项",
                        "\(name) → \(output): \(count.corrected) corrected, \(count.filled) filled in, \(count.manual) to check by hand")
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            case .failed(_, let message):
                failures += 1
                printError(message)
            }
        })
        progress.finish()
        if failures > 0 {
            throw CommandFailure(message: language.pick("\(failures) 个文件未能写出", "\(Language.englishFiles(failures)) not written"),
                                 status: .unreadableOrUsage)
        }
    }
}

/// What `fix` did with one input.
enum FixOutcome: Sendable {
    /// What was done to one form: cells corrected and filled in, findings left for a person.
    struct Counts: Sendable {
        /// The form's sheet when the workbook holds several forms.
        var sheet: String?
        var corrected: Int
        var filled: Int
        var manual: Int
    }

    /// The input, the corrected workbook, and one count per form.
    case written(String, String, [Counts])
    case failed(String, String)
}

/// The `--out` folder: created when missing, refused when it is a file.
enum OutputFolder {
    static func prepare(_ path: String?, language: Language) throws {
        guard let path else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CommandFailure(message: language.pick("--out 应为文件夹：\(path)", "--out must be a folder: \(path)"),
                                     status: .unreadableOrUsage)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: language.pick("无法创建文件夹 \(path)", "cannot create the folder \(path)"),
                                 status: .unreadableOrUsage)
        }
    }
}
