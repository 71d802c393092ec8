import XLSXReader

/// Where a field of the form was read, or where its value belongs when the cell is blank.
///
/// Findings name these cells; `fix` and `fill` write into them.
///
/// ```swift
/// let source = form.sources[.annualBudget]
/// source?.cell?.description   // "C5"
/// source?.typedAsText         // false
/// ```
public struct FieldSource: Sendable, Hashable {
    /// The sheet the field is on.
    public var sheet: String
    /// The value cell (the top-left cell of a merged range), or the blank cell where the value belongs.
    public var cell: CellReference?
    /// The label cell the field was found by, where there is one.
    public var label: CellReference?
    /// Whether a number was typed as text (`"1,505.02"`, `"97.8%"`) and read as a number.
    public var typedAsText: Bool
    /// The cell's text as typed, when it was text.
    public var text: String?
    /// Whether the cell says "not applicable" (`--`, `基数为0`) rather than a figure.
    public var notApplicable: Bool
    /// The field whose text the value was taken out of, when the field has no cell of its own: `.title` for a
    /// department named only in the title line (``cell`` is then the title's cell).
    public var takenFrom: FieldKey?
    /// Whether the field is a figure of a funds grid that lists its parts (财政拨款, 其他资金) and no total row:
    /// ``cell`` is then nil and ``label`` the column's header.
    public var withoutTotalRow: Bool

    public init(sheet: String, cell: CellReference?, label: CellReference? = nil, typedAsText: Bool = false,
                text: String? = nil, notApplicable: Bool = false, takenFrom: FieldKey? = nil, withoutTotalRow: Bool = false) {
        self.sheet = sheet
        self.cell = cell
        self.label = label
        self.typedAsText = typedAsText
        self.text = text
        self.notApplicable = notApplicable
        self.takenFrom = takenFrom
        self.withoutTotalRow = withoutTotalRow
    }
}
