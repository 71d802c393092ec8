import Foundation

/// The arithmetic a 绩效自评报告 states, checked on the report alone (issue 18): `report-rate` (a stated rate
/// against its amounts, at its shown precision), `report-sum` (parts against their total, within the parts'
/// half units; one 其中 part no more than its whole), `report-score` (children's scores and weights against
/// their parent's, the level-1 scores against the total, a score above its 分值), `report-grade` (the grade
/// against the total, by the template's grade bands). Findings name the table field the figure states where
/// the grammar knows it (`funds.completionRate`), else `report`; their messages are rendered by the caller.
///
/// ```swift
/// let rules = ReportRules(catalog: templates.rules, bands: templates.form.gradeBands, unitPowers: ["万元": 4, "元": 0])
/// rules.check(found, fields: map).map(\.rule)   // [] for the seed report
/// ```
struct ReportRules: Sendable {
    let catalog: RuleCatalog
    let bands: GradeBands
    /// Amount units by their size in 元 as a power of ten (the grammar's, loose units too).
    let unitPowers: [String: Int]

    /// The field of a report-only finding whose figure states no table field.
    static let reportField = FieldKey(rawValue: "report")

    func check(_ found: StatementFinder.Found, fields: ReportFieldMap) -> [Finding] {
        let statements = found.statements
        let total = StatementFinder.totalEntry(of: found.scores).flatMap { found.scores[$0].score }
        var findings: [Finding] = []
        func finding(_ rule: RuleID, about index: Int, stated: FindingValue?, expected: FindingValue?, key: String? = nil,
                     _ arguments: [String: String]) {
            let statement = statements[index]
            findings.append(Finding(rule: rule, severity: catalog.severity(of: rule),
                                    field: fields.fields[index] ?? Self.reportField, sheet: nil, cell: nil,
                                    stated: stated, expected: expected, messageKey: key, arguments: arguments,
                                    quote: statement.quote, paragraph: statement.paragraph, page: statement.page))
        }
        for relation in found.relations {
            switch relation {
            case let .rate(subject, amount, base, rate):
                guard let stated = statements[rate].value, let part = statements[amount].value,
                      let whole = statements[base].value, !whole.value.isZero else { continue }
                let computed = inUnit(part, of: statements[amount], as: statements[base]) / whole.value
                guard !Tolerance.rateMatches(stated: stated, computed: computed) else { continue }
                let expected = ShownDecimal(computed, places: stated.places)
                finding(.reportRate, about: rate, stated: .number(stated), expected: .number(expected),
                        ["subject": subject, "amount": MessageNumber.amount(part), "base": MessageNumber.amount(whole),
                         "computed": MessageNumber.computedRate(computed, shownPlaces: stated.places),
                         "expected": MessageNumber.rate(expected), "stated": MessageNumber.rate(stated)])
            case let .sum(totalIndex, partIndexes):
                guard let stated = statements[totalIndex].value else { continue }
                let parts = partIndexes.compactMap { index -> ShownDecimal? in
                    statements[index].value.map { value in
                        ShownDecimal(inUnit(value, of: statements[index], as: statements[totalIndex]), places: value.places)
                    }
                }
                guard parts.count == partIndexes.count else { continue }
                let sum = DecimalMath.total(parts.lazy.map(\.value))
                guard !Self.sumMatches(stated: stated, sum: sum, parts: parts) else { continue }
                let places = MessageNumber.places(parts + [stated])
                finding(.reportSum, about: totalIndex, stated: .number(stated), expected: .number(ShownDecimal(sum, places: places)),
                        ["total": statements[totalIndex].label, "parts": MessageNumber.sum(parts),
                         "sum": MessageNumber.amount(sum, places: places), "stated": MessageNumber.amount(stated),
                         "difference": MessageNumber.amount(stated.value - sum, places: places)])
            case let .part(wholeIndex, partIndex):
                guard let whole = statements[wholeIndex].value, let rawPart = statements[partIndex].value else { continue }
                let part = ShownDecimal(inUnit(rawPart, of: statements[partIndex], as: statements[wholeIndex]),
                                        places: rawPart.places)
                guard !Self.sumMatches(stated: whole, sum: part.value, parts: [part]), part.value > whole.value else { continue }
                let places = MessageNumber.places([part, whole])
                finding(.reportSum, about: partIndex, stated: .number(rawPart), expected: .number(whole), key: "report-sum.part",
                        ["total": statements[wholeIndex].label, "part": statements[partIndex].label,
                         "partValue": MessageNumber.amount(rawPart), "stated": MessageNumber.amount(whole),
                         "difference": MessageNumber.amount(part.value - whole.value, places: places)])
            case let .scores(parent, children), let .weights(parent, children):
                guard let stated = statements[parent].value else { continue }
                let parts = children.compactMap { statements[$0].value }
                let sum = DecimalMath.total(parts.lazy.map(\.value))
                guard parts.count == children.count, !Self.sumMatches(stated: stated, sum: sum, parts: parts) else { continue }
                let isWeight = if case .weights = relation { true } else { false }
                let key = isWeight ? "report-score.weight" : parent == total ? "report-score.total" : nil
                let places = MessageNumber.places(parts + [stated])
                finding(.reportScore, about: parent, stated: .number(stated), expected: .number(ShownDecimal(sum, places: places)),
                        key: key, ["name": statements[parent].label, "parts": MessageNumber.sum(parts),
                                   "sum": MessageNumber.amount(sum, places: places), "stated": MessageNumber.amount(stated)])
            case let .withinWeight(score, weight):
                guard let stated = statements[score].value, let limit = statements[weight].value, stated.value > limit.value
                else { continue }
                finding(.reportScore, about: score, stated: .number(stated), expected: .number(limit),
                        key: "report-score.over-weight",
                        ["name": statements[score].label, "stated": MessageNumber.amount(stated),
                         "weight": MessageNumber.amount(limit)])
            case let .grade(grade, totalIndex):
                guard let written = statements[grade].text, let score = statements[totalIndex].value,
                      let expected = bands.grade(for: score.value) else { continue }
                guard bands.grade(named: written)?.name != expected.name else { continue }
                finding(.reportGrade, about: grade, stated: .text(written), expected: .text(expected.name),
                        ["total": MessageNumber.amount(score), "expected": expected.name, "stated": written])
            }
        }
        return findings
    }

    /// Whether a stated total agrees with the sum of its stated parts: equal at the total's precision, or within
    /// n half-units of the finest precision shown (a report writes 4 分 beside 15.45 分: the 4 is not ±0.5).
    static func sumMatches(stated: ShownDecimal, sum: Decimal, parts: [ShownDecimal]) -> Bool {
        if DecimalMath.rounded(sum, places: stated.places) == stated.value { return true }
        let places = MessageNumber.places(parts + [stated])
        let slack = DecimalMath.halfUnit(places: places) * Decimal(parts.count)
        return DecimalMath.magnitude(DecimalMath.difference(stated.value, sum)) <= slack
    }

    /// An amount's value in another amount's unit (a part in 元 of a total in 万元): exact, a shift of the point.
    func inUnit(_ value: ShownDecimal, of statement: ReportStatement, as other: ReportStatement) -> Decimal {
        let from = statement.unit.flatMap { unitPowers[$0] } ?? 0
        let to = other.unit.flatMap { unitPowers[$0] } ?? 0
        return from == to ? value.value : DecimalMath.shifted(value.value, by: from - to)
    }
}
