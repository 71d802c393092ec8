/// How a cell looks: font, fill, borders, alignment and number format.
///
/// A plain value: equal styles are one format in the file, because the workbook keeps one libxlsxwriter format
/// per distinct `CellStyle` (see ``WorkbookWriter``). Unset properties keep Excel's defaults (Calibri 11,
/// no fill, no border, General).
///
/// Checked when first used in a workbook, with an error rather than a silent change:
/// - `numberFormat` over 127 UTF-8 bytes is refused (`.numberFormatTooLong`): libxlsxwriter 1.1.4 would cut it,
///   even inside a character, and corrupt the file; a cut code would also be a different format.
/// - `fontName` over 31 characters is refused (`.fontNameTooLong`), which also keeps it under the library's
///   127 bytes; an empty name or format code, a font size outside 1–409 points or an indent outside 0–15 is
///   `.invalidStyle`; control characters are `.forbiddenCharacter`.
///
/// ```swift
/// let amount = CellStyle(fontName: "宋体", fontSize: 11, borders: .all(.thin),
///                        horizontalAlignment: .right, numberFormat: "#,##0.00")
/// var title = CellStyle(fontName: "宋体", fontSize: 16, bold: true, horizontalAlignment: .center)
/// title.fillColor = .lightGray
/// ```
public struct CellStyle: Hashable, Sendable {
    public var fontName: String?
    /// Points, 1–409.
    public var fontSize: Double?
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    public var fontColor: RGBColor?
    /// A solid fill.
    public var fillColor: RGBColor?
    public var borders: Borders
    public var horizontalAlignment: HorizontalAlignment
    public var verticalAlignment: VerticalAlignment
    public var wrapsText: Bool
    public var shrinksToFit: Bool
    /// An Excel number format code such as `0.00`, `0.0%`, `#,##0.00` or `yyyy"年"m"月"d"日"`; nil for General.
    public var numberFormat: String?
    /// Indent level, 0–15.
    public var indent: Int

    public init(fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
                underline: Bool = false, fontColor: RGBColor? = nil, fillColor: RGBColor? = nil,
                borders: Borders = Borders(), horizontalAlignment: HorizontalAlignment = .general,
                verticalAlignment: VerticalAlignment = .bottom, wrapsText: Bool = false, shrinksToFit: Bool = false,
                numberFormat: String? = nil, indent: Int = 0) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.borders = borders
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapsText = wrapsText
        self.shrinksToFit = shrinksToFit
        self.numberFormat = numberFormat
        self.indent = indent
    }

    /// The four borders of a cell; nil sides have none.
    ///
    /// ```swift
    /// CellStyle.Borders.all(.thin)
    /// CellStyle.Borders(bottom: CellStyle.Border(.double, color: .red))
    /// ```
    public struct Borders: Hashable, Sendable {
        public var top: Border?
        public var bottom: Border?
        public var left: Border?
        public var right: Border?

        public init(top: Border? = nil, bottom: Border? = nil, left: Border? = nil, right: Border? = nil) {
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
        }

        /// The same line on all four sides.
        public static func all(_ line: LineStyle, color: RGBColor? = nil) -> Borders {
            let border = Border(line, color: color)
            return Borders(top: border, bottom: border, left: border, right: border)
        }
    }

    /// One side's border: a line style and an optional colour (black when nil).
    public struct Border: Hashable, Sendable {
        public var line: LineStyle
        public var color: RGBColor?

        public init(_ line: LineStyle, color: RGBColor? = nil) {
            self.line = line
            self.color = color
        }
    }

    /// Excel's border line styles.
    public enum LineStyle: Hashable, Sendable, CaseIterable {
        case thin, medium, thick, dashed, dotted, double, hair
        case mediumDashed, dashDot, mediumDashDot, dashDotDot, mediumDashDotDot, slantDashDot
    }

    public enum HorizontalAlignment: Hashable, Sendable, CaseIterable {
        /// Excel's default: text left, numbers right.
        case general
        case left, center, right, fill, justify, centerAcrossSelection, distributed
    }

    public enum VerticalAlignment: Hashable, Sendable, CaseIterable {
        /// Excel's default.
        case bottom
        case top, center, justify, distributed
    }
}
