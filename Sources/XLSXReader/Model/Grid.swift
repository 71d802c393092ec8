/// Random access to a sheet's cells by position, with merged ranges resolved.
///
/// The reader hands cells out in file order; a grid answers "what is at C8" and "which merged range holds
/// D12" in constant time, which is what anything that finds fields by their labels needs.
///
/// ```swift
/// let grid = sheet.grid
/// grid[CellReference("C5")!]?.value          // .number("1505.02")
/// grid.mergedRange(containing: CellReference("B4")!)?.description   // "A4:B4"
/// grid.value(at: CellReference("D4")!)        // the merged range's top-left value
/// ```
public struct Grid: Sendable {
    public let sheet: Sheet
    private let cellIndex: PositionMap
    private let mergeIndex: PositionMap
    /// The last row and column holding a cell (0-based), or -1 for an empty sheet.
    public let lastRow: Int
    public let lastColumn: Int
    /// Merged ranges of more cells than this (a whole-column merge) are not resolved.
    public static let largestIndexedMerge = 1 << 16

    public init(_ sheet: Sheet) {
        self.sheet = sheet
        var lastRow = -1, lastColumn = -1
        for cell in sheet.cells {
            lastRow = max(lastRow, cell.row)
            lastColumn = max(lastColumn, cell.column)
        }
        // Ranges too large to list cell by cell (a whole-column merge) are left out of the index.
        let indexedMerges = sheet.merges.indices.filter {
            sheet.merges[$0].rowCount * sheet.merges[$0].columnCount <= Grid.largestIndexedMerge
        }
        for index in indexedMerges {
            lastRow = max(lastRow, sheet.merges[index].last.row)
            lastColumn = max(lastColumn, sheet.merges[index].last.column)
        }
        var cellIndex = PositionMap(rows: lastRow + 1, columns: lastColumn + 1, expectedEntries: sheet.cells.count)
        for (index, cell) in sheet.cells.enumerated() {
            cellIndex[cell.row, cell.column] = index
        }
        var mergeIndex = PositionMap(rows: lastRow + 1, columns: lastColumn + 1, expectedEntries:
            indexedMerges.reduce(0) { $0 + sheet.merges[$1].rowCount * sheet.merges[$1].columnCount })
        for index in indexedMerges {
            let range = sheet.merges[index]
            for row in range.first.row...range.last.row {
                for column in range.first.column...range.last.column {
                    mergeIndex[row, column] = index
                }
            }
        }
        self.cellIndex = cellIndex
        self.mergeIndex = mergeIndex
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The cell stored at exactly this position (a merged range's other cells are usually not stored).
    public subscript(_ reference: CellReference) -> Cell? {
        cellIndex[reference.row, reference.column].map { sheet.cells[$0] }
    }

    public subscript(row row: Int, column column: Int) -> Cell? {
        cellIndex[row, column].map { sheet.cells[$0] }
    }

    /// The merged range covering this position, if any.
    public func mergedRange(containing reference: CellReference) -> CellRange? {
        mergeIndex[reference.row, reference.column].map { sheet.merges[$0] }
    }

    /// The cell that shows at this position: the top-left cell of its merged range, or the cell itself.
    public func visibleCell(at reference: CellReference) -> Cell? {
        if let range = mergedRange(containing: reference) { return self[range.first] }
        return self[reference]
    }

    /// The value that shows at this position, or nil where nothing shows.
    public func value(at reference: CellReference) -> CellValue? {
        visibleCell(at: reference)?.value
    }
}
