/// Everything a cell's style says about how it looks: number format, font, fill, border, alignment and
/// protection, as the cell shows them (see ``Workbook/cellFormats`` for how a cell style's parent fills in).
///
/// ```swift
/// let workbook = try Workbook(contentsOf: url)
/// let cell = workbook.sheets[0].cells[0]
/// let format = workbook.format(of: cell)
/// format.font.bold                  // true
/// format.border.bottom.style        // .thin
/// format.alignment.horizontal       // .center
/// ```
public struct CellFormat: Hashable, Sendable {
    public var numberFormat: NumberFormat
    public var font: Font
    public var fill: Fill
    public var border: Border
    public var alignment: Alignment
    public var protection: Protection
    /// `quotePrefix="1"`: the value was typed with a leading apostrophe (text kept as text).
    public var quotePrefix: Bool
    /// The index of the named cell style (`cellStyleXfs`) this format is based on (`xfId`).
    public var styleIndex: Int

    public init(numberFormat: NumberFormat = .general, font: Font = Font(), fill: Fill = .none,
                border: Border = .none, alignment: Alignment = .standard, protection: Protection = .standard,
                quotePrefix: Bool = false, styleIndex: Int = 0) {
        self.numberFormat = numberFormat
        self.font = font
        self.fill = fill
        self.border = border
        self.alignment = alignment
        self.protection = protection
        self.quotePrefix = quotePrefix
        self.styleIndex = styleIndex
    }

    /// What a cell shows in a workbook without a styles part: General, Calibri 11 in the theme's text colour
    /// (black), no fill or border (as Excel and openpyxl take it).
    public static let standard: CellFormat = {
        var font = Font(name: "Calibri", size: 11, color: Color(source: .theme(1), argb: 0xFF00_0000))
        font.family = 2
        font.scheme = "minor"
        return CellFormat(font: font)
    }()
}
