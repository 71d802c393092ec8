import Foundation
import XLSXReader

/// Builds a sheet in memory for recognition tests: `builder["B5"] = "年度预算数"`, numbers with a format,
/// merged ranges.
struct SheetBuilder {
    var name: String
    var state: SheetState = .visible
    private var cells: [CellReference: Cell] = [:]
    private var merges: [CellRange] = []
    /// Rows hidden on the sheet, as Excel numbers them (1 is the first).
    var hiddenRows: [Int] = []

    init(_ name: String, state: SheetState = .visible) {
        self.name = name
        self.state = state
    }

    subscript(reference: String) -> String? {
        get { cells[CellReference(reference) ?? CellReference(row: 0, column: 0)]?.value.text }
        set {
            guard let ref = CellReference(reference) else { return }
            cells[ref] = newValue.map { Cell(row: ref.row, column: ref.column, value: .text($0)) }
        }
    }

    mutating func number(_ reference: String, _ text: String, format: String? = nil) {
        guard let ref = CellReference(reference) else { return }
        cells[ref] = Cell(row: ref.row, column: ref.column, value: .number(text),
                          numberFormat: format.map { NumberFormat(id: 164, customCode: $0) } ?? .general)
    }

    mutating func merge(_ range: String) {
        if let parsed = CellRange(range) { merges.append(parsed) }
    }

    var sheet: Sheet {
        Sheet(name: name, state: state, cells: cells.values.sorted { $0.reference < $1.reference }, merges: merges,
              layout: SheetLayout(rows: hiddenRows.sorted().map { RowInfo(row: $0 - 1, hidden: true) }))
    }
}
