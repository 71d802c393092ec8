import XLSXReader
import XLSXWriter

extension CellRect {
    /// The writer's rectangle for a read range.
    init(_ range: CellRange) {
        self.init(firstRow: range.first.row, firstColumn: range.first.column, lastRow: range.last.row,
                  lastColumn: range.last.column)
    }
}
