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

    // MARK: - Written straight to bytes

    /// Appends one file's entry, byte for byte what `file(report, errorMessage:).append(to:indent:)` writes,
    /// without building the ``JSONValue`` tree: the streaming `--json` output of a bulk run.
    ///
    /// ```swift
    /// var bytes: [UInt8] = []
    /// ReportJSON.appendFile(report, errorMessage: nil, to: &bytes, indent: 2)
    /// ```
    public static func appendFile(_ report: FileReport, errorMessage: String?, to bytes: inout [UInt8], indent: Int = 0) {
        var json = JSONWriter(indent: indent)
        swap(&json.bytes, &bytes)
        defer { swap(&json.bytes, &bytes) }
        json.beginObject()
        json.key("path"); json.string(report.path)
        json.key("status"); json.string(report.status.rawValue)
        json.key("error"); json.string(report.status == .unreadable ? errorMessage ?? report.error?.description : nil)
        json.key("form")
        if let form = report.form { write(form, to: &json) } else { json.null() }
        json.key("findings")
        json.beginArray()
        for finding in report.findings {
            json.element()
            write(finding, to: &json)
        }
        json.endArray()
        json.endObject()
    }

    /// ``form(_:)``, written.
    private static func write(_ form: Form, to json: inout JSONWriter) {
        json.beginObject()
        json.key("title"); json.string(form.title)
        json.key("year"); json.number(form.year)
        json.key("unit"); json.string(form.unit)
        json.key("department"); json.string(form.department)
        json.key("funds")
        let funds = form.funds
        json.beginObject()
        json.key("annualBudget"); json.number(funds.annualBudget)
        json.key("initialBudget"); json.number(funds.initialBudget)
        json.key("actual"); json.number(funds.actual)
        json.key("adjustment"); json.number(funds.adjustment)
        json.key("generalPublicBudget"); json.number(funds.generalPublicBudget)
        json.key("governmentFundBudget"); json.number(funds.governmentFundBudget)
        json.key("stateCapitalBudget"); json.number(funds.stateCapitalBudget)
        json.key("otherFunds"); json.number(funds.otherFunds)
        json.key("completionRate"); json.number(funds.completionRate)
        json.key("adjustmentRate"); json.number(funds.adjustmentRate)
        json.endObject()
        json.key("overallGoal"); json.string(form.overallGoal)
        json.key("overallGoalResult"); json.string(form.overallGoalResult)
        json.key("keyIndicators")
        json.beginArray()
        for row in form.keyIndicators {
            json.element()
            json.beginObject()
            json.key("name"); json.string(row.name)
            json.key("target"); json.string(row.target)
            json.key("result"); json.string(row.result)
            json.key("targetValue"); json.number(row.targetValue)
            json.key("resultValue"); json.number(row.resultValue)
            json.key("unit"); json.string(row.unit)
            json.endObject()
        }
        json.endArray()
        json.key("tasks")
        json.beginArray()
        for task in form.tasks {
            json.element()
            json.beginObject()
            json.key("name"); json.string(task.name)
            json.key("goal"); json.string(task.goal)
            json.key("goalResult"); json.string(task.goalResult)
            json.key("indicator"); json.string(task.indicator)
            json.key("indicatorResult"); json.string(task.indicatorResult)
            json.key("funds"); json.number(task.funds)
            json.endObject()
        }
        json.endArray()
        json.key("problems"); json.string(form.problems)
        json.key("improvements"); json.string(form.improvements)
        if let score = form.score {
            json.key("score")
            json.beginObject()
            json.key("rows")
            json.beginArray()
            for row in score.rows {
                json.element()
                json.beginObject()
                json.key("level1"); json.string(row.level1)
                json.key("level2"); json.string(row.level2)
                json.key("level3"); json.string(row.level3)
                json.key("weight"); json.number(row.weight)
                json.key("score"); json.number(row.score)
                json.key("reason"); json.string(row.reason)
                json.endObject()
            }
            json.endArray()
            json.key("totalWeight"); json.number(score.totalWeight)
            json.key("total"); json.number(score.total)
            json.key("grade"); json.string(score.grade)
            json.endObject()
        }
        json.endObject()
    }

    /// ``finding(_:)``, written.
    private static func write(_ finding: Finding, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule"); json.string(finding.rule.rawValue)
        json.key("severity"); json.string(finding.severity.rawValue)
        json.key("field"); json.string(finding.field.rawValue)
        json.key("sheet"); json.string(finding.sheet)
        json.key("cell"); json.string(finding.cell?.description)
        json.key("stated"); write(finding.stated, to: &json)
        json.key("expected"); write(finding.expected, to: &json)
        json.key("kind"); json.string(finding.kind?.rawValue)
        json.key("message"); json.string(finding.message)
        json.endObject()
    }

    private static func write(_ value: FindingValue?, to json: inout JSONWriter) {
        switch value {
        case .number(let figure): json.number(figure)
        case .text(let text): json.string(text)
        case nil: json.null()
        }
    }

    private static func value(_ value: FindingValue?) -> JSONValue {
        switch value {
        case .number(let figure): .number(figure.text)
        case .text(let text): .string(text)
        case nil: .null
        }
    }
}
