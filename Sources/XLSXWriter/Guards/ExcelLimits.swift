import CXlsxWriter

/// The limits the writer checks before it calls libxlsxwriter 1.1.4: Excel's own, and the library's buffers
/// that are smaller than Excel's (number formats, validation lists).
///
/// Text lengths are counted the way Excel counts characters, in UTF-16 code units, unless the name says bytes.
///
/// ```swift
/// ExcelLimits.rowCount            // 1_048_576
/// ExcelLimits.numberFormatBytes   // 127: "0.00" is fine, a 200-byte Chinese code is refused
/// ```
public enum ExcelLimits {
    /// Rows in a sheet (`LXW_ROW_MAX`); valid 0-based rows are `0..<rowCount`.
    public static let rowCount = Int(LXW_ROW_MAX)
    /// Columns in a sheet (`LXW_COL_MAX`); valid 0-based columns are `0..<columnCount`.
    public static let columnCount = Int(LXW_COL_MAX)
    /// Characters in a cell's text, a cached formula string or a comment.
    public static let cellTextLength = 32_767
    /// Characters in a formula.
    public static let formulaLength = 8_192
    /// Characters in a sheet name.
    public static let sheetNameLength = Int(LXW_SHEETNAME_MAX)
    /// Characters in a defined name.
    public static let definedNameLength = 255
    /// UTF-8 bytes libxlsxwriter keeps of a number format code (`LXW_FORMAT_FIELD_LEN` - 1); longer codes are cut,
    /// even inside a character, which corrupts the file.
    public static let numberFormatBytes = Int(LXW_FORMAT_FIELD_LEN) - 1
    /// Characters in a font name (Excel's face-name limit; well under libxlsxwriter's 127 bytes).
    public static let fontNameLength = 31
    /// Font sizes Excel accepts, in points (`LXW_MAX_FONT_SIZE`).
    public static let fontSize: ClosedRange<Double> = 1...LXW_MAX_FONT_SIZE
    /// Indent levels Excel's format dialog accepts.
    public static let indentLevel: ClosedRange<Int> = 0...15
    /// Distinct cell formats in a workbook.
    public static let cellStyleCount = 64_000
    /// UTF-8 bytes of a validation list joined with commas. libxlsxwriter 1.1.4 copies the list into a
    /// 258-byte buffer after checking only its character count, so more bytes abort the process.
    public static let validationListBytes = 255
    /// Characters in a data-validation title.
    public static let validationTitleLength = 32
    /// Characters in a data-validation message.
    public static let validationMessageLength = 255
    /// Characters in a hyperlink.
    public static let hyperlinkLength = 2_079
    /// Characters in a hyperlink's tooltip.
    public static let tooltipLength = 255
    /// Hyperlinks on one sheet (`LXW_MAX_NUMBER_URLS`).
    public static let hyperlinksPerSheet = Int(LXW_MAX_NUMBER_URLS)
    /// Column width in characters.
    public static let columnWidth: ClosedRange<Double> = 0...255
    /// Row height in points.
    public static let rowHeight: ClosedRange<Double> = 0...409
    /// Page margins in inches.
    public static let pageMargin: ClosedRange<Double> = 0...49
    /// Characters in a chart title, axis title or series name (Excel's title box limit).
    public static let chartTextLength = 255
    /// Series in one chart.
    public static let chartSeriesCount = 255
    /// The only rank of a top or bottom conditional format libxlsxwriter 1.1.4 writes: it checks the rank given
    /// (1–1000) but writes `rank="10"` whatever it is.
    public static let conditionalFormatRank = 10
    /// Characters in a comment's author (the writer's cap: Excel shows the author in one status-bar line).
    public static let commentAuthorLength = 255
}
