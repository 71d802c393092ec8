import XLSXReader

/// A non-empty cell that shows on the sheet (a merged range's top-left cell, or an unmerged cell), with what
/// its text means as a label.
struct LabelAnchor {
    /// The cell as stored.
    var cell: Cell
    /// The merged range it heads, or the cell alone.
    var range: CellRange
    /// The text after normalisation (empty for numbers).
    var normalised: String
    /// The roles the whole text plays as a label.
    var roles: [LabelRole]
    /// A `label：value` cell: the roles of the part before the colon and the text after it.
    var inline: (roles: [LabelRole], value: String)?
    /// A text cell's text in ``TextForm/compact(_:)`` form, markup stripped (empty for other cells): worked
    /// out once here for the checks that look at every cell of a row.
    var compactText = ""

    var reference: CellReference { cell.reference }
    var isLabel: Bool { !roles.isEmpty }
}
