import ArgumentParser
import Foundation
import Synchronization
import JixiaoForm
import XLSXReader
import XLSXWriter

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
        文件用满所有 CPU 核心，按路径排序输出，边校验边写出，内存占用与文件数无关。
        Files are read on every core and reported sorted by path as they are checked;
        memory does not grow with the number of files.

        汇总 Summary: jixiao validate 回收表格/ --summary 汇总.xlsx --json 结果.json
          「汇总」每个文件一行（可筛选排序），「问题清单」每个问题一行（链接到原表单元格），
          「图表」各部门预算完成率。One row per file (sortable, filterable), one row
          per finding (linked to its cell), charts of completion rate by department.

        退出码 Exit codes:
          0  没有错误级问题 no finding of severity error
          1  有错误级问题 some finding of severity error
          2  有文件无法读取，或命令行有误 some file unreadable, or a usage error
        """)

    @Argument(help: "要校验的 .xlsx 文件或文件夹 The .xlsx files or folders to check.")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "标准输出（或 --output）的格式 Format of standard output (or --output): text, json or csv.",
        discussion: "默认 text；只给了 --summary/--json/--csv 时，标准输出只打印一行统计。Default text; with only --summary/--json/--csv, standard output gets a one-line tally."))
    var format: ValidationFormat?

    @Option(name: .long, help: "写入此文件（原子替换）而不是标准输出 Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "写出汇总工作簿（汇总、问题清单、图表）Write the summary workbook (.xlsx): one row per file, one per finding, a chart.")
    var summary: String?

    @Option(name: .customLong("json"), help: "另外写出 JSON 报告 Also write the JSON report to this file.")
    var jsonFile: String?

    @Option(name: .customLong("csv"), help: "另外写出 CSV 报告 Also write the CSV report to this file.")
    var csvFile: String?

    @Flag(name: .long, help: "不显示进度，也不打印统计行 No progress on standard error, no tally line.")
    var quiet = false

    @Option(name: .long, help: "单个文件的大小上限（MB），超过则报告为无法读取 Largest file read, in MB; larger files are reported unreadable.")
    var maxFileSize: Double = 100

    @Option(name: .long, help: "单个文件的读取时限（秒），超时则报告为无法读取并继续 Time allowed to read one file, in seconds; a file that takes longer is reported unreadable and the run goes on.")
    var timeLimit: Double = 30

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let language = global.lang
        guard !paths.isEmpty else {
            throw ValidationError(language.pick("请至少给出一个文件或文件夹", "give at least one file or folder"))
        }
        if let summary, !summary.lowercased().hasSuffix(".xlsx") {
            throw ValidationError(language.pick("--summary 的文件名须以 .xlsx 结尾：\(summary)",
                                                "the --summary file must end in .xlsx: \(summary)"))
        }
        guard maxFileSize.isFinite, maxFileSize > 0, maxFileSize <= 1_048_576 else {
            throw ValidationError(language.pick("--max-file-size 须在 0 到 1048576 MB 之间", "--max-file-size must be between 0 and 1048576 MB"))
        }
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 86_400 else {
            throw ValidationError(language.pick("--time-limit 须在 0 到 86400 秒之间", "--time-limit must be between 0 and 86400 seconds"))
        }
        let targets = outputPaths.map { Self.canonical(URL(fileURLWithPath: $0)) }
        if Set(targets).count < targets.count {
            throw ValidationError(language.pick("--output、--summary、--json、--csv 须是不同的文件",
                                                "--output, --summary, --json and --csv must be different files"))
        }
    }

    /// Every output file asked for.
    var outputPaths: [String] { [output, summary, jsonFile, csvFile].compactMap { $0 } }

    /// The reader's budgets for one file.
    var readOptions: ReadOptions {
        var options = ReadOptions()
        options.maxFileSize = UInt64(maxFileSize * 1_048_576)
        options.timeLimit = .nanoseconds(Int64(timeLimit * 1_000_000_000))
        return options
    }

    func run() throws {
        let language = global.lang
        // Loading the templates and building the recognizer take about as long as listing a folder of a thousand
        // forms: both at once.
        let readOptions = readOptions
        let preparedValidator = BackgroundValue { FormValidator(language: language.messages, readOptions: readOptions) }
        let inputs = try selectInputs(Self.collectInputs(paths))
        let sinks = try openSinks()
        let validator = preparedValidator.value
        let missing = language.pick("文件或文件夹不存在", "no such file or folder")
        var totals = ValidationSummary.zero
        var failure: Error?
        let progress = ProgressBar(total: inputs.count, language: language, enabled: inputs.count > 1 && !quiet)
        // Every core; reports come out in path order and go straight to the outputs, so nothing per file is kept.
        // A file gives one report per form (a 主管部门's workbook holds several).
        BatchRunner().run(inputs, work: { input in
            input.missing
                ? [FileReport.unreadable(input.path, .reader(XLSXError(.fileUnreadable, detail: missing)))]
                : validator.validateForms(fileAt: URL(fileURLWithPath: input.path), path: input.path)
        }, emit: { _, reports in
            totals.add(reports)
            if failure == nil {
                progress.clearIfWritingToTerminal(stdout: sinks.writesToStandardOutput)
                do {
                    for report in reports {
                        for sink in sinks.all { try sink.add(report) }
                    }
                } catch {
                    failure = error
                }
            }
            progress.advance()
        })
        progress.finish()
        if failure == nil { failure = Self.finish(sinks.all, totals: totals) }
        if let failure {
            sinks.all.forEach { $0.discard() }
            throw CommandFailure(message: language.pick("无法写出报告：\(Self.describe(failure))",
                                                        "cannot write the report: \(Self.describe(failure))"),
                                 status: .unreadableOrUsage)
        }
        if sinks.tallyOnly && !quiet {
            var text = ValidationText.footer(totals, language: language).dropFirst() + ""
            for (label, path) in [("汇总", summary), ("JSON", jsonFile), ("CSV", csvFile)] {
                guard let path else { continue }
                text += language.pick("\(label)已写入 \(path)\n", "\(label == "汇总" ? "summary" : label) written to \(path)\n")
            }
            FileHandle.standardOutput.write(Data(text.utf8))
        }

        if totals.unreadable > 0 {
            throw CommandFailure(message: language.pick("\(totals.unreadable) 个文件无法读取", "\(Language.englishFiles(totals.unreadable)) unreadable"),
                                 status: .unreadableOrUsage)
        }
        if totals.errors > 0 {
            throw CommandFailure(message: language.pick("发现 \(totals.errors) 个错误级问题", "\(totals.errors) finding(s) of severity error"),
                                 status: .findings)
        }
    }

    /// Finishes every output side by side: what is left is compressing the summary workbook and waiting for
    /// the disk (each file is flushed before it is renamed into place), and no output waits for another.
    /// - Returns: the first failure in the outputs' order, if any.
    static func finish(_ sinks: [ReportSink], totals: ValidationSummary) -> Error? {
        let failures = Mutex<[Int: Error]>([:])
        // Each output goes to one thread and shares nothing with the others.
        nonisolated(unsafe) let sinks = sinks
        DispatchQueue.concurrentPerform(iterations: sinks.count) { index in
            do {
                try sinks[index].finish(totals)
            } catch {
                failures.withLock { $0[index] = error }
            }
        }
        return failures.withLock { failures in failures.keys.min().flatMap { failures[$0] } }
    }

    /// The outputs of a run, opened before the first file is read so a bad output path fails at once.
    struct Sinks {
        var all: [ReportSink] = []
        /// Whether a report goes to standard output (the progress line is cleared before it is written).
        var writesToStandardOutput = false
        /// Whether standard output gets only the closing tally (file outputs asked for, no format).
        var tallyOnly = false
    }

    private func openSinks() throws -> Sinks {
        let language = global.lang
        var sinks = Sinks()
        func fail(_ path: String, _ error: Error) -> CommandFailure {
            sinks.all.forEach { $0.discard() }
            return CommandFailure(message: language.pick("无法写入 \(path)：\(Self.describe(error))",
                                                         "cannot write \(path): \(Self.describe(error))"),
                                  status: .unreadableOrUsage)
        }
        let fileOutputs = summary != nil || jsonFile != nil || csvFile != nil
        if format != nil || output != nil || !fileOutputs {
            do {
                let stream = try StreamingOutput(path: output)
                sinks.writesToStandardOutput = output == nil
                switch format ?? .text {
                case .json: sinks.all.append(JSONReportSink(output: stream, language: language))
                case .csv: sinks.all.append(CSVReportSink(output: stream, language: language))
                case .text:
                    let colour = output == nil && isatty(STDOUT_FILENO) != 0
                    sinks.all.append(TextReportSink(output: stream, language: language, colour: colour))
                }
            } catch {
                throw fail(output ?? "-", error)
            }
        } else {
            sinks.tallyOnly = true
        }
        if let jsonFile {
            do { sinks.all.append(JSONReportSink(output: try StreamingOutput(path: jsonFile), language: language)) } catch {
                throw fail(jsonFile, error)
            }
        }
        if let csvFile {
            do { sinks.all.append(CSVReportSink(output: try StreamingOutput(path: csvFile), language: language)) } catch {
                throw fail(csvFile, error)
            }
        }
        if let summary {
            let layout: SummaryLayout
            switch SummaryLayout.standard {
            case .success(let loaded): layout = loaded
            case .failure(let error): throw fail(summary, error)
            }
            do {
                sinks.all.append(try SummaryWorkbook(destination: URL(fileURLWithPath: summary), layout: layout,
                                                     language: language))
            } catch {
                throw fail(summary, error)
            }
        }
        return sinks
    }

    /// The inputs to read, sorted by path: an output file found in a searched folder (the summary of an
    /// earlier run saved beside the forms) is left out; an output named as an input is refused. Files are
    /// compared by device and inode, so a path through a symbolic link or a hard link is the same file.
    private func selectInputs(_ inputs: [Input]) throws -> [Input] {
        let language = global.lang
        let outputs = Set(outputPaths.compactMap(Self.fileIdentity))
        var selected: [Input] = []
        selected.reserveCapacity(inputs.count)
        for input in inputs {
            guard !outputs.isEmpty, !input.missing, let identity = Self.fileIdentity(input.path), outputs.contains(identity)
            else {
                selected.append(input)
                continue
            }
            if input.named {
                throw CommandFailure(message: language.pick("输出文件不能是输入文件本身：\(input.path)",
                                                            "an output file must not be one of the input files: \(input.path)"),
                                     status: .unreadableOrUsage)
            }
        }
        return selected.sorted { $0.path < $1.path }
    }

    /// A file's device and inode, nil when it does not exist.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func fileIdentity(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func canonical(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? XLSXWriterError { return error.description }
        if let error = error as? TemplateBundle.LoadError { return error.description }
        return error.localizedDescription
    }
}

extension ValidateCommand {
    /// A file to validate: its path as reported, its URL, and whether the path given does not exist.
    struct Input: Sendable {
        var path: String
        var missing: Bool
        /// Named on the command line rather than found in a folder.
        var named: Bool

        /// The file's URL (made when needed: a bulk run keeps only the paths).
        var url: URL { URL(fileURLWithPath: path) }
    }

    /// The files named or found below the folders named: `.xlsx` and `.xls` (any case), lock files (`~$…`)
    /// and hidden files skipped; each file once.
    static func collectInputs(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        // One path lists each file once; only several can name a file twice. Hashing every path (most hold
        // Chinese, which hashes through Unicode normalisation) is then spared.
        var seen: Set<String>? = paths.count > 1 ? [] : nil
        func add(_ path: String, key: @autoclosure () -> String, missing: Bool = false, named: Bool = false) {
            if seen?.insert(key()).inserted == false { return }
            inputs.append(Input(path: path, missing: missing, named: named))
        }
        for path in paths {
            var isFolder: ObjCBool = false
            let url = URL(fileURLWithPath: path)
            let key = url.standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                add(path, key: key, missing: true, named: true)
                continue
            }
            guard isFolder.boolValue else { add(path, key: key, named: true); continue }
            let names = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names where isWorkbookName(name) {
                let display = path.hasSuffix("/") ? path + name : path + "/" + name
                var isSubfolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: display, isDirectory: &isSubfolder), !isSubfolder.boolValue
                else { continue }
                // A path found below a folder has no `.` or `..` parts: standardising the folder once is enough.
                add(display, key: key + "/" + name)
            }
        }
        return inputs
    }

    /// Whether a path found in a folder names a workbook to read: `.xlsx` or `.xls` in any case, not an Office
    /// lock file (`~$…`), and no hidden part (`.…`) anywhere in it. Read on the bytes: a folder of ten thousand
    /// forms asks ten thousand times.
    static func isWorkbookName(_ relativePath: String) -> Bool {
        let bytes = Array(relativePath.utf8)
        var nameStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") { nameStart = index + 1 }
        // Any part starting with a dot is hidden.
        if bytes.first == UInt8(ascii: ".") { return false }
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "/") && bytes[index + 1] == UInt8(ascii: ".") {
            return false
        }
        let name = bytes[nameStart...]
        if name.starts(with: [UInt8(ascii: "~"), UInt8(ascii: "$")]) { return false }
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > nameStart else { return false }
        let suffix = String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
        return suffix == "xlsx" || suffix == "xls"
    }
}
