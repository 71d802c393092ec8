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
    private let indexByPosition: [CellReference: Int]
    private let mergeIndexByPosition: [CellReference: Int]
    /// The last row and column holding a cell (0-based), or -1 for an empty sheet.
    public let lastRow: Int
    public let lastColumn: Int

    public init(_ sheet: Sheet) {
        self.sheet = sheet
        var positions: [CellReference: Int] = [:]
        positions.reserveCapacity(sheet.cells.count)
        var lastRow = -1, lastColumn = -1
        for (index, cell) in sheet.cells.enumerated() {
            positions[cell.reference] = index
            lastRow = max(lastRow, cell.row)
            lastColumn = max(lastColumn, cell.column)
        }
        var merged: [CellReference: Int] = [:]
        for (index, range) in sheet.merges.enumerated() where range.rowCount * range.columnCount <= 1 << 16 {
            for row in range.first.row...range.last.row {
                for column in range.first.column...range.last.column {
                    merged[CellReference(row: row, column: column)] = index
                }
            }
            lastRow = max(lastRow, range.last.row)
            lastColumn = max(lastColumn, range.last.column)
        }
        indexByPosition = positions
        mergeIndexByPosition = merged
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The cell stored at exactly this position (a merged range's other cells are usually not stored).
    public subscript(_ reference: CellReference) -> Cell? {
        indexByPosition[reference].map { sheet.cells[$0] }
    }

    public subscript(row row: Int, column column: Int) -> Cell? {
        self[CellReference(row: row, column: column)]
    }

    /// The merged range covering this position, if any.
    public func mergedRange(containing reference: CellReference) -> CellRange? {
        mergeIndexByPosition[reference].map { sheet.merges[$0] }
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
