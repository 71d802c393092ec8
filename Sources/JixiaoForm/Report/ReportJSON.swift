/// The `validate --format json` document of form-model.md §4: `files` sorted by path, then `summary`.
///
/// ```swift
/// let reports = urls.map { FormValidator().validate(fileAt: $0) }
/// print(ReportJSON.document(reports, errorMessage: { $0.error?.description }))
/// ```
public enum ReportJSON {
    /// The whole run's document.
    /// - Parameters:
    ///   - reports: one per file, any order (written sorted by path).
    ///   - errorMessage: the `error` text of an unreadable file, in the run's language.
    public static func document(_ reports: [FileReport], errorMessage: (FileReport) -> String?) -> String {
        let sorted = reports.sorted { $0.path < $1.path }
        let summary = ValidationSummary(sorted)
        return JSONValue.object([
            ("files", .array(sorted.map { file($0, errorMessage: errorMessage($0)) })),
            ("summary", .object([
                ("files", .number(String(summary.files))), ("ok", .number(String(summary.ok))),
                ("withFindings", .number(String(summary.withFindings))),
                ("unreadable", .number(String(summary.unreadable))), ("errors", .number(String(summary.errors))),
                ("warnings", .number(String(summary.warnings))),
            ])),
        ]).rendered() + "\n"
    }

    /// One file's entry.
    public static func file(_ report: FileReport, errorMessage: String?) -> JSONValue {
        .object([
            ("path", .string(report.path)),
            ("status", .string(report.status.rawValue)),
            ("error", report.status == .unreadable ? .text(errorMessage ?? report.error?.description) : .null),
            ("form", report.form.map(form) ?? .null),
            ("findings", .array(report.findings.map(finding))),
        ])
    }

    /// The form in the contract's shape; `score` only when the workbook has a 评分表.
    public static func form(_ form: Form) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("title", .text(form.title)),
            ("year", form.year.map { .number(String($0)) } ?? .null),
            ("unit", .text(form.unit)),
            ("department", .text(form.department)),
            ("funds", .object([
                ("annualBudget", .figure(form.funds.annualBudget)), ("initialBudget", .figure(form.funds.initialBudget)),
                ("actual", .figure(form.funds.actual)), ("adjustment", .figure(form.funds.adjustment)),
                ("generalPublicBudget", .figure(form.funds.generalPublicBudget)),
                ("governmentFundBudget", .figure(form.funds.governmentFundBudget)),
                ("stateCapitalBudget", .figure(form.funds.stateCapitalBudget)),
                ("otherFunds", .figure(form.funds.otherFunds)),
                ("completionRate", .figure(form.funds.completionRate)),
                ("adjustmentRate", .figure(form.funds.adjustmentRate)),
            ])),
            ("overallGoal", .text(form.overallGoal)),
            ("overallGoalResult", .text(form.overallGoalResult)),
            ("keyIndicators", .array(form.keyIndicators.map { row in
                .object([("name", .text(row.name)), ("target", .text(row.target)), ("result", .text(row.result)),
                         ("targetValue", .figure(row.targetValue)), ("resultValue", .figure(row.resultValue)),
                         ("unit", .text(row.unit))])
            })),
            ("tasks", .array(form.tasks.map { task in
                .object([("name", .text(task.name)), ("goal", .text(task.goal)), ("goalResult", .text(task.goalResult)),
                         ("indicator", .text(task.indicator)), ("indicatorResult", .text(task.indicatorResult)),
                         ("funds", .figure(task.funds))])
            })),
            ("problems", .text(form.problems)),
            ("improvements", .text(form.improvements)),
        ]
        if let score = form.score {
            members.append(("score", .object([
                ("rows", .array(score.rows.map { row in
                    .object([("level1", .text(row.level1)), ("level2", .text(row.level2)), ("level3", .text(row.level3)),
                             ("weight", .figure(row.weight)), ("score", .figure(row.score)), ("reason", .text(row.reason))])
                })),
                ("totalWeight", .figure(score.totalWeight)), ("total", .figure(score.total)), ("grade", .text(score.grade)),
            ])))
        }
        return .object(members)
    }

    /// One finding: every key always present, null where the rule has nothing to say.
    public static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("field", .string(finding.field.rawValue)),
            ("sheet", .text(finding.sheet)),
            ("cell", .text(finding.cell?.description)),
            ("stated", value(finding.stated)),
            ("expected", value(finding.expected)),
            ("kind", .text(finding.kind?.rawValue)),
            ("message", .string(finding.message)),
        ])
    }

    private static func value(_ value: FindingValue?) -> JSONValue {
        switch value {
        case .number(let figure): .number(figure.text)
        case .text(let text): .string(text)
        case nil: .null
        }
    }
}
