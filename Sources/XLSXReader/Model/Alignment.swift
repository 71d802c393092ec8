/// The alignment of a cell format (`<alignment>`).
///
/// ```swift
/// let alignment = workbook.format(of: cell).alignment
/// alignment.horizontal   // .center
/// alignment.wrapText     // true
/// ```
public struct Alignment: Hashable, Sendable {
    public var horizontal: HorizontalAlignment
    public var vertical: VerticalAlignment
    public var wrapText: Bool
    public var shrinkToFit: Bool
    /// Indent in steps of about three characters.
    public var indent: Int
    /// Degrees: 0–90 counter-clockwise, 91–180 clockwise (minus 90), 255 vertical stacked text.
    public var textRotation: Int
    /// 0 by context, 1 left-to-right, 2 right-to-left.
    public var readingOrder: Int
    public var justifyLastLine: Bool
    public var relativeIndent: Int

    public init(horizontal: HorizontalAlignment = .general, vertical: VerticalAlignment = .bottom,
                wrapText: Bool = false, shrinkToFit: Bool = false, indent: Int = 0, textRotation: Int = 0,
                readingOrder: Int = 0, justifyLastLine: Bool = false, relativeIndent: Int = 0) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrapText = wrapText
        self.shrinkToFit = shrinkToFit
        self.indent = indent
        self.textRotation = textRotation
        self.readingOrder = readingOrder
        self.justifyLastLine = justifyLastLine
        self.relativeIndent = relativeIndent
    }

    /// General, bottom, no wrap: Excel's default.
    public static let standard = Alignment()
}
