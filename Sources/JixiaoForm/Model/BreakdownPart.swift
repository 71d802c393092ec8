import XLSXReader

/// A 其中 row of a funds grid that the model has no key for: Sichuan's 财政专户管理资金 and 单位资金, the MOF
/// grid's 上年结转资金. It is not written to the JSON `funds` object (form-model.md §4 has no key for it), but
/// its figure in the actual-spending column takes part in `breakdown-total`, so a grid whose rows add up is not
/// reported because only some of them have a key.
///
/// ```swift
/// form.funds.unlistedParts.map(\.label)   // ["财政专户管理资金", "单位资金"]
/// form.funds.unlistedParts[0].cell        // E7
/// ```
public struct BreakdownPart: Sendable, Hashable {
    /// The row's label as written (markup stripped).
    public var label: String
    /// The figure in the actual-spending column.
    public var amount: ShownDecimal
    /// The sheet and the figure's cell.
    public var sheet: String
    public var cell: CellReference

    public init(label: String, amount: ShownDecimal, sheet: String, cell: CellReference) {
        self.label = label
        self.amount = amount
        self.sheet = sheet
        self.cell = cell
    }
}
