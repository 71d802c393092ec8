/// The rules a validation runs, in report order; include or exclude by id.
///
/// ```swift
/// let templates = try TemplateBundle.standard.get()
/// let rules = RuleSet.standard(templates: templates).excluding([.numberAsText])
/// let findings = rules.check(form)
/// ```
public struct RuleSet: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule]) {
        self.rules = rules
    }

    /// Every rule of form-model.md §3, with the default severities of `rules.json`.
    public static func standard(templates: TemplateBundle) -> RuleSet {
        let catalog = templates.rules
        return RuleSet(rules: [
            TextRules.RequiredField(severity: catalog.severity(of: .requiredField)),
            FundsRules.CompletionRate(severity: catalog.severity(of: .completionRate)),
            FundsRules.AdjustmentAmount(severity: catalog.severity(of: .adjustmentAmount)),
            FundsRules.AdjustmentRate(severity: catalog.severity(of: .adjustmentRate)),
            FundsRules.BreakdownTotal(severity: catalog.severity(of: .breakdownTotal)),
            FundsRules.TaskFundsTotal(severity: catalog.severity(of: .taskFundsTotal)),
            FundsRules.OverBudget(severity: catalog.severity(of: .overBudget)),
            ValueRules.NumberAsText(severity: catalog.severity(of: .numberAsText)),
            IndicatorRules.IndicatorUnmet(severity: catalog.severity(of: .indicatorUnmet)),
            TextRules.EmptyText(severity: catalog.severity(of: .emptyText)),
            ScoreRules.ScoreOverWeight(severity: catalog.severity(of: .scoreOverWeight)),
            ScoreRules.ScoreTotal(severity: catalog.severity(of: .scoreTotal)),
            ScoreRules.ScoreGrade(severity: catalog.severity(of: .scoreGrade), bands: templates.form.gradeBands),
        ])
    }

    /// Only the rules with these ids.
    public func including(_ ids: Set<RuleID>) -> RuleSet { RuleSet(rules: rules.filter { ids.contains($0.id) }) }

    /// All but the rules with these ids.
    public func excluding(_ ids: Set<RuleID>) -> RuleSet { RuleSet(rules: rules.filter { !ids.contains($0.id) }) }

    /// Runs every rule and collects the findings, rule by rule.
    public func check(_ form: Form) -> [Finding] { rules.flatMap { $0.check(form) } }
}
