/// What ``NarrativeChecker`` makes of a report: every figure it states, the relations between them, and the
/// findings of the report's rules and of the comparison with its table.
///
/// ```swift
/// let check = try NarrativeChecker().check(document, against: form)
/// print(check.statements.count, check.relations.count, check.findings.map(\.rule))
/// ```
public struct NarrativeCheck: Sendable, Hashable {
    public var statements: [ReportStatement]
    public var relations: [StatementRelation]
    public var findings: [Finding]
    /// The report's scored indicators by name, nested as the report's outline nests them (管理效能 › 资金管理).
    public var scores: [ReportScore]

    public init(statements: [ReportStatement], relations: [StatementRelation], findings: [Finding], scores: [ReportScore]) {
        self.statements = statements
        self.relations = relations
        self.findings = findings
        self.scores = scores
    }
}
