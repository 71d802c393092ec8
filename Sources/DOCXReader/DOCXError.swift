import Foundation

/// Why a document could not be read, and where.
///
/// Every failure of the reader is a `DOCXError` with a ``Kind`` and, where known, the package part. The words
/// shown to a person are not here: the CLI's error presenter maps each kind to a Chinese and an English message.
///
/// ```swift
/// do {
///     let document = try DOCXDocument(contentsOf: url)
/// } catch where error.kind == .legacyDOC {
///     print("please save \(url.lastPathComponent) as .docx")
/// }
/// ```
public struct DOCXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong: a string-backed struct, so new kinds can be added without breaking a switch.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The file could not be opened or read (missing, a folder, no permission).
        public static let fileUnreadable = Kind(rawValue: "file-unreadable")
        /// Not a zip package at all (text, an image, an empty file).
        public static let notZip = Kind(rawValue: "not-zip")
        /// A Word 97–2003 `.doc` or a WPS `.wps` (an OLE2 compound file, whatever its name): save it as `.docx`.
        public static let legacyDOC = Kind(rawValue: "legacy-doc")
        /// A password-encrypted document (an OLE2 compound file holding `EncryptedPackage`).
        public static let encrypted = Kind(rawValue: "encrypted")
        /// An HTML page (or other XML) under a Word name: Word's and WPS's "web page" saved as `.doc`.
        public static let htmlDocument = Kind(rawValue: "html-document")
        /// An RTF file under a Word name.
        public static let rtfDocument = Kind(rawValue: "rtf-document")
        /// The zip is truncated or its directory is damaged.
        public static let damagedZip = Kind(rawValue: "damaged-zip")
        /// A zip entry failed its CRC, did not inflate, or inflated to another size than declared.
        public static let corruptEntry = Kind(rawValue: "corrupt-entry")
        /// Two zip entries name the same part.
        public static let duplicateEntry = Kind(rawValue: "duplicate-entry")
        /// The package has no main document part (`word/document.xml`): a zip, but not a Word document.
        public static let missingPart = Kind(rawValue: "missing-part")
        /// A part declares a DTD or entities (`<!DOCTYPE`, `<!ENTITY`): refused before parsing.
        public static let forbiddenDTD = Kind(rawValue: "forbidden-dtd")
        /// An entry is larger than the cap or inflates far more than its compressed size allows (a zip bomb).
        public static let entryTooLarge = Kind(rawValue: "entry-too-large")
        /// The file is larger than ``DOCXReadOptions/maxFileSize``.
        public static let fileTooLarge = Kind(rawValue: "file-too-large")
        /// Reading took longer than ``DOCXReadOptions/timeLimit``.
        public static let timeLimitExceeded = Kind(rawValue: "time-limit-exceeded")
        /// A part is not well-formed XML.
        public static let malformedXML = Kind(rawValue: "malformed-xml")
        /// A part's bytes are not valid UTF-8 (or not in an encoding a package may use).
        public static let invalidEncoding = Kind(rawValue: "invalid-encoding")
        /// A part the document needs is present but empty.
        public static let emptyPart = Kind(rawValue: "empty-part")
        /// A part nests elements deeper than any word processor writes.
        public static let nestingTooDeep = Kind(rawValue: "nesting-too-deep")

        /// Every kind this version knows, for exhaustive message tables and their tests.
        public static let allKnown: [Kind] = [
            .fileUnreadable, .notZip, .legacyDOC, .encrypted, .htmlDocument, .rtfDocument, .damagedZip,
            .corruptEntry, .duplicateEntry, .missingPart, .forbiddenDTD, .entryTooLarge, .fileTooLarge,
            .timeLimitExceeded, .malformedXML, .invalidEncoding, .emptyPart, .nestingTooDeep,
        ]
    }

    /// What went wrong.
    public var kind: Kind
    /// The package part (zip entry) being read, e.g. `word/document.xml`.
    public var part: String?
    /// Technical detail for the curious (libzip's or libxml2's own words, a line number). Not translated.
    public var detail: String?

    public init(_ kind: Kind, part: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.part = part
        self.detail = detail
    }

    public var description: String {
        var text = kind.rawValue
        if let part { text += " part=\(part)" }
        if let detail { text += " (\(detail))" }
        return text
    }
}
