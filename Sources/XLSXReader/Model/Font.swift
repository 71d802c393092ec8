/// The font of a cell format (`<font>` in `xl/styles.xml`).
///
/// A property the file leaves out has Excel's meaning for its absence (not bold, no underline); ``name`` and
/// ``size`` are nil when not given.
///
/// ```swift
/// let font = workbook.format(of: cell).font
/// font.name        // "宋体"
/// font.size        // 11
/// font.bold        // true
/// font.color?.hexARGB   // "FF000000"
/// ```
public struct Font: Hashable, Sendable {
    /// `<name val="…">`.
    public var name: String?
    /// Points (`<sz val="11">`).
    public var size: Double?
    public var bold = false
    public var italic = false
    public var underline = Underline.none
    /// Struck through (`<strike/>`).
    public var strike = false
    public var color: Color?
    /// Superscript or subscript (`<vertAlign val="superscript">`); nil for the baseline.
    public var verticalAlign: String?
    /// `<family val="2">`: the font family class (1 roman, 2 swiss, 3 modern, …).
    public var family: Int?
    /// `<charset val="134">`: the character set (134 GB2312).
    public var charset: Int?
    /// `<scheme val="minor">`: the theme font this one follows (`major`, `minor`), nil for none.
    public var scheme: String?
    public var outline = false
    public var shadow = false
    public var condense = false
    public var extend = false

    public init(name: String? = nil, size: Double? = nil, bold: Bool = false, italic: Bool = false,
                underline: Underline = .none, strike: Bool = false, color: Color? = nil) {
        self.name = name
        self.size = size
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.strike = strike
        self.color = color
    }
}
