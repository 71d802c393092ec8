/// Presence of what a form must say: required fields and texts that must not be empty.
///
/// ```swift
/// TextRules.RequiredField(severity: .error).check(blankForm).map(\.field.rawValue)
/// // ["department", "funds.annualBudget", "funds.actual"]
/// ```
public enum TextRules {
    /// `required-field`: department, year, unit, annual budget and actual spending are present.
    ///
    /// A department the form has no 部门名称 field for but names in its title is present, read from the title:
    /// an `info` of kind `title` on the title's cell says so, for the reviewer to confirm.
    public struct RequiredField: Rule {
        public let id = RuleID.requiredField
        public let defaultSeverity: Severity
        /// The severity of a field taken from another field's text (the department from the title).
        public let takenSeverity: Severity
        public init(severity: Severity, takenSeverity: Severity = .info) {
            defaultSeverity = severity
            self.takenSeverity = takenSeverity
        }

        /// The required keys, in report order.
        public static let keys: [FieldKey] = [.department, .year, .unit, .annualBudget, .actual]

        public func check(_ form: Form) -> [Finding] {
            zip(Self.keys, Self.fields).compactMap { key, field in
                let source = form.sources[key]
                guard !(field?.isFilled(in: form) ?? false) else {
                    guard let source, let origin = source.takenFrom, let text = form.text(key) else { return nil }
                    return Finding(rule: id, severity: takenSeverity, field: key, sheet: source.sheet, cell: source.cell,
                                   kind: FindingKind(rawValue: origin.rawValue),
                                   messageKey: "\(id.rawValue).from-\(origin.rawValue)", arguments: ["text": text])
                }
                var messageKey: String?
                var arguments: [String: String] = [:]
                if let source, source.withoutTotalRow {
                    // The grid's header cell: where the officer adds the total row.
                    return Finding(rule: id, severity: defaultSeverity, field: key, sheet: source.sheet, cell: source.label,
                                   kind: .noTotalRow, messageKey: "\(id.rawValue).no-total-row")
                }
                if source == nil {
                    messageKey = "\(id.rawValue).no-label"
                } else if let text = source?.text, source?.notApplicable == false {
                    messageKey = "\(id.rawValue).not-a-number"
                    arguments["text"] = text
                }
                return Finding(rule: id, severity: defaultSeverity, field: key, sheet: source?.sheet ?? form.sheet,
                               cell: source?.cell, messageKey: messageKey, arguments: arguments)
            }
        }

        /// The required fields, in ``keys`` order, looked up once.
        private static let fields: [FormField?] = keys.map(FormField.named)
    }

    /// `empty-text`: 整体目标完成情况, 存在问题, 改进措施 and each task's 目标完成情况 are filled (after HTML
    /// and whitespace are stripped).
    public struct EmptyText: Rule {
        public let id = RuleID.emptyText
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        /// The form-level texts checked, in report order.
        public static let keys: [FieldKey] = [.overallGoalResult, .problems, .improvements]

        public func check(_ form: Form) -> [Finding] {
            var findings: [Finding] = []
            for key in Self.keys where form.text(key) == nil {
                let source = form.sources[key]
                findings.append(Finding(rule: id, severity: defaultSeverity, field: key, sheet: source?.sheet ?? form.sheet,
                                        cell: source?.cell))
            }
            for (index, task) in form.tasks.enumerated() where task.goalResult == nil {
                // Only where the table has a 目标完成情况 column to fill.
                guard let source = form.sources[.task(index, .goalResult)] else { continue }
                findings.append(Finding(rule: id, severity: defaultSeverity, field: .task(index), sheet: source.sheet,
                                        cell: source.cell, messageKey: "\(id.rawValue).task",
                                        arguments: ["name": task.name ?? "#\(index + 1)"]))
            }
            return findings
        }
    }
}
