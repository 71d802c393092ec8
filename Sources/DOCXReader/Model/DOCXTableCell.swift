/// Where a paragraph read from a table cell stands: the table's nesting depth, the row and the column.
///
/// ```swift
/// if let cell = paragraph.cell, cell.depth == 1 { print("row \(cell.row + 1), column \(cell.column + 1)") }
/// ```
public struct DOCXTableCell: Sendable, Hashable {
    /// 1 for a table in the body, 2 for a table inside a cell of another, and so on.
    public var depth: Int
    /// The 0-based row (`w:tr`) in its table.
    public var row: Int
    /// The 0-based cell (`w:tc`) in its row; a cell spanning columns counts once.
    public var column: Int

    public init(depth: Int, row: Int, column: Int) {
        self.depth = depth
        self.row = row
        self.column = column
    }
}
