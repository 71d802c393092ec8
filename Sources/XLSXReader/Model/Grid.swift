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
    private let cellIndex: PositionIndex
    private let mergeIndex: PositionIndex
    /// The last row and column holding a cell (0-based), or -1 for an empty sheet.
    public let lastRow: Int
    public let lastColumn: Int

    public init(_ sheet: Sheet) {
        self.sheet = sheet
        var lastRow = -1, lastColumn = -1
        for cell in sheet.cells {
            lastRow = max(lastRow, cell.row)
            lastColumn = max(lastColumn, cell.column)
        }
        // Ranges too large to list cell by cell (a whole-column merge) are left out of the index.
        let indexedMerges = sheet.merges.indices.filter { sheet.merges[$0].rowCount * sheet.merges[$0].columnCount <= 1 << 16 }
        for index in indexedMerges {
            lastRow = max(lastRow, sheet.merges[index].last.row)
            lastColumn = max(lastColumn, sheet.merges[index].last.column)
        }
        var cellIndex = PositionIndex(rows: lastRow + 1, columns: lastColumn + 1, entries: sheet.cells.count)
        for (index, cell) in sheet.cells.enumerated() {
            cellIndex.set(index, row: cell.row, column: cell.column)
        }
        var mergeIndex = PositionIndex(rows: lastRow + 1, columns: lastColumn + 1,
                                       entries: indexedMerges.reduce(0) { $0 + sheet.merges[$1].rowCount * sheet.merges[$1].columnCount })
        for index in indexedMerges {
            let range = sheet.merges[index]
            for row in range.first.row...range.last.row {
                for column in range.first.column...range.last.column {
                    mergeIndex.set(index, row: row, column: column)
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

/// Position → index into the sheet's cells (or merges). A form is a few hundred positions, looked up thousands
/// of times while labels are matched, so a dense row-major table is used whenever it is not much larger than
/// the entries it holds; a sparse sheet (a value at XFD1048576) falls back to a dictionary.
private struct PositionIndex: Sendable {
    private let columns: Int
    private let rows: Int
    /// Row-major slots holding index + 1 (0 = nothing), when dense.
    private var slots: [Int32]
    private var sparse: [CellReference: Int]
    private let isDense: Bool

    init(rows: Int, columns: Int, entries: Int) {
        self.rows = max(rows, 0)
        self.columns = max(columns, 0)
        let area = self.rows.multipliedReportingOverflow(by: self.columns)
        isDense = !area.overflow && area.partialValue <= max(4 * entries, 1 << 12)
        slots = isDense ? [Int32](repeating: 0, count: area.partialValue) : []
        sparse = [:]
        if !isDense { sparse.reserveCapacity(entries) }
    }

    mutating func set(_ index: Int, row: Int, column: Int) {
        if isDense {
            slots[row * columns + column] = Int32(truncatingIfNeeded: index + 1)
        } else {
            sparse[CellReference(row: row, column: column)] = index
        }
    }

    subscript(row: Int, column: Int) -> Int? {
        if isDense {
            guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
            let slot = slots[row * columns + column]
            return slot == 0 ? nil : Int(slot) - 1
        }
        return sparse[CellReference(row: row, column: column)]
    }
}
