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
    /// 预算完成率 = 实际支出数 ÷ 年度预算数; nil when either is missing or the budget is zero.
    public let completionRate: Decimal?
    /// 年度调整额 = 年度预算数 − 年初预算数; nil when either is missing.
    public let adjustment: Decimal?
    /// 预算调整率 = 年度调整额 ÷ 年初预算数 (from the computed adjustment, never a stated one that may lack its
    /// sign); nil when either is missing or 年初预算数 is zero.
    public let adjustmentRate: Decimal?

    public init(_ funds: Funds) {
        self.init(annualBudget: funds.annualBudget?.value, initialBudget: funds.initialBudget?.value,
                  actual: funds.actual?.value)
    }

    public init(annualBudget: Decimal?, initialBudget: Decimal?, actual: Decimal?) {
        if let actual, let annualBudget, !annualBudget.isZero {
            completionRate = actual / annualBudget
        } else {
            completionRate = nil
        }
        if let annualBudget, let initialBudget {
            let adjustment = DecimalMath.difference(annualBudget, initialBudget)
            self.adjustment = adjustment
            adjustmentRate = initialBudget.isZero ? nil : adjustment / initialBudget
        } else {
            adjustment = nil
            adjustmentRate = nil
        }
    }
}
