import Foundation

/// The figures of the 部门资金情况 block that its others determine (form-model.md §3, domain.md §2), worked out in
/// this one place for the rules that check them, the corrector that writes them and the reader that tells a
/// bare 97.8 from 0.978. Unrounded: each user rounds to the precision it shows.
///
/// ```swift
/// let derived = DerivedFigures(form.funds)   // Huangpu: 1505.02, 1859.01, 1472.46
/// derived.adjustment                        // -353.99
/// derived.completionRate                    // 0.97836…
/// derived.adjustmentRate                    // -0.19042…
/// ```
public struct DerivedFigures: Sendable {
    public let annualBudget: Decimal?
    public let initialBudget: Decimal?
    public let actual: Decimal?

    public init(_ funds: Funds) {
        self.init(annualBudget: funds.annualBudget?.value, initialBudget: funds.initialBudget?.value,
                  actual: funds.actual?.value)
    }

    public init(annualBudget: Decimal?, initialBudget: Decimal?, actual: Decimal?) {
        self.annualBudget = annualBudget
        self.initialBudget = initialBudget
        self.actual = actual
    }

    /// How a derived figure is made from others: the one definition behind the figures worked out here and the
    /// live formulas of a corrected table (``definition(of:)``).
    public enum Definition: Sendable, Equatable {
        /// The first figure divided by the second; none when the second is zero.
        case ratio(FieldKey, over: FieldKey)
        /// The first figure less the second.
        case difference(FieldKey, minus: FieldKey)
    }

    /// How the figure under `key` is made: 预算完成率 = 实际支出数 ÷ 年度预算数; 年度调整额 = 年度预算数 − 年初预算数;
    /// 预算调整率 = 年度调整额 ÷ 年初预算数 (the computed adjustment, never a stated one that may lack its sign).
    /// Nil for a figure that is stated, not derived.
    ///
    /// ```swift
    /// DerivedFigures.definition(of: .completionRate)   // .ratio(.actual, over: .annualBudget)
    /// ```
    public static func definition(of key: FieldKey) -> Definition? {
        switch key {
        case .completionRate: .ratio(.actual, over: .annualBudget)
        case .adjustment: .difference(.annualBudget, minus: .initialBudget)
        case .adjustmentRate: .ratio(.adjustment, over: .initialBudget)
        default: nil
        }
    }

    // Worked out where asked, not at once: a rule needs one figure, and a decimal division costs more than the
    // rule's other work.

    /// 预算完成率; nil when an input is missing or the budget is zero.
    public var completionRate: Decimal? { value(of: .completionRate) }

    /// 年度调整额, signed; nil when an input is missing.
    public var adjustment: Decimal? { value(of: .adjustment) }

    /// 预算调整率, signed; nil when an input is missing or 年初预算数 is zero.
    public var adjustmentRate: Decimal? { value(of: .adjustmentRate) }

    /// A stated input, or a derived figure worked out by its definition.
    private func value(of key: FieldKey) -> Decimal? {
        switch key {
        case .annualBudget: return annualBudget
        case .initialBudget: return initialBudget
        case .actual: return actual
        default:
            switch Self.definition(of: key) {
            case .ratio(let numerator, let denominator)?:
                guard let top = value(of: numerator), let bottom = value(of: denominator), !bottom.isZero else { return nil }
                return top / bottom
            case .difference(let first, let second)?:
                guard let left = value(of: first), let right = value(of: second) else { return nil }
                return DecimalMath.difference(left, right)
            case nil:
                return nil
            }
        }
    }
}
