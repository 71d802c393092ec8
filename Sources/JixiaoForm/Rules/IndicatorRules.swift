/// Attainment of the 年度关键指标 (domain.md §6.3).
///
/// ```swift
/// IndicatorRules.IndicatorUnmet(severity: .warning).check(form).first?.field   // keyIndicators[0]
/// ```
public enum IndicatorRules {
    /// `indicator-unmet`: a quantitative indicator's result falls short of its target, respecting direction
    /// (a ≤ target such as accidents or costs is met by less). Only rows whose target and result both carry
    /// one figure in the same unit are compared.
    public struct IndicatorUnmet: Rule {
        public let id = RuleID.indicatorUnmet
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            var findings: [Finding] = []
            for (index, indicator) in form.keyIndicators.enumerated() {
                guard indicator.isMet == false, let target = indicator.targetValue, let result = indicator.resultValue
                else { continue }
                let source = form.sources[.keyIndicator(index, .result)] ?? form.sources[.keyIndicator(index)]
                let unit = indicator.unit ?? ""
                let sign: String
                switch indicator.direction {
                case .higher: sign = result.value < target.value ? "<" : "="
                case .lower: sign = result.value > target.value ? ">" : "="
                case .exact: sign = "≠"
                }
                findings.append(Finding(rule: id, severity: defaultSeverity, field: .keyIndicator(index),
                                        sheet: source?.sheet ?? form.sheet, cell: source?.cell,
                                        arguments: ["name": indicator.name ?? "#\(index + 1)", "target": indicator.target ?? "",
                                                    "result": indicator.result ?? "",
                                                    "comparison": "\(result.text)\(unit) \(sign) \(target.text)\(unit)"]))
            }
            return findings
        }
    }
}
