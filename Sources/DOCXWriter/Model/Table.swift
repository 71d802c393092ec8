/// A table: a header row (bold, shaded, repeated on each page) and rows of plain text, as wide as the text.
///
/// The table has as many columns as its longest row or its header; shorter rows (and a shorter header) are
/// filled with empty cells. An empty header means no header row. Line feeds in a cell become line breaks.
///
/// ```swift
/// let table = Table(header: ["单元格", "问题", "应改为"],
///                   rows: [["C7", "年度预算数与批复不符", "1,250.00"]],
///                   columnWidths: .percent([15, 60, 25]))
/// ```
public struct Table: Sendable, Hashable {
    /// How wide each column is. The text is 8,306 twips wide (A4, 3.17 cm margins): 14.65 cm.
    public enum ColumnWidths: Sendable, Hashable {
        /// All columns the same width, filling the text width.
        case equal
        /// Each column's share of the text width, in percent; each above 0, together at most 100.
        case percent([Double])
        /// Each column's width in twips (1/1440 inch, 1/567 cm), each above 0.
        case twips([Int])
    }

    public var header: [String]
    public var rows: [[String]]
    public var columnWidths: ColumnWidths

    public init(header: [String], rows: [[String]], columnWidths: ColumnWidths = .equal) {
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
    }

    /// The number of columns: the longest of the header and the rows.
    public var columnCount: Int {
        rows.reduce(header.count) { max($0, $1.count) }
    }
}
