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
        case .malformed: language[.uploadUnreadable]
        case .fileTooLarge(let name, let limit): language(.fileTooLarge, ["name": name, "limit": UploadError.megabytes(limit)])
        case .roundTooLarge(let limit): language(.roundTooLarge, ["limit": UploadError.megabytes(limit)])
        case .tooManyFiles(let limit): language(.tooManyFiles, ["limit": String(limit)])
        case .suspiciousArchive(let name): language(.zipBomb, ["name": name])
        case .empty: language[.nothingChosen]
        }
    }

    private static func megabytes(_ bytes: UInt64) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) B"
    }
}
