/// Why an upload was refused. Nothing of a refused upload is kept.
///
/// ```swift
/// UploadError.fileTooLarge(name: "a.xlsx", limit: 100 << 20).status    // 413
/// ```
enum UploadError: Error, Equatable {
    /// The request is not `multipart/form-data` or its body is malformed.
    case malformed
    /// A file (or a .zip's entry) is over the per-file cap.
    case fileTooLarge(name: String, limit: UInt64)
    /// The round would hold more bytes than its cap.
    case roundTooLarge(limit: UInt64)
    /// The round would hold more files than its cap.
    case tooManyFiles(limit: Int)
    /// A .zip entry inflates far more than workbooks do (a zip bomb).
    case suspiciousArchive(name: String)
    /// The upload holds no file.
    case empty

    /// The HTTP status it answers with.
    var status: Int {
        switch self {
        case .malformed, .empty: 400
        case .fileTooLarge, .roundTooLarge, .tooManyFiles, .suspiciousArchive: 413
        }
    }

    /// What the page says.
    func message(_ language: WebLanguage) -> String {
        switch self {
        case .malformed:
            language.pick("上传的内容无法识别（应为表单上传的文件）。", "The upload could not be read (expected files sent by the form).")
        case .fileTooLarge(let name, let limit):
            language.pick("文件「\(name)」超过单个文件的上限 \(UploadError.megabytes(limit))，本次上传未保存。",
                          "The file “\(name)” is over the limit of \(UploadError.megabytes(limit)) per file; nothing of this upload was kept.")
        case .roundTooLarge(let limit):
            language.pick("本轮文件总大小将超过上限 \(UploadError.megabytes(limit))，本次上传未保存。",
                          "The round would hold more than \(UploadError.megabytes(limit)); nothing of this upload was kept.")
        case .tooManyFiles(let limit):
            language.pick("本轮文件数将超过上限 \(limit) 个，本次上传未保存。",
                          "The round would hold more than \(limit) files; nothing of this upload was kept.")
        case .suspiciousArchive(let name):
            language.pick("压缩包「\(name)」中的文件解压后异常膨胀（疑似压缩炸弹），本次上传未保存。",
                          "The archive “\(name)” inflates far beyond any workbook (a zip bomb?); nothing of this upload was kept.")
        case .empty:
            language.pick("没有选择文件。", "No file was chosen.")
        }
    }

    private static func megabytes(_ bytes: UInt64) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) B"
    }
}
