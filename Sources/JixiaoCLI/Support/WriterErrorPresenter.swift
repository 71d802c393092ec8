import Foundation
import XLSXWriter

/// Words for a failure to write a workbook, in the user's language.
enum WriterErrorPresenter {
    static func message(for error: XLSXWriterError, file: String, language: Language) -> String {
        let text: String
        switch error.kind {
        case .destinationExists:
            text = language.pick("输出文件已存在，未覆盖；如需覆盖请加 --force", "the output file exists and was not overwritten; add --force to replace it")
        case .destinationUnusable, .outputFile, .fileSystem, .temporaryFile:
            text = language.pick("无法写入输出文件（文件夹不存在或没有写权限）", "cannot write the output file (missing folder or no permission)")
        default:
            text = language.pick("写出工作簿失败", "writing the workbook failed")
        }
        var message = "\(file)\(language.pick("：", ": "))\(text)"
        let where_ = [error.sheet.map { language.pick("工作表「\($0)」", "sheet '\($0)'") },
                      error.cell.map { language.pick("单元格 \($0)", "cell \($0)") }].compactMap { $0 }
        if !where_.isEmpty { message += language.pick("（\(where_.joined(separator: "，"))）", " (\(where_.joined(separator: ", ")))") }
        if let detail = error.detail, !detail.isEmpty {
            message += language.pick(" [详情: \(error.kind.rawValue): \(detail)]", " [detail: \(error.kind.rawValue): \(detail)]")
        }
        return message
    }
}
