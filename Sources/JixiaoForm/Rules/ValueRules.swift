/// Hygiene of how figures were typed.
///
/// ```swift
/// ValueRules.NumberAsText(severity: .info).check(form).first?.field   // funds.annualBudget for "1,505.02"
/// ```
public enum ValueRules {
    /// `number-as-text`: a number typed as text (`"1,505.02"`, `"97.8%"`) was read as a number.
    public struct NumberAsText: Rule {
        public let id = RuleID.numberAsText
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            // Most forms have no figure typed as text: then there is nothing to look up figure by figure.
            guard form.sources.values.contains(where: \.typedAsText) else { return [] }
            return form.figures.compactMap { key, value in
                guard let source = form.sources[key], source.typedAsText else { return nil }
                let shown = Funds.rateKeys.contains(key) ? MessageNumber.rate(value) : MessageNumber.amount(value)
                var arguments = ["text": source.text ?? "", "value": shown]
                var messageKey: String?
                if let row = Self.scoreRow(of: key), let rows = form.score?.rows, rows.indices.contains(row), let name = rows[row].name {
                    // A score row is named by its indicator, which the field key alone does not say.
                    messageKey = "\(id.rawValue).score"
                    arguments["name"] = name
                }
                return Finding(rule: id, severity: defaultSeverity, field: key, sheet: source.sheet, cell: source.cell,
                               messageKey: messageKey, arguments: arguments)
            }
        }

        /// The row of a `score.rows[i].…` key.
        static func scoreRow(of key: FieldKey) -> Int? {
            let prefix = "score.rows["
            guard key.rawValue.hasPrefix(prefix) else { return nil }
            return Int(key.rawValue.dropFirst(prefix.count).prefix { $0.isNumber })
        }
    }
}
