import Foundation
import XLSXReader

/// The arithmetic of the 部门资金情况 block (form-model.md §3, domain.md §2): completion rate, adjustment
/// amount and rate, the 其中 breakdown, task funds, overspending.
///
/// ```swift
/// let rule = FundsRules.AdjustmentAmount(severity: .error)
/// rule.check(form).first?.kind   // .sign for 353.99 stated against −353.99
/// ```
public enum FundsRules {
    /// `completion-rate`: completionRate = actual / annualBudget, rounded half-up to the shown precision.
    public struct CompletionRate: Rule {
        public let id = RuleID.completionRate
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            let funds = form.funds
            guard let stated = funds.completionRate, let actual = funds.actual, let budget = funds.annualBudget,
                  let computed = DerivedFigures(funds).completionRate else { return [] }
            guard !Tolerance.rateMatches(stated: stated, computed: computed) else { return [] }
            let expected = ShownDecimal(computed, places: stated.places)
            return [Finding(rule: id, severity: defaultSeverity, field: .completionRate,
                            sheet: form.sources[.completionRate]?.sheet ?? form.sheet,
                            cell: form.sources[.completionRate]?.cell, stated: .number(stated), expected: .number(expected),
                            arguments: ["actual": MessageNumber.amount(actual), "annualBudget": MessageNumber.amount(budget),
                                        "computed": MessageNumber.computedRate(computed, shownPlaces: stated.places),
                                        "expected": MessageNumber.rate(expected), "stated": MessageNumber.rate(stated)])]
        }
    }

    /// `adjustment-amount`: adjustment = annualBudget − initialBudget. A figure whose only fault is its sign
    /// is a warning of kind `sign` (domain.md §2.2): the corrected table writes the signed value.
    public struct AdjustmentAmount: Rule {
        public let id = RuleID.adjustmentAmount
        public let defaultSeverity: Severity
        /// The severity of a sign-only difference.
        public let signSeverity: Severity
        public init(severity: Severity, signSeverity: Severity = .warning) {
            defaultSeverity = severity
            self.signSeverity = signSeverity
        }

        public func check(_ form: Form) -> [Finding] {
            let funds = form.funds
            guard let stated = funds.adjustment, let annual = funds.annualBudget, let initial = funds.initialBudget,
                  let adjustment = DerivedFigures(funds).adjustment else { return [] }
            let parts = [annual, initial]
            let computed = ShownDecimal(adjustment, places: MessageNumber.places(parts))
            guard !Tolerance.amountMatches(stated: stated, computed: computed.value, parts: parts) else { return [] }
            let signOnly = !computed.value.isZero && !stated.value.isZero
                && Tolerance.amountMatches(stated: stated.negated, computed: computed.value, parts: parts)
            return [Finding(rule: id, severity: signOnly ? signSeverity : defaultSeverity, field: .adjustment,
                            sheet: form.sources[.adjustment]?.sheet ?? form.sheet, cell: form.sources[.adjustment]?.cell,
                            stated: .number(stated), expected: .number(computed), kind: signOnly ? .sign : nil,
                            messageKey: signOnly ? "\(id.rawValue).sign" : nil,
                            arguments: ["annualBudget": MessageNumber.amount(annual),
                                        "initialBudget": MessageNumber.amount(initial),
                                        "expected": MessageNumber.amount(computed), "stated": MessageNumber.amount(stated)])]
        }
    }

    /// `adjustment-rate`: adjustmentRate = (annualBudget − initialBudget) / initialBudget, from the computed
    /// adjustment (not the stated one, which may lack its sign).
    public struct AdjustmentRate: Rule {
        public let id = RuleID.adjustmentRate
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            let funds = form.funds
            let derived = DerivedFigures(funds)
            guard let stated = funds.adjustmentRate, let annual = funds.annualBudget, let initial = funds.initialBudget,
                  let adjustment = derived.adjustment, let computed = derived.adjustmentRate else { return [] }
            guard !Tolerance.rateMatches(stated: stated, computed: computed) else { return [] }
            let expected = ShownDecimal(computed, places: stated.places)
            let signOnly = !computed.isZero && Tolerance.rateMatches(stated: stated.negated, computed: computed)
            return [Finding(rule: id, severity: defaultSeverity, field: .adjustmentRate,
                            sheet: form.sources[.adjustmentRate]?.sheet ?? form.sheet,
                            cell: form.sources[.adjustmentRate]?.cell, stated: .number(stated), expected: .number(expected),
                            messageKey: signOnly ? "\(id.rawValue).sign" : nil,
                            arguments: ["annualBudget": MessageNumber.amount(annual),
                                        "initialBudget": MessageNumber.amount(initial),
                                        "adjustment": MessageNumber.amount(adjustment, places: max(annual.places, initial.places)),
                                        "computed": MessageNumber.computedRate(computed, shownPlaces: stated.places),
                                        "expected": MessageNumber.rate(expected), "stated": MessageNumber.rate(stated)])]
        }
    }

    /// `breakdown-total`: the 其中 amounts that are given add up to actual spending, within the parts'
    /// rounding.
    ///
    /// A funds grid's 其中 rows without a key (``Funds/unlistedParts``: 财政专户管理资金, 单位资金) take part too:
    /// a finance officer adds every 其中 row of the grid, not only those the model names. The parts are then
    /// listed in sheet order and the message names the unlisted rows and their cells.
    public struct BreakdownTotal: Rule {
        public let id = RuleID.breakdownTotal
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            let unlisted = form.funds.unlistedParts
            let keyed = FieldKey.breakdown.compactMap { key in
                form.funds[key].map { (cell: form.sources[key]?.cell, amount: $0) }
            }
            // Sheet order, so the sum reads as the grid does.
            func position(_ cell: CellReference?) -> (Int, Int) { cell.map { ($0.row, $0.column) } ?? (Int.max, Int.max) }
            let listed = unlisted.isEmpty ? keyed
                : (keyed + unlisted.map { (cell: Optional($0.cell), amount: $0.amount) })
                    .sorted { position($0.cell) < position($1.cell) }
            let parts = listed.map(\.amount)
            guard !parts.isEmpty, let actual = form.funds.actual else { return [] }
            let sum = DecimalMath.total(parts.lazy.map(\.value))
            guard !Tolerance.amountMatches(stated: actual, computed: sum, parts: parts) else { return [] }
            let places = MessageNumber.places(parts + [actual])
            var arguments = ["parts": MessageNumber.sum(parts), "sum": MessageNumber.amount(sum, places: places),
                             "actual": MessageNumber.amount(actual),
                             "difference": MessageNumber.amount(actual.value - sum, places: places),
                             "partCells": MessageCells.list(listed.compactMap(\.cell))]
            if !unlisted.isEmpty {
                arguments["unlisted"] = unlisted.map { "\($0.label) \($0.cell) \(MessageNumber.amount($0.amount))" }
                    .joined(separator: ", ")
            }
            return [Finding(rule: id, severity: defaultSeverity, field: .actual,
                            sheet: form.sources[.actual]?.sheet ?? form.sheet, cell: form.sources[.actual]?.cell,
                            messageKey: !unlisted.isEmpty ? "\(id.rawValue).unlisted" : parts.count == 1 ? "\(id.rawValue).single" : nil,
                            arguments: arguments)]
        }
    }

    /// `task-funds-total`: the tasks' funds add up to no more than actual spending.
    public struct TaskFundsTotal: Rule {
        public let id = RuleID.taskFundsTotal
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            let parts = form.tasks.compactMap(\.funds)
            guard !parts.isEmpty, let actual = form.funds.actual else { return [] }
            let sum = DecimalMath.total(parts.lazy.map(\.value))
            guard DecimalMath.difference(sum, actual.value) > Tolerance.slack(parts) else { return [] }
            let places = MessageNumber.places(parts + [actual])
            return [Finding(rule: id, severity: defaultSeverity, field: .tasks,
                            sheet: form.sources[.actual]?.sheet ?? form.sheet, cell: form.sources[.actual]?.cell,
                            messageKey: parts.count == 1 ? "\(id.rawValue).single" : nil,
                            arguments: ["parts": MessageNumber.sum(parts), "sum": MessageNumber.amount(sum, places: places),
                                        "actual": MessageNumber.amount(actual),
                                        "difference": MessageNumber.amount(sum - actual.value, places: places),
                                        "partCells": MessageCells.list(form.tasks.indices.compactMap { index in
                                            form.tasks[index].funds == nil ? nil : form.sources[.task(index, .funds)]?.cell
                                        })])]
        }
    }

    /// `over-budget`: actual spending above the annual budget (completion above 100%).
    public struct OverBudget: Rule {
        public let id = RuleID.overBudget
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            guard let actual = form.funds.actual, let budget = form.funds.annualBudget, actual.value > budget.value
            else { return [] }
            let places = max(actual.places, budget.places)
            let rate = budget.value.isZero ? "--" : MessageNumber.computedRate(actual.value / budget.value, shownPlaces: 2)
            return [Finding(rule: id, severity: defaultSeverity, field: .actual,
                            sheet: form.sources[.actual]?.sheet ?? form.sheet, cell: form.sources[.actual]?.cell,
                            arguments: ["actual": MessageNumber.amount(actual), "annualBudget": MessageNumber.amount(budget),
                                        "difference": MessageNumber.amount(actual.value - budget.value, places: places),
                                        "rate": rate])]
        }
    }
}
