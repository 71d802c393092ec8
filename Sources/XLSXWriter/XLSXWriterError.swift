/// Why a workbook could not be written, and where.
///
/// Every failure of the writer is an `XLSXWriterError`: the guards that refuse input libxlsxwriter 1.1.4
/// would turn into a corrupt file or an abort, the file-system steps of atomic output, and libxlsxwriter's own
/// `lxw_error` codes (see `XLSXWriterError+Library.swift`, the one place they are mapped). It carries a
/// ``Kind`` and, where known, the sheet and the cell or range. The words shown to a person belong to the CLI's
/// presenter, which maps each kind to a message.
///
/// ```swift
/// do {
///     try sheet.writeNumber(.nan, row: 4, column: 2)
/// } catch let error as XLSXWriterError where error.kind == .nonFiniteNumber {
///     print(error.sheet ?? "", error.cell ?? "")   // "汇总" "C5"
/// }
/// ```
public struct XLSXWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. A string-backed struct rather than an enum, so kinds can be added without breaking
    /// callers that switch over the known ones.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        // Lifecycle and output.
        /// The workbook was already closed (or its close failed); nothing more can be written to it.
        public static let workbookClosed = Kind(rawValue: "workbook-closed")
        /// The destination exists and overwriting was not allowed.
        public static let destinationExists = Kind(rawValue: "destination-exists")
        /// The destination cannot be written: its folder is missing or it names a folder.
        public static let destinationUnusable = Kind(rawValue: "destination-unusable")
        /// Moving the finished file into place (or cleaning up) failed; the system's reason is in the detail.
        public static let fileSystem = Kind(rawValue: "file-system")

        // Sheets and names.
        /// A sheet name breaks Excel's rules: empty, over 31 characters, one of `[ ] : * ? / \`, an apostrophe
        /// at either end, a control character, or the reserved name `History`.
        public static let invalidSheetName = Kind(rawValue: "invalid-sheet-name")
        /// A sheet with this name (compared ignoring case, as Excel does) already exists.
        public static let duplicateSheetName = Kind(rawValue: "duplicate-sheet-name")
        /// A sheet named by a chart series or a defined name's scope does not exist.
        public static let sheetNotFound = Kind(rawValue: "sheet-not-found")
        /// A defined name breaks Excel's rules (it looks like a cell reference, holds a space, is defined twice...).
        public static let invalidDefinedName = Kind(rawValue: "invalid-defined-name")

        // Cells and values.
        /// A row or column is negative or beyond Excel's grid (1,048,576 rows × 16,384 columns).
        public static let cellOutOfRange = Kind(rawValue: "cell-out-of-range")
        /// In constant-memory mode rows are written in order: this row was already written out.
        public static let rowAlreadyWritten = Kind(rawValue: "row-already-written")
        /// NaN or an infinity: Excel cannot store it.
        public static let nonFiniteNumber = Kind(rawValue: "non-finite-number")
        /// Text is longer than Excel allows in that place (32,767 characters in a cell, 255 in a tooltip...).
        public static let textTooLong = Kind(rawValue: "text-too-long")
        /// Text holds a character XML cannot carry there (NUL, a control character, U+FFFE, U+FFFF).
        public static let forbiddenCharacter = Kind(rawValue: "forbidden-character")
        /// A formula is empty, over 8,192 characters, has unbalanced parentheses or quotes, or uses full-width
        /// punctuation outside quotes.
        public static let invalidFormula = Kind(rawValue: "invalid-formula")

        // Styles.
        /// A number format code is over the 127 UTF-8 bytes libxlsxwriter keeps (it would cut it mid-character).
        public static let numberFormatTooLong = Kind(rawValue: "number-format-too-long")
        /// A font name is over Excel's 31 characters (or libxlsxwriter's 127 bytes).
        public static let fontNameTooLong = Kind(rawValue: "font-name-too-long")
        /// Another style value is outside what Excel accepts (font size 1–409, indent 0–15, empty texts).
        public static let invalidStyle = Kind(rawValue: "invalid-style")
        /// More distinct cell styles than Excel's 64,000.
        public static let tooManyStyles = Kind(rawValue: "too-many-styles")

        // Sheet features.
        /// A merge covers one cell only.
        public static let invalidMerge = Kind(rawValue: "invalid-merge")
        /// A merge overlaps one made before on the same sheet.
        public static let overlappingMerge = Kind(rawValue: "overlapping-merge")
        /// A column width, row height, margin, scale or size is negative, not finite or over Excel's limit.
        public static let invalidDimension = Kind(rawValue: "invalid-dimension")
        /// A validation list joins to more than 255 UTF-8 bytes (libxlsxwriter 1.1.4 aborts the process on it).
        public static let validationListTooLong = Kind(rawValue: "validation-list-too-long")
        /// Another data-validation input is unusable (an empty list, an item with a comma or quote, min > max).
        public static let invalidValidation = Kind(rawValue: "invalid-validation")
        /// A hyperlink has an unsupported scheme, is empty, or is longer than Excel's 2,079 characters.
        public static let invalidHyperlink = Kind(rawValue: "invalid-hyperlink")
        /// More than Excel's 65,530 hyperlinks on one sheet.
        public static let tooManyHyperlinks = Kind(rawValue: "too-many-hyperlinks")
        /// A chart has no series, too many series, an empty range, or a title starting with `=`.
        public static let invalidChart = Kind(rawValue: "invalid-chart")
        /// A picture's bytes are not a PNG, JPEG, GIF or BMP with a size, or its offset, scale or size is unusable.
        public static let invalidPicture = Kind(rawValue: "invalid-picture")
        /// A conditional format's rule is unusable (a rank outside 1–1000, a text with a double quote, too many
        /// ranges, an empty formula).
        public static let invalidConditionalFormat = Kind(rawValue: "invalid-conditional-format")

        // libxlsxwriter's own failures (see XLSXWriterError+Library.swift).
        /// libxlsxwriter could not allocate memory.
        public static let outOfMemory = Kind(rawValue: "out-of-memory")
        /// libxlsxwriter could not create the output file.
        public static let outputFile = Kind(rawValue: "output-file")
        /// libxlsxwriter could not create or read one of its temporary files.
        public static let temporaryFile = Kind(rawValue: "temporary-file")
        /// The zip container could not be written.
        public static let zip = Kind(rawValue: "zip")
        /// libxlsxwriter refused an argument the guards did not anticipate.
        public static let invalidArgument = Kind(rawValue: "invalid-argument")
        /// libxlsxwriter does not support the request in this configuration.
        public static let unsupported = Kind(rawValue: "unsupported")
        /// libxlsxwriter reported an internal inconsistency.
        public static let internalError = Kind(rawValue: "internal-error")

        /// Every kind this version knows, for exhaustive message tables and their tests.
        public static let allKnown: [Kind] = [
            .workbookClosed, .destinationExists, .destinationUnusable, .fileSystem,
            .invalidSheetName, .duplicateSheetName, .sheetNotFound, .invalidDefinedName,
            .cellOutOfRange, .rowAlreadyWritten, .nonFiniteNumber, .textTooLong, .forbiddenCharacter, .invalidFormula,
            .numberFormatTooLong, .fontNameTooLong, .invalidStyle, .tooManyStyles,
            .invalidMerge, .overlappingMerge, .invalidDimension, .validationListTooLong, .invalidValidation,
            .invalidHyperlink, .tooManyHyperlinks, .invalidChart, .invalidPicture, .invalidConditionalFormat,
            .outOfMemory, .outputFile, .temporaryFile, .zip, .invalidArgument, .unsupported, .internalError,
        ]
    }

    /// What went wrong.
    public var kind: Kind
    /// The sheet's name, when the error belongs to one sheet.
    public var sheet: String?
    /// The cell or range (A1 style, `C5` or `A1:F1`), when the error belongs to one.
    public var cell: String?
    /// Technical detail, not translated: the offending value, the limit, libxlsxwriter's or the system's words.
    public var detail: String?
    /// libxlsxwriter's `lxw_error` code, when the library reported the failure.
    public var libraryCode: Int?
    /// The system's `errno` when a file could not be made, written or moved (`ENOSPC`, `EACCES`, `EROFS`,
    /// `ENOENT`...), for the program to word the real reason.
    public var systemCode: Int32?

    public init(_ kind: Kind, sheet: String? = nil, cell: String? = nil, detail: String? = nil,
                libraryCode: Int? = nil, systemCode: Int32? = nil) {
        self.kind = kind
        self.sheet = sheet
        self.cell = cell
        self.detail = detail
        self.libraryCode = libraryCode
        self.systemCode = systemCode
    }

    public var description: String {
        var text = kind.rawValue
        if let sheet { text += " sheet=\(sheet)" }
        if let cell { text += " cell=\(cell)" }
        if let libraryCode { text += " lxw_error=\(libraryCode)" }
        if let systemCode { text += " errno=\(systemCode)" }
        if let detail { text += " (\(detail))" }
        return text
    }

    /// The same error placed on a sheet and cell, keeping any place it already names.
    func located(sheet: String?, cell: String?) -> XLSXWriterError {
        var copy = self
        if copy.sheet == nil { copy.sheet = sheet }
        if copy.cell == nil { copy.cell = cell }
        return copy
    }

    /// Runs `body`, placing any error it throws on `sheet` and `cell` (unless it already names a place).
    /// The place is worked out only on failure: naming a cell (`C5`) for every write cost more than most writes.
    static func locating<T>(sheet: @autoclosure () -> String?, cell: @autoclosure () -> String?,
                            _ body: () throws(XLSXWriterError) -> T) throws(XLSXWriterError) -> T {
        do throws(XLSXWriterError) {
            return try body()
        } catch {
            throw error.located(sheet: sheet(), cell: cell())
        }
    }
}
