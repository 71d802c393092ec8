/// How a cell looks: font, fill, borders, alignment, protection and number format.
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
    /// Whether the text is underlined (any kind); setting it chooses ``UnderlineStyle/single`` or none.
    public var underline: Bool {
        get { underlineStyle != .none }
        set { underlineStyle = newValue ? .single : .none }
    }
    /// The kind of underline.
    public var underlineStyle: UnderlineStyle
    public var strikethrough: Bool
    /// Superscript or subscript.
    public var fontScript: FontScript
    public var fontColor: RGBColor?
    /// The font's family class (`<family val="2">`: 0 not applicable, 1 roman, 2 swiss, 3 modern…); nil for the
    /// library's 2. 0–255.
    public var fontFamily: Int?
    /// The font's character set (`<charset val="134">`, GB2312); nil to leave it out. 0–255.
    public var fontCharset: Int?
    /// The theme font the font follows (`major` or `minor`); nil for none (Calibri gets `minor` by default).
    public var fontScheme: String?
    public var fontOutline: Bool
    public var fontShadow: Bool
    public var fontCondense: Bool
    public var fontExtend: Bool
    /// A solid fill: the same as ``fillPattern`` `.solid` with ``fillForeground`` this colour; nil for no fill.
    public var fillColor: RGBColor? {
        get { fillPattern == .solid ? fillForeground : nil }
        set {
            fillPattern = newValue == nil ? .none : .solid
            fillForeground = newValue
            fillBackground = nil
        }
    }
    /// The fill's pattern; ``FillPattern/none`` for no fill.
    public var fillPattern: FillPattern
    /// The pattern's colour (the whole cell for `.solid`).
    public var fillForeground: RGBColor?
    /// The colour between the pattern's dots and lines.
    public var fillBackground: RGBColor?
    public var borders: Borders
    public var horizontalAlignment: HorizontalAlignment
    public var verticalAlignment: VerticalAlignment
    public var wrapsText: Bool
    public var shrinksToFit: Bool
    /// An Excel number format code such as `0.00`, `0.0%`, `#,##0.00` or `yyyy"年"m"月"d"日"`; nil for General.
    public var numberFormat: String?
    /// A built-in number format by Excel's id (1–163, such as 14 for a date or 31 for `yyyy"年"m"月"d"日"`),
    /// used instead of ``numberFormat``, so a copied cell keeps the id its file gave it.
    public var numberFormatID: Int?
    /// Indent level, 0–15.
    public var indent: Int
    /// Text rotation in degrees: -90…90, or 270 for text stacked top to bottom.
    public var rotation: Int
    /// 0 by context, 1 left to right, 2 right to left.
    public var readingOrder: Int
    /// The cell cannot be edited while the sheet is protected (Excel's default).
    public var locked: Bool
    /// The cell's formula is hidden while the sheet is protected.
    public var formulaHidden: Bool

    public init(fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
                underline: Bool = false, fontColor: RGBColor? = nil, fillColor: RGBColor? = nil,
                borders: Borders = Borders(), horizontalAlignment: HorizontalAlignment = .general,
                verticalAlignment: VerticalAlignment = .bottom, wrapsText: Bool = false, shrinksToFit: Bool = false,
                numberFormat: String? = nil, indent: Int = 0) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underlineStyle = underline ? .single : .none
        self.strikethrough = false
        self.fontScript = .baseline
        self.fontColor = fontColor
        self.fontOutline = false
        self.fontShadow = false
        self.fontCondense = false
        self.fontExtend = false
        self.fillPattern = fillColor == nil ? .none : .solid
        self.fillForeground = fillColor
        self.borders = borders
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapsText = wrapsText
        self.shrinksToFit = shrinksToFit
        self.numberFormat = numberFormat
        self.indent = indent
        self.rotation = 0
        self.readingOrder = 0
        self.locked = true
        self.formulaHidden = false
    }

    /// Excel's underline kinds.
    public enum UnderlineStyle: Hashable, Sendable, CaseIterable {
        case none, single, double, singleAccounting, doubleAccounting
    }

    /// Text raised or lowered.
    public enum FontScript: Hashable, Sendable, CaseIterable {
        case baseline, superscript, `subscript`
    }

    /// Excel's fill patterns (ECMA-376 §18.18.55).
    public enum FillPattern: Hashable, Sendable, CaseIterable {
        case none, solid, mediumGray, darkGray, lightGray, darkHorizontal, darkVertical, darkDown, darkUp, darkGrid,
             darkTrellis, lightHorizontal, lightVertical, lightDown, lightUp, lightGrid, lightTrellis, gray125,
             gray0625
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
        /// The line of the diagonals ``diagonalUp`` and ``diagonalDown`` draw.
        public var diagonal: Border?
        /// Bottom-left to top-right.
        public var diagonalUp: Bool
        /// Top-left to bottom-right.
        public var diagonalDown: Bool

        public init(top: Border? = nil, bottom: Border? = nil, left: Border? = nil, right: Border? = nil,
                    diagonal: Border? = nil, diagonalUp: Bool = false, diagonalDown: Bool = false) {
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
            self.diagonal = diagonal
            self.diagonalUp = diagonalUp
            self.diagonalDown = diagonalDown
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
