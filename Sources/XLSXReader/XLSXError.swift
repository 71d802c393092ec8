import Foundation

/// Why a workbook could not be read, and where.
///
/// Every failure of the reader is an `XLSXError`. It carries a ``Kind`` (what went wrong) and, where known,
/// the package part, the sheet and the cell, so that a caller reading a folder of files can report each one
/// precisely and go on. The words shown to a person are not here: they live in one presenter in the CLI, which
/// maps each kind to a Chinese and an English message and an exit code.
///
/// ```swift
/// do {
///     let workbook = try Workbook(contentsOf: url)
/// } catch let error as XLSXError where error.kind == .legacyXLS {
///     print("please save \(url.lastPathComponent) as .xlsx")
/// }
/// ```
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. A string-backed struct rather than an enum, so new kinds can be added without
    /// breaking callers that switch over the known ones.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The file could not be opened or read (missing, a folder, no permission).
        public static let fileUnreadable = Kind(rawValue: "file-unreadable")
        /// The file is not a zip package at all (for example HTML, CSV or text saved as .xlsx).
        public static let notZip = Kind(rawValue: "not-zip")
        /// An Excel 97–2003 `.xls` (OLE2 compound file): it must be saved again as `.xlsx`.
        public static let legacyXLS = Kind(rawValue: "legacy-xls")
        /// A password-encrypted workbook (OLE2 compound file holding `EncryptedPackage`).
        public static let encrypted = Kind(rawValue: "encrypted")
        /// The zip is truncated or its directory is damaged.
        public static let damagedZip = Kind(rawValue: "damaged-zip")
        /// A zip entry failed its CRC-32 check, did not inflate, or inflated to another size than its headers
        /// declare (libzip does not check that: the reader stops one byte past the declared size).
        public static let corruptEntry = Kind(rawValue: "corrupt-entry")
        /// Two zip entries name the same part: the same name, or names that differ only in case or by `\` for
        /// `/`, which the package format treats as equal (ECMA-376 Part 2 forbids such a package: which one is
        /// meant cannot be told).
        public static let duplicateEntry = Kind(rawValue: "duplicate-entry")
        /// A part the workbook needs (the workbook part, a worksheet) is not in the package.
        public static let missingPart = Kind(rawValue: "missing-part")
        /// A part declares a DTD or entities (`<!DOCTYPE`, `<!ENTITY`): refused before parsing, since spreadsheet
        /// programs never write them and entity expansion can be used to exhaust memory or CPU.
        public static let forbiddenDTD = Kind(rawValue: "forbidden-dtd")
        /// An entry declares or inflates to more than the configured cap, or inflates far more than its
        /// compressed size allows (a zip bomb).
        public static let entryTooLarge = Kind(rawValue: "entry-too-large")
        /// The file is larger than ``ReadOptions/maxFileSize``.
        public static let fileTooLarge = Kind(rawValue: "file-too-large")
        /// Reading took longer than ``ReadOptions/timeLimit``.
        public static let timeLimitExceeded = Kind(rawValue: "time-limit-exceeded")
        /// A part is not well-formed XML.
        public static let malformedXML = Kind(rawValue: "malformed-xml")
        /// A part's bytes are not valid UTF-8 (or it is in an encoding other than UTF-8 and UTF-16, which a
        /// package may not use). Checked before parsing: FoundationXML traps on such bytes in a name.
        public static let invalidEncoding = Kind(rawValue: "invalid-encoding")
        /// A part the workbook needs is present but empty: no bytes, or no root element.
        public static let emptyPart = Kind(rawValue: "empty-part")
        /// A part nests elements deeper than any spreadsheet program writes (more than 64 levels; real
        /// workbooks reach 8).
        public static let nestingTooDeep = Kind(rawValue: "nesting-too-deep")
        /// The workbook lists more sheets than the reader accepts (4,096; Excel has no fixed limit, but no
        /// real workbook comes near).
        public static let tooManySheets = Kind(rawValue: "too-many-sheets")
        /// Two sheets of the workbook have the same name (ignoring case, as Excel does) or are the same part.
        public static let duplicateSheet = Kind(rawValue: "duplicate-sheet")
        /// A cell reference is malformed or outside Excel's grid (1,048,576 rows × 16,384 columns).
        public static let cellOutOfRange = Kind(rawValue: "cell-out-of-range")
        /// The sheet asked for does not exist in the workbook.
        public static let sheetNotFound = Kind(rawValue: "sheet-not-found")

        /// Every kind this version knows, for exhaustive message tables and their tests.
        public static let allKnown: [Kind] = [
            .fileUnreadable, .notZip, .legacyXLS, .encrypted, .damagedZip, .corruptEntry, .duplicateEntry,
            .missingPart, .forbiddenDTD, .entryTooLarge, .fileTooLarge, .timeLimitExceeded, .malformedXML,
            .invalidEncoding, .emptyPart, .nestingTooDeep, .tooManySheets, .duplicateSheet, .cellOutOfRange,
            .sheetNotFound,
        ]
    }

    /// What went wrong.
    public var kind: Kind
    /// The package part (zip entry) being read, e.g. `xl/worksheets/sheet1.xml`.
    public var part: String?
    /// The sheet's name, when the error belongs to one sheet.
    public var sheet: String?
    /// The cell reference (A1 style) or the offending text, when the error belongs to one cell.
    public var cell: String?
    /// Technical detail for the curious (libzip's or libxml2's own words, a line number). Not translated.
    public var detail: String?

    public init(_ kind: Kind, part: String? = nil, sheet: String? = nil, cell: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.detail = detail
    }

    public var description: String {
        var text = kind.rawValue
        if let part { text += " part=\(part)" }
        if let sheet { text += " sheet=\(sheet)" }
        if let cell { text += " cell=\(cell)" }
        if let detail { text += " (\(detail))" }
        return text
    }

    func with(sheet: String?) -> XLSXError {
        var copy = self
        if copy.sheet == nil { copy.sheet = sheet }
        return copy
    }
}
