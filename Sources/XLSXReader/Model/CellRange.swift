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
        // Bytes, not `split`: every merged range of every sheet comes through here.
        let utf8 = text.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else {
            guard let only = CellReference.parse(utf8) else { return nil }
            self.init(first: only, last: only)
            return
        }
        let rest = utf8[utf8.index(after: colon)...]
        guard !rest.contains(UInt8(ascii: ":")),
              let first = CellReference.parse(utf8[..<colon]),
              let last = CellReference.parse(rest) else { return nil }
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
