import Foundation
import JixiaoForm

/// The files a run reads: those named on the command line and those found below the folders named, sorted by
/// path, each once. The same for every command.
///
/// In a folder, `.xlsx`, `.xls` and `.et` (WPS) files (any case) are read (an old workbook through
/// LibreOffice where it is installed, ``LegacyConverter``); other files are listed as skipped
/// (``SkipReason/notAWorkbook``) so the run can count them; hidden files and folders (`.…`, among them
/// jixiao's own temporary files) and Office lock files (`~$…`) are passed over. A file named on the command
/// line is always read, whatever its name.
///
/// With `reports` (`validate`), the 绩效自评报告 beside the forms are read too (``InputFile/isReport``): `.docx`,
/// `.pdf`, `.doc` and `.wps` files (the old Word ones to be refused with a request to save as .docx) and `.txt`
/// and `.md` files, when their name says they are one (报告, 自评, 绩效, 评价); a `.docx`, `.pdf`, `.doc` or `.wps`
/// found under another name (`番禺区总工会.docx`, `说明.docx`, `签章页.pdf`) is read and kept only if its title
/// says it is a report (``InputFile/reportUnconfirmed``). A file named on the command line is always read.
///
/// ```swift
/// let inputs = InputFiles(paths: ["回收表格/", "补交/黄埔区.xlsx"])
/// inputs.files.filter(\.isRead).map(\.path)   // ["回收表格/a.xlsx", "回收表格/b.xlsx", "补交/黄埔区.xlsx"]
/// ```
struct InputFiles: Sendable {
    /// In path order: files to read (missing paths among them, reported unreadable) and files skipped.
    var files: [InputFile]
    /// Whether 绩效自评报告 are read too (`validate`).
    let readsReports: Bool

    init(paths: [String], reports: Bool = false) {
        readsReports = reports
        var files: [InputFile] = []
        // One path lists each file once; only several can name a file twice. Hashing every path (most hold
        // Chinese, which hashes through Unicode normalisation) is then spared.
        var seen: Set<String>? = paths.count > 1 ? [] : nil
        var namedFiles: Set<FileIdentity> = []
        func add(_ file: InputFile, key: @autoclosure () -> String) {
            if seen?.insert(key()).inserted == false { return }
            files.append(file)
        }
        for path in paths {
            var isFolder: ObjCBool = false
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                add(InputFile(path: path, missing: true, named: true), key: key)
                continue
            }
            guard isFolder.boolValue else {
                // The same file named twice through a link is read once.
                if let identity = FileIdentity(path: path), !namedFiles.insert(identity).inserted { continue }
                add(InputFile(path: path, named: true, isReport: reports && Self.isReport(path)), key: key)
                continue
            }
            let names = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names {
                let kind = Self.kind(ofFoundPath: name)
                guard kind != .passedOver else { continue }
                let display = path.hasSuffix("/") ? path + name : path + "/" + name
                var isSubfolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: display, isDirectory: &isSubfolder), !isSubfolder.boolValue
                else { continue }
                // A path found below a folder has no `.` or `..` parts: standardising the folder once is enough.
                let report = reports && kind == .other ? Self.reportKind(name: name) : nil
                var file = InputFile(path: display, skipReason: kind == .workbook || report != nil ? nil : .notAWorkbook,
                                     isReport: report != nil)
                file.reportUnconfirmed = report == .unconfirmed
                add(file, key: key + "/" + name)
            }
        }
        self.files = files.sorted { $0.path < $1.path }
    }

    /// How many files the run opens (or reports missing).
    var readCount: Int { files.count(where: { $0.isRead && !$0.reportUnconfirmed }) }

    /// What a path found in a folder is to a run.
    enum FoundKind { case workbook, other, passedOver }

    /// What a path found in a folder is: a workbook to read (`.xlsx`, `.xls` or `.et` in any case), another file to
    /// count as skipped, or nothing to mention (a hidden part `.…` anywhere in it, an Office lock file `~$…`).
    /// Read on the bytes: a folder of ten thousand forms asks ten thousand times.
    static func kind(ofFoundPath relativePath: String) -> FoundKind {
        let bytes = Array(relativePath.utf8)
        var nameStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") { nameStart = index + 1 }
        // Any part starting with a dot is hidden.
        if bytes.first == UInt8(ascii: ".") { return .passedOver }
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "/") && bytes[index + 1] == UInt8(ascii: ".") {
            return .passedOver
        }
        let name = bytes[nameStart...]
        if name.starts(with: [UInt8(ascii: "~"), UInt8(ascii: "$")]) { return .passedOver }
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > nameStart else { return .other }
        let suffix = String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
        return suffix == "xlsx" || suffix == "xls" || suffix == "et" ? .workbook : .other
    }

    /// Leaves the file at `path` unread (the same file, through a link too), counted as skipped for `reason`
    /// whatever it was skipped for before: the run's reference list found in a folder of forms.
    mutating func skip(_ path: String, because reason: SkipReason) {
        guard let identity = FileIdentity(path: path) else { return }
        for index in files.indices where !files[index].missing && FileIdentity(path: files[index].path) == identity {
            files[index].skipReason = reason
        }
    }

    /// Whether a file named on the command line is a 绩效自评报告: by its extension
    /// (``NarrativeDocument/readableExtensions`` and the old Word ones).
    static func isReport(_ path: String) -> Bool {
        let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
        return NarrativeDocument.readableExtensions.contains(suffix) || NarrativeDocument.legacyWordExtensions.contains(suffix)
    }

    enum FoundReport { case named, unconfirmed }

    /// What a document found in a folder is: a report by its name (报告, 自评, 绩效, 评价, report), a document to read and
    /// keep only if its title says it is one (a `.docx`, `.pdf`, `.doc` or `.wps` under another name), or none (a
    /// `.txt` or `.md` under another name: a README).
    static func reportKind(name path: String) -> FoundReport? {
        guard isReport(path) else { return nil }
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent
        let lowered = name.lowercased()
        if reportNameWords.contains(where: lowered.contains) { return .named }
        return ["txt", "md"].contains(url.pathExtension.lowercased()) ? nil : .unconfirmed
    }

    /// What the name of a report found in a folder holds (lower-cased).
    private static let reportNameWords = ["报告", "自评", "绩效", "评价", "report"]

    /// Refuses a run with nothing to read (folders holding no workbook): exit 2, naming what was skipped.
    func requireSomethingToRead(language: Language) throws(CommandFailure) {
        guard readCount == 0 else { return }
        var message = readsReports
            ? language.pick("没有可校验的文件：所给的文件夹中没有 .xlsx、.xls 或 .et 工作簿，也没有绩效自评报告",
                            "nothing to check: the folders given hold no .xlsx, .xls or .et workbook and no self-evaluation report")
            : language.pick("没有可校验的文件：所给的文件夹中没有 .xlsx、.xls 或 .et 工作簿",
                            "nothing to check: the folders given hold no .xlsx, .xls or .et workbook")
        if !files.isEmpty {
            // A document not named as a report is counted as what it most likely is: not a workbook.
            let skipped = files.map { file in
                var file = file
                if file.reportUnconfirmed { file.skipReason = .notAWorkbook }
                return file
            }
            message += language.pick("；", "; ") + SkipWords.tally(ValidationSummary(skipping: skipped), language: language)
                + language.pick("：", ": ") + SkipWords.list(files.map(\.path), language: language)
        }
        throw CommandFailure(message: message, status: .unreadableOrUsage)
    }
}
