/// Why a document could not be written.
///
/// Every failure of ``DocumentWriter`` is a `DOCXWriterError`: the checks of the document before anything is
/// written, the file-system steps of atomic output and libzip's failures. It carries a ``Kind``, a technical
/// detail and, where the system said why, its `errno`. The words shown to a person belong to the program's
/// presenter.
///
/// ```swift
/// do {
///     try DocumentWriter().write(document, to: URL(fileURLWithPath: "/nonexistent/退回意见.docx"))
/// } catch {
///     print(error.kind, error.systemCode ?? 0)   // destination-unusable 2
/// }
/// ```
public struct DOCXWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. A string-backed struct rather than an enum, so kinds can be added without breaking
    /// callers that switch over the known ones.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The destination exists (or appeared while writing) and overwriting was not allowed.
        public static let destinationExists = Kind(rawValue: "destination-exists")
        /// The destination cannot be written: its folder is missing, or it names a folder or not a regular file.
        public static let destinationUnusable = Kind(rawValue: "destination-unusable")
        /// Flushing or moving the finished file into place failed; the system's reason is in the detail.
        public static let fileSystem = Kind(rawValue: "file-system")
        /// libzip could not make the package (often the disk: see ``DOCXWriterError/systemCode``).
        public static let zip = Kind(rawValue: "zip")
        /// A table has no cells, or its column widths do not fit its columns or the page.
        public static let invalidTable = Kind(rawValue: "invalid-table")
        /// A run's size is not a whole or half point from 1 to 1638.
        public static let invalidFontSize = Kind(rawValue: "invalid-font-size")

        /// Every kind this version knows, for exhaustive message tables and their tests.
        public static let allKnown: [Kind] = [
            .destinationExists, .destinationUnusable, .fileSystem, .zip, .invalidTable, .invalidFontSize,
        ]
    }

    /// What went wrong.
    public var kind: Kind
    /// Technical detail, not translated: the path, the offending value, libzip's or the system's words.
    public var detail: String?
    /// libzip's error code (`ZIP_ER_…`), when libzip reported the failure.
    public var libraryCode: Int32?
    /// The system's `errno` when the file could not be made, written or moved (`ENOSPC`, `EACCES`, `ENOENT`…).
    public var systemCode: Int32?

    public init(_ kind: Kind, detail: String? = nil, libraryCode: Int32? = nil, systemCode: Int32? = nil) {
        self.kind = kind
        self.detail = detail
        self.libraryCode = libraryCode
        self.systemCode = systemCode
    }

    public var description: String {
        var text = kind.rawValue
        if let libraryCode { text += " zip_error=\(libraryCode)" }
        if let systemCode { text += " errno=\(systemCode)" }
        if let detail { text += " (\(detail))" }
        return text
    }
}
