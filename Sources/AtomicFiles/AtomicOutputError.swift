/// Why ``AtomicOutput`` could not prepare or finish an output file. Each writer maps it to its own error
/// (`XLSXWriterError`, `DOCXWriterError`), keeping the kind, the detail and the system's `errno`.
///
/// ```swift
/// do { _ = try AtomicOutput.prepare(destination: URL(fileURLWithPath: "/nonexistent/a.docx"), overwrite: false) }
/// catch { print(error.kind, error.systemCode ?? 0) }   // destinationUnusable 2
/// ```
package struct AtomicOutputError: Error, Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// The destination exists (or appeared while writing) and overwriting was not allowed.
        case destinationExists
        /// The destination cannot be written: its folder is missing, it names a folder or not a regular file.
        case destinationUnusable
        /// Flushing or moving the finished file failed; the system's reason is in the detail.
        case fileSystem
    }

    package var kind: Kind
    /// Technical detail, not translated: the path and the system's words.
    package var detail: String
    /// The system's `errno`, where the system said why.
    package var systemCode: Int32?

    package init(_ kind: Kind, detail: String, systemCode: Int32? = nil) {
        self.kind = kind
        self.detail = detail
        self.systemCode = systemCode
    }
}
