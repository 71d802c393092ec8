/// The protection of a cell format (`<protection>`): what sheet protection does to the cell.
///
/// ```swift
/// workbook.format(of: cell).protection.locked   // true (Excel's default)
/// ```
public struct Protection: Hashable, Sendable {
    /// The cell cannot be edited while the sheet is protected.
    public var locked: Bool
    /// The formula is hidden while the sheet is protected.
    public var hidden: Bool

    public init(locked: Bool = true, hidden: Bool = false) {
        self.locked = locked
        self.hidden = hidden
    }

    /// Locked, not hidden: Excel's default.
    public static let standard = Protection()
}
