/// One side of a cell border: its line and colour (no colour: automatic, black).
///
/// ```swift
/// let left = workbook.format(of: cell).border.left
/// left.style            // .thin
/// left.color?.hexARGB   // "FF000000"
/// ```
public struct BorderSide: Hashable, Sendable {
    public var style: BorderStyle
    public var color: Color?

    public init(style: BorderStyle = .none, color: Color? = nil) {
        self.style = style
        self.color = color
    }

    /// No line.
    public static let none = BorderSide()
}
