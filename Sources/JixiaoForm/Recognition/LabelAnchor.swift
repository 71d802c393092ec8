import XLSXReader

/// A non-empty cell that shows on the sheet (a merged range's top-left cell, or an unmerged cell), with what
/// its text means as a label.
///
/// A class: every lookup and table row hands anchors around, and copying one reference is cheaper than
/// copying a cell, several strings and arrays. It never changes once read.
final class LabelAnchor: Sendable {
    /// The cell as stored.
    let cell: Cell
    /// The merged range it heads, or the cell alone.
    let range: CellRange
    /// The text after normalisation (empty for numbers and for texts too long to be a label).
    let normalised: String
    /// The roles the whole text plays as a label, with their identity numbers.
    let meaning: LabelMeaning
    /// A `label：value` cell: the roles of the part before the colon and the text after it.
    let inline: InlineLabel?
    /// A text cell's text in ``TextForm/compact(_:)`` form, markup stripped (empty for other cells): worked
    /// out once here for the checks that look at every cell of a row.
    let compactText: String
    /// Whether ``compactText`` is plain (``PlainText``): compared by bytes.
    let compactTextIsPlain: Bool
    /// Whether ``normalised`` is a total-row label (合计) or only a money unit (万元).
    let isTotalLabel: Bool
    let isUnitText: Bool

    init(cell: Cell, range: CellRange, normalised: String = "", meaning: LabelMeaning = .none, inline: InlineLabel? = nil,
         compactText: String = "", compactTextIsPlain: Bool = true, isTotalLabel: Bool, isUnitText: Bool = false) {
        self.cell = cell
        self.range = range
        self.normalised = normalised
        self.meaning = meaning
        self.inline = inline
        self.compactText = compactText
        self.compactTextIsPlain = compactTextIsPlain
        self.isTotalLabel = isTotalLabel
        self.isUnitText = isUnitText
    }

    /// The roles the whole text plays as a label.
    var roles: [LabelRole] { meaning.roles }
    var reference: CellReference { cell.reference }
    var isLabel: Bool { !meaning.roles.isEmpty }
}

/// The label part of a `label：value` cell (`部门名称：广州市番禺区总工会`): the field or grade roles of the
/// text before the colon, and the text after it.
struct InlineLabel: Sendable {
    var roles: [LabelRole]
    var identities: [Int]
    var value: String
}
