/// The 部门资金情况 block: budgets, spending, the 其中 breakdown and the two rates.
///
/// Amounts are in the sheet's unit (万元 or 元, see ``Form/unit``); rates are fractions (0.978 for 97.8%).
/// A nil is a blank cell (or one marked not applicable).
///
/// ```swift
/// form.funds.annualBudget?.text      // "1505.02"
/// form.funds.completionRate?.text    // "0.978"
/// ```
public struct Funds: Sendable, Hashable {
    /// 整体支出年度预算数: the adjusted full-year budget.
    public var annualBudget: ShownDecimal?
    /// 整体支出年初预算数: the budget approved at the start of the year.
    public var initialBudget: ShownDecimal?
    /// 实际支出数.
    public var actual: ShownDecimal?
    /// 年度调整额, signed: annual budget − initial budget.
    public var adjustment: ShownDecimal?
    /// 其中：一般公共预算.
    public var generalPublicBudget: ShownDecimal?
    /// 其中：政府性基金预算.
    public var governmentFundBudget: ShownDecimal?
    /// 其中：国有资本经营预算.
    public var stateCapitalBudget: ShownDecimal?
    /// 其中：其他资金.
    public var otherFunds: ShownDecimal?
    /// 预算完成率 = actual / annual budget, as a fraction.
    public var completionRate: ShownDecimal?
    /// 预算调整率 = adjustment / initial budget, as a fraction, signed.
    public var adjustmentRate: ShownDecimal?
    /// The 其中 rows of a funds grid that have no key (财政专户管理资金, 单位资金, 上年结转资金), in sheet order.
    /// Not part of the JSON `funds` object; `breakdown-total` adds them to the keyed 其中 amounts.
    public var unlistedParts: [BreakdownPart] = []

    public init() {}

    /// The value under a `funds.*` key (nil, and nothing stored, for another key).
    public subscript(key: FieldKey) -> ShownDecimal? {
        get { FormField.named(key)?.figure(in: self) }
        set { FormField.named(key)?.setFigure(newValue, in: &self) }
    }

    /// Every `funds.*` key, in contract order.
    public static let keys: [FieldKey] = FormField.funds.map(\.key)

    /// The keys holding rates rather than amounts.
    public static let rateKeys: Set<FieldKey> = Set(FormField.funds.filter { $0.kind == .rate }.map(\.key))
}
