/// A cell a finding points at, for ``SheetTable``: drawn highlighted, with the finding's number.
///
/// ```swift
/// CellHighlight(sheet: "Sheet1", cell: "E6", severity: "error", finding: 0)
/// ```
struct CellHighlight: Sendable, Equatable {
    var sheet: String
    var cell: String
    var severity: String
    var finding: Int
}
