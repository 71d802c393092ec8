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

    // Worked out where asked, not at once: a rule needs one figure, and a decimal division costs more than the
    // rule's other work.

    /// 预算完成率 = 实际支出数 ÷ 年度预算数; nil when either is missing or the budget is zero.
    public var completionRate: Decimal? {
        guard let actual, let annualBudget, !annualBudget.isZero else { return nil }
        return actual / annualBudget
    }

    /// 年度调整额 = 年度预算数 − 年初预算数; nil when either is missing.
    public var adjustment: Decimal? {
        guard let annualBudget, let initialBudget else { return nil }
        return DecimalMath.difference(annualBudget, initialBudget)
    }

    /// 预算调整率 = 年度调整额 ÷ 年初预算数 (from the computed adjustment, never a stated one that may lack its
    /// sign); nil when either is missing or 年初预算数 is zero.
    public var adjustmentRate: Decimal? {
        guard let adjustment, let initialBudget, !initialBudget.isZero else { return nil }
        return adjustment / initialBudget
    }
}
