import XLSXReader

/// Where a repeating table is on the sheet: its header row, the columns its headers span, and the rows below
/// the header up to the next section.
struct TableLayout {
    /// The table's model key (`keyIndicators`, `tasks`).
    var name: String
    /// The header's first row (0-based).
    var headerTop: Int
    /// The header's last row (0-based): data starts below it.
    var headerRow: Int
    /// Each column key's header range: a data cell belongs to the column when it starts inside the span.
    var columns: [String: CellRange]
    /// The first row after the table (the next section's label row, or past the sheet's last row).
    var endRow: Int

    /// The rows between the header and the next section.
    var bodyRows: Range<Int> { (headerRow + 1)..<max(headerRow + 1, endRow) }

    /// The leftmost and rightmost columns the headers span.
    var columnSpan: ClosedRange<Int> {
        let first = columns.values.map(\.first.column).min() ?? 0
        let last = columns.values.map(\.last.column).max() ?? first
        return first...last
    }
}
