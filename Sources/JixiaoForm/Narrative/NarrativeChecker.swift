/// Checks a 绩效自评报告 (issue 18): finds every figure it states and the relations between them
/// (``StatementFinder``, by the grammar `Templates/report-grammar.json`), checks the report's own arithmetic
/// (`report-rate`, `report-sum`, `report-score`, `report-grade`) and, given its unit's table, holds it against the
/// table (`report-table-mismatch`). Findings come in the table's ``Finding`` shape with `quote`, `paragraph` and
/// `page`, their messages in the checker's language. Build one checker and use it for every report: the grammar
/// is compiled once, in `init`.
///
/// ```swift
/// let checker = try NarrativeChecker()                       // Chinese messages; NarrativeChecker(language: .en)
/// let form = FormValidator().validate(fileAt: tableURL).form
/// let check = checker.check(document, against: form)
/// for finding in check.findings { print(finding.paragraph ?? 0, finding.rule, finding.message) }
/// // 37 report-rate 「总收入」的完成率应为 1538.82 ÷ 1576.21 = 97.6279%，按报告中的精度为 97.63%，报告写 97.36%。…
/// ```
public struct NarrativeChecker: Sendable {
    public let language: MessageLanguage
    private let finder: StatementFinder
    private let fieldEntries: [ReportFieldMap.Entry]
    private let nameTrims: [String]
    private let rules: ReportRules
    private let comparison: ReportTableComparison
    private let renderer: MessageRenderer

    /// A checker with the bundled templates and grammar.
    /// - Throws: ``TemplateLoadError`` when a bundled template cannot be read.
    public init(language: MessageLanguage = .zh) throws(TemplateLoadError) {
        self.init(templates: try TemplateBundle.standard.get(), grammar: try ReportGrammar.standard.get(), language: language)
    }

    /// A checker with a district's own templates (rule catalogue, grade bands, the table's units) and grammar.
    public init(templates: TemplateBundle, grammar: ReportGrammar, language: MessageLanguage = .zh) {
        self.language = language
        fieldEntries = ReportFieldMap.entries(of: grammar)
        nameTrims = grammar.nameTrims
        let bands = templates.form.gradeBands
        finder = StatementFinder(grammar: grammar, gradeNames: bands.bands.flatMap { [$0.name] + $0.aliases })
        let powers = grammar.amountUnits.merging(grammar.looseAmountUnits) { first, _ in first }
        rules = ReportRules(catalog: templates.rules, bands: bands, unitPowers: powers)
        comparison = ReportTableComparison(catalog: templates.rules, bands: bands, unitPowers: powers,
                                           tableUnitPowers: templates.form.unit.powersOfTen ?? [:])
        renderer = MessageRenderer(catalog: templates.rules, language: language)
    }

    /// The report's statements, relations and findings; with `form`, also where it and the table disagree.
    public func check(_ document: NarrativeDocument, against form: Form? = nil) -> NarrativeCheck {
        let found = finder.find(in: document)
        let fields = ReportFieldMap(found: found, entries: fieldEntries, nameTrims: nameTrims, form: form)
        var findings = rules.check(found, fields: fields)
        if let form { findings += comparison.check(found, fields: fields, form: form) }
        for index in findings.indices { findings[index].message = renderer.render(findings[index]) }
        return NarrativeCheck(statements: found.statements, relations: found.relations, findings: findings,
                              scores: found.scores)
    }
}
