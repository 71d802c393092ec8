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
    /// The cell's text read as a label, shared with every cell showing the same text (the vocabulary's
    /// ``LabelVocabulary/notALabel`` for numbers and for texts too long to be a label).
    let reading: LabelReading
    /// A `label：value` cell: the roles of the part before the colon and the text after it.
    let inline: InlineLabel?
    /// A text cell's text, markup stripped and trimmed (``TextCleaner/clean(_:)``); empty for other cells.
    let cleanedText: String

    init(cell: Cell, range: CellRange, reading: LabelReading, inline: InlineLabel? = nil, cleanedText: String = "") {
        self.cell = cell
        self.range = range
        self.reading = reading
        self.inline = inline
        self.cleanedText = cleanedText
    }

    /// The text after normalisation (empty for numbers and for texts too long to be a label).
    var normalised: String { reading.normalised }
    /// The roles the whole text plays as a label, with their identity numbers.
    var meaning: LabelMeaning { reading.meaning }
    /// Whether ``normalised`` is a total-row label (合计) or only a money unit (万元).
    var isTotalLabel: Bool { reading.isTotal }
    var isUnitText: Bool { reading.isUnit }
    /// What the text names as a funds grid's row or column label: a total, a part, or neither.
    var fundsKind: FundsGrid.RowKind { reading.fundsKind }

    /// The cell's text in compact form (``CompactText``), markup stripped (empty for other cells). Worked out
    /// where a reader asks, not for every cell: most cells, long prose above all, are never compared this way.
    var compact: CompactText { CompactText(cleanedText) }

    /// What the cell shows, as text (``FigureReader/shownText(_:)``): for a text cell, its cleaned text, already
    /// at hand.
    var shownText: String? { cell.value.isText ? cleanedText : FigureReader.shownText(cell) }

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
