/// A rectangle of cells, such as a merged range `A1:F1`.
///
/// ```swift
/// let title = CellRange("A1:F1")!
/// title.contains(CellReference("C1")!)   // true
/// title.first.description                // "A1"
/// ```
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public var first: CellReference
    /// The bottom-right cell.
    public var last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:F1` or a single cell `A1`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let first = CellReference(parts[0]),
              let last = CellReference(parts[parts.count - 1]) else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ cell: CellReference) -> Bool {
        cell.row >= first.row && cell.row <= last.row && cell.column >= first.column && cell.column <= last.column
    }

    public var rowCount: Int { last.row - first.row + 1 }
    public var columnCount: Int { last.column - first.column + 1 }

    /// `A1:F1`, or `A1` for a single cell.
    public var description: String {
        first == last ? first.description : "\(first):\(last)"
    }
}
