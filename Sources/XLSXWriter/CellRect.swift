/// A rectangle of cells given by 0-based rows and columns, for merges, autofilters, print areas, validations
/// and chart data.
///
/// Rows and columns count from 0 as in libxlsxwriter (`row: 4, column: 2` is `C5`). The corners are put in
/// order, so `CellRect("C5:A1")` is `A1:C5`. Bounds are checked when the rectangle is used, not here.
///
/// ```swift
/// let title = CellRect(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 5)
/// title.description          // "A1:F1"
/// CellRect("B3:D10")?.rowCount   // 8
/// CellRect(row: 4, column: 2).description   // "C5"
/// ```
public struct CellRect: Hashable, Sendable, CustomStringConvertible {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = min(firstRow, lastRow)
        self.lastRow = max(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    /// A single cell.
    public init(row: Int, column: Int) {
        self.init(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
    }

    /// Parses `A1:F1`, `$A$1:$F$1` or a single cell `C5`. Nil for anything else or beyond Excel's grid.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let first = CellName.parse(parts[0]), let last = CellName.parse(parts[parts.count - 1]) else { return nil }
        self.init(firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column)
    }

    public var rowCount: Int { lastRow - firstRow + 1 }
    public var columnCount: Int { lastColumn - firstColumn + 1 }
    public var isSingleCell: Bool { firstRow == lastRow && firstColumn == lastColumn }

    /// Whether the two rectangles share at least one cell.
    public func overlaps(_ other: CellRect) -> Bool {
        firstRow <= other.lastRow && other.firstRow <= lastRow
            && firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
    }

    /// `A1:F1`, or `C5` for a single cell.
    public var description: String {
        let first = CellName.reference(row: firstRow, column: firstColumn)
        return isSingleCell ? first : first + ":" + CellName.reference(row: lastRow, column: lastColumn)
    }
}
