/// A stretch of text with one look, inside a paragraph, heading or list item.
///
/// A line feed (or carriage return, or both) in the text becomes a line break and a tab a tab stop, in Word
/// as in the text. Characters XML 1.0 cannot carry (NUL and the other C0 control characters except tab, line
/// feed and carriage return; U+FFFE, U+FFFF) are dropped when written, not refused: the text usually comes
/// from a form someone else filled, and a notice is more use with an invisible character missing than not at
/// all. Every other character, emoji included, is kept, and `< > & " '` are escaped.
///
/// ```swift
/// let runs: [Run] = [Run("强制", bold: true, colour: .red), Run("：请更正 C7。")]
/// let plain: Run = "提示"   // a string literal is a plain run
/// ```
public struct Run: Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// The text colour; nil for the style's (automatic, black).
    public var colour: Colour?
    /// The size in points, in half points from 1 to 1638 (Word's range); nil for the style's (12 pt in the
    /// Normal style). Another size makes ``DocumentWriter`` throw `.invalidFontSize`.
    public var size: Double?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, colour: Colour? = nil, size: Double? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.colour = colour
        self.size = size
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }
}
