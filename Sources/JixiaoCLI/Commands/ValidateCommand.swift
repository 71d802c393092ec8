import ArgumentParser
import Foundation
import JixiaoForm
import XLSXReader

/// `jixiao validate PATH...`: reads each 自评表, checks it against the rules of form-model.md §3, and reports
/// the findings as text, JSON or CSV. Input files are only read, never written.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "校验绩效自评表 Check 部门整体支出绩效自评表 workbooks against the form's rules.",
        discussion: """
        PATH 可以是文件或文件夹；文件夹中的 .xlsx（以及 .xls，报告为无法读取）会被递归查找。
        A PATH may be a file or a folder; folders are searched recursively for .xlsx (and .xls, reported unreadable).
        无法读取的文件不会中断运行。An unreadable file never stops the run.

        退出码 Exit codes:
          0  没有错误级问题 no finding of severity error
          1  有错误级问题 some finding of severity error
          2  有文件无法读取，或命令行有误 some file unreadable, or a usage error
        """)

    @Argument(help: "要校验的 .xlsx 文件或文件夹 The .xlsx files or folders to check.")
    var paths: [String] = []

    @Option(name: .long, help: "输出格式 Output format: text, json or csv.")
    var format: ValidationFormat = .text

    @Option(name: .long, help: "写入此文件（原子替换）而不是标准输出 Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError(global.lang.pick("请至少给出一个文件或文件夹", "give at least one file or folder"))
        }
    }

    func run() throws {
        let language = global.lang
        let inputs = Self.collectInputs(paths)
        if let output {
            let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
            if inputs.contains(where: { $0.url.standardizedFileURL.resolvingSymlinksInPath().path == target }) {
                throw CommandFailure(message: language.pick("--output 不能是输入文件本身：\(output)",
                                                            "--output must not be one of the input files: \(output)"),
                                     status: .unreadableOrUsage)
            }
        }
        let validator = FormValidator(language: language == .zh ? .zh : .en)
        let missing = language.pick("文件或文件夹不存在", "no such file or folder")
        // Every core, results in input order; an unreadable file is a report like any other.
        var reports: [FileReport] = []
        let progress = ProgressBar(total: inputs.count, language: language, enabled: inputs.count > 1)
        BatchRunner().run(inputs, work: { input in
            input.missing
                ? FileReport.unreadable(input.path, .reader(XLSXError(.fileUnreadable, detail: missing)))
                : validator.validate(fileAt: input.url, path: input.path)
        }, emit: { _, report in
            reports.append(report)
            progress.advance()
        })
        progress.finish()
        reports.sort { $0.path < $1.path }

        let text: String
        switch format {
        case .json: text = ValidationJSON.render(reports, language: language)
        case .csv: text = ValidationCSV.render(reports, language: language)
        case .text: text = ValidationText.render(reports, language: language, colour: output == nil && isatty(STDOUT_FILENO) != 0)
        }
        if let output {
            do {
                try OutputFile.write(text, to: output)
            } catch {
                throw CommandFailure(message: language.pick("无法写入 \(output)：\(error.localizedDescription)",
                                                            "cannot write \(output): \(error.localizedDescription)"),
                                     status: .unreadableOrUsage)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }

        let summary = ValidationSummary(reports)
        if summary.unreadable > 0 {
            throw CommandFailure(message: language.pick("\(summary.unreadable) 个文件无法读取", "\(summary.unreadable) file(s) unreadable"),
                                 status: .unreadableOrUsage)
        }
        if summary.errors > 0 {
            throw CommandFailure(message: language.pick("发现 \(summary.errors) 个错误级问题", "\(summary.errors) finding(s) of severity error"),
                                 status: .findings)
        }
    }
}

extension ValidateCommand {
    /// A file to validate: its path as reported, its URL, and whether the path given does not exist.
    struct Input: Sendable {
        var path: String
        var url: URL
        var missing: Bool
    }

    /// The files named or found below the folders named: `.xlsx` and `.xls` (any case), lock files (`~$…`)
    /// and hidden files skipped; each file once.
    static func collectInputs(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        var seen: Set<String> = []
        func add(_ path: String, _ url: URL, missing: Bool = false) {
            let key = url.standardizedFileURL.path
            guard !seen.contains(key) else { return }
            seen.insert(key)
            inputs.append(Input(path: path, url: url, missing: missing))
        }
        for path in paths {
            var isFolder: ObjCBool = false
            let url = URL(fileURLWithPath: path)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                add(path, url, missing: true)
                continue
            }
            guard isFolder.boolValue else { add(path, url); continue }
            let names = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names {
                let file = (name as NSString).lastPathComponent
                let suffix = (file as NSString).pathExtension.lowercased()
                guard suffix == "xlsx" || suffix == "xls", !file.hasPrefix("~$"), !file.hasPrefix("."),
                      !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                let display = path.hasSuffix("/") ? path + name : path + "/" + name
                var isSubfolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: display, isDirectory: &isSubfolder), !isSubfolder.boolValue
                else { continue }
                add(display, url.appendingPathComponent(name))
            }
        }
        return inputs
    }
}
