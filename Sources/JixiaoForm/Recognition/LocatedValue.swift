import XLSXReader

/// Where a label's value is: the value cell, or the blank cell where it belongs.
struct LocatedValue {
    /// The value cell, or the blank cell where the value belongs; nil when the label has no place for one.
    var cell: CellReference?
    /// The value cell, when it is not blank: its anchor, whose text was cleaned once when the sheet was read.
    var value: LabelAnchor?
    /// A value written in the label's own cell after a colon.
    var inlineText: String?

    var hasValue: Bool { value != nil || inlineText != nil }

    static let nowhere = LocatedValue(cell: nil, value: nil, inlineText: nil)
}
