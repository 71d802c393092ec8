import DOCXWriter
import Foundation

/// Words for a return notice (`validate --feedback`) that could not be written.
extension ErrorPresenter {
    /// `退回意见/黄埔区总工会-退回意见.docx：磁盘已满`.
    static func message(for error: DOCXWriterError, file: String, language: Language) -> String {
        let text: String
        if let code = error.systemCode {
            text = systemReason(code, language: language)
        } else {
            switch error.kind {
            case .destinationExists:
                text = language.pick("文件已存在，未覆盖", "the file exists and was not overwritten")
            case .destinationUnusable:
                text = language.pick("无法写入：这是一个文件夹、设备或管道，或文件夹不存在",
                                     "cannot write there: it is a folder, a device or a pipe, or its folder is missing")
            default:
                text = language.pick("无法写出退回意见（文件夹不存在、没有写权限或磁盘已满）",
                                     "cannot write the return notice (missing folder, no permission or a full disk)")
            }
        }
        return compose(file: file, text: text, detail: error.detail, language: language)
    }
}
