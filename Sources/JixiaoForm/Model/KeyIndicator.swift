/// A row of the 年度关键指标 table: the indicator, its target and its result as written, and the figures
/// read from them (domain.md §6).
///
/// ```swift
/// let row = form.keyIndicators[0]
/// row.target        // "161场次"
/// row.targetValue   // 161
/// row.resultValue   // 159
/// row.unit          // "场次"
/// ```
public struct KeyIndicator: Sendable, Hashable {
    /// 关键指标: the indicator's name.
    public var name: String?
    /// 预期实现值, as written.
    public var target: String?
    /// 指标完成情况, as written.
    public var result: String?
    /// The figure the target carries (90 for `90%`), where it carries one.
    public var targetValue: ShownDecimal?
    /// The figure the result carries (the one after 实际 in a sentence), where it carries one.
    public var resultValue: ShownDecimal?
    /// The target's unit (`场次`, `%`), where written.
    public var targetUnit: String?
    /// The result's unit, where written.
    public var resultUnit: String?
    /// The comparison the target states (`≥`, `不超过`), if any.
    public var targetOperator: ComparisonOperator?
    /// Which way is better: the operator's, else inferred from the name.
    public var direction: IndicatorDirection

    public init(name: String? = nil, target: String? = nil, result: String? = nil, targetValue: ShownDecimal? = nil,
                resultValue: ShownDecimal? = nil, targetUnit: String? = nil, resultUnit: String? = nil,
                targetOperator: ComparisonOperator? = nil, direction: IndicatorDirection = .higher) {
        self.name = name
        self.target = target
        self.result = result
        self.targetValue = targetValue
        self.resultValue = resultValue
        self.targetUnit = targetUnit
        self.resultUnit = resultUnit
        self.targetOperator = targetOperator
        self.direction = direction
    }

    /// The row's unit as the contract reports it: the target's, else the result's.
    public var unit: String? { targetUnit ?? resultUnit }

    /// Whether target and result can be compared: both carry a figure, in the same unit.
    public var isComparable: Bool {
        targetValue != nil && resultValue != nil && targetUnit == resultUnit
    }

    /// Whether the result attains the target, respecting direction (a ≤ target is met by less) and a strict
    /// `>` / `<`; nil when the two cannot be compared. The one place attainment is decided, for the rule and the
    /// summary's counts.
    public var isMet: Bool? {
        guard isComparable, let target = targetValue, let result = resultValue else { return nil }
        let strict = targetOperator == .greaterThan || targetOperator == .lessThan
        return direction.isMet(result: result.value, target: target.value, strict: strict)
    }
}
