import DOCXReader

/// Why a 绩效自评报告 could not be read into a ``NarrativeDocument``. The words shown to a person are in the CLI's
/// error presenter; exit code 2, as for any file that cannot be read.
///
/// ```swift
/// do {
///     _ = try NarrativeDocument.read(from: url, pdfText: converter.text(ofPDFAt:))
/// } catch where error.kind == .legacyWordFile {
///     print("save \(url.lastPathComponent) as .docx")
/// }
/// ```
public struct NarrativeReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Not a report file: its extension is none of .docx, .pdf, .txt, .md (nor .doc, .wps).
        case unsupportedFormat = "unsupported-format"
        /// A Word 97–2003 `.doc` or a WPS `.wps` (not converted: it must be saved as .docx).
        case legacyWordFile = "legacy-word-file"
        /// The `.docx` could not be read: ``docx`` says why.
        case document = "document"
        /// The file could not be opened or read.
        case fileUnreadable = "file-unreadable"
        /// A text file in none of UTF-8, UTF-16 (with a byte-order mark) and GB 18030.
        case undecodableText = "undecodable-text"
        /// The file was read but holds no text (an empty file, or a PDF of scanned pages).
        case noText = "no-text"
        /// `pdftotext` (poppler-utils) is not installed.
        case pdfToolMissing = "pdf-tool-missing"
        /// The PDF is password-protected.
        case pdfEncrypted = "pdf-encrypted"
        /// The PDF is damaged or is no PDF at all.
        case pdfDamaged = "pdf-damaged"
        /// Reading took longer than the time limit (pdftotext was stopped).
        case timeLimitExceeded = "time-limit-exceeded"
    }

    public var kind: Kind
    /// The document reader's own error, for ``Kind/document``.
    public var docx: DOCXError?
    /// Technical detail (pdftotext's last words, an exit status). Not translated.
    public var detail: String?

    public init(_ kind: Kind, docx: DOCXError? = nil, detail: String? = nil) {
        self.kind = kind
        self.docx = docx
        self.detail = detail
    }

    public var description: String {
        var text = kind.rawValue
        if let docx { text += " \(docx)" }
        if let detail { text += " (\(detail))" }
        return text
    }
}
