import Foundation
import XLSXWriter

/// Words for a failure to write an output, in the user's language: the writer's errors, the problems found
/// before a run (``OutputProblem``), and the system's reasons behind both (a full disk, a read-only folder).
extension ErrorPresenter {
    /// The system's reasons a file cannot be made or written, by `errno`. Others are worded by the system.
    static let systemReasons: [Int32: (zh: String, en: String)] = [
        ENOENT: ("文件夹不存在", "the folder does not exist"),
        ENOTDIR: ("路径中有一部分不是文件夹", "part of the path is not a folder"),
        EACCES: ("没有写入权限", "no permission to write there"),
        EPERM: ("不允许写入（文件夹被锁定或受保护）", "writing there is not allowed (the folder is locked or protected)"),
        EROFS: ("只读文件系统，无法写入", "the file system is read-only"),
        ENOSPC: ("磁盘已满", "the disk is full"),
        EDQUOT: ("超出磁盘配额", "the disk quota is exceeded"),
        EFBIG: ("文件超过系统允许的大小", "the file is larger than the system allows"),
        EISDIR: ("这是一个文件夹", "it is a folder"),
        ENAMETOOLONG: ("文件名过长", "the file name is too long"),
        EIO: ("读写磁盘出错（I/O 错误）", "the disk failed to write (I/O error)"),
        EEXIST: ("文件已存在", "the file exists"),
        EXDEV: ("临时文件与目标不在同一磁盘", "the temporary file is on another disk than the destination"),
    ]

    /// The words for a system error code.
    static func systemReason(_ code: Int32, language: Language) -> String {
        if let words = systemReasons[code] { return language.pick(words.zh, words.en) }
        let text = strerror(code).map { String(cString: $0) } ?? "errno \(code)"
        return language.pick("系统错误：\(text)", "system error: \(text)")
    }

    /// `huangpu-2021.corrected.xlsx：无法写入输出文件：磁盘已满`.
    static func message(for error: XLSXWriterError, file: String, language: Language) -> String {
        compose(file: file, text: reason(for: error, language: language), language: language)
    }

    /// What went wrong, where, and the detail, without the file.
    static func reason(for error: XLSXWriterError, language: Language) -> String {
        let text: String
        switch error.kind {
        case .destinationExists:
            text = language.pick("输出文件已存在，未覆盖；如需覆盖请加 --force", "the output file exists and was not overwritten; add --force to replace it")
        case .destinationUnusable, .outputFile, .fileSystem, .temporaryFile, .zip:
            if let code = error.systemCode {
                text = systemReason(code, language: language)
            } else if error.kind == .destinationUnusable {
                text = language.pick("无法写入输出文件：不是普通文件（设备或管道）",
                                     "cannot write the output file: it is not a regular file (a device or a pipe)")
            } else {
                text = language.pick("无法写入输出文件（文件夹不存在、没有写权限或磁盘已满）",
                                     "cannot write the output file (missing folder, no permission or a full disk)")
            }
        default:
            text = language.pick("写出工作簿失败", "writing the workbook failed")
        }
        var message = text
        let where_ = [error.sheet.map { language.pick("工作表「\($0)」", "sheet '\($0)'") },
                      error.cell.map { language.pick("单元格 \($0)", "cell \($0)") }].compactMap { $0 }
        if !where_.isEmpty { message += language.pick("（\(where_.joined(separator: "，"))）", " (\(where_.joined(separator: ", ")))") }
        // An existing destination's detail is its path, which the message names already.
        if error.systemCode == nil, error.kind != .destinationExists, let detail = error.detail, !detail.isEmpty {
            message += language.pick(" [详情: \(error.kind.rawValue): \(detail)]", " [detail: \(error.kind.rawValue): \(detail)]")
        }
        return message
    }

    /// `无法写出 --json t/huangpu-2021.xlsx：这是输入文件，输入文件从不覆盖`.
    static func message(for problem: OutputProblem, language: Language) -> String {
        let what = problem.option.map { "\($0) \(problem.path)" }
            ?? (problem.path == "-" ? language.pick("标准输出", "to standard output") : problem.path)
        let text: String
        switch problem.reason {
        case .system(let code):
            text = systemReason(code, language: language)
        case .isFolder:
            text = language.pick("这是一个文件夹，请给出文件名", "it is a folder; give a file name")
        case .notAFolder:
            text = language.pick("这是一个文件，这里应给出文件夹", "it is a file; a folder is wanted here")
        case .notAFile:
            text = language.pick("不是普通文件（设备或管道），工作簿须写到文件", "not a regular file (a device or a pipe); a workbook must go to a file")
        case .namesInput(let input):
            text = problem.option == nil
                ? language.pick("这是输入文件 \(input)，输入文件从不覆盖；可用 --out 写到别的文件夹",
                                "it is the input file \(input), and inputs are never overwritten; use --out to write elsewhere")
                : language.pick("这是输入文件 \(input)，输入文件从不覆盖；请换一个输出文件名",
                                "it is the input file \(input), and inputs are never overwritten; choose another output name")
        case .sameAs(let other):
            text = language.pick("与 \(other) 是同一个文件，各个输出须是不同的文件",
                                 "it is the same file as \(other); every output must be a different file")
        case .writtenTwice(let first, let second):
            text = language.pick("\(first) 与 \(second) 都会写到这个文件；请分开处理或换用不同的 --out 文件夹",
                                 "both \(first) and \(second) would be written to it; run them separately or with different --out folders")
        }
        return language.pick("无法写出 \(what)：\(text)", "cannot write \(what): \(text)")
    }

    /// Any failure of an output: the writer's, a problem found, or another error's own words.
    static func message(for error: Error, target: OutputTarget, language: Language) -> String {
        switch error {
        case let problem as OutputProblem:
            var problem = problem
            problem.path = target.path
            problem.option = problem.option ?? target.option
            return message(for: problem, language: language)
        case let error as XLSXWriterError:
            let what = target.option.map { "\($0) \(target.path)" } ?? target.path
            return language.pick("无法写出 \(what)：", "cannot write \(what): ") + reason(for: error, language: language)
        default:
            let what = target.option.map { "\($0) \(target.path)" } ?? target.path
            return language.pick("无法写出 \(what)：\(error)", "cannot write \(what): \(error)")
        }
    }
}
