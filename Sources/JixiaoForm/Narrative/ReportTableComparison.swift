import Foundation

/// A report held against its unit's table (issue 18): `report-table-mismatch` wherever a report figure states
/// a table field (``ReportFieldMap``) and the two differ. Amounts are compared in the report's unit (the table's
/// 万元 turned into the report's 元 exactly, a shift of the point), at the coarser of the two precisions shown,
/// so 1538.8 万元 in the report agrees with 1538.82 in the table; rates and scores likewise; a grade by the grade
/// bands' names and aliases. `stated` is the report's figure, `expected` the table's in the report's unit.
///
/// ```swift
/// let comparison = ReportTableComparison(catalog: templates.rules, bands: bands, unitPowers: ["万元": 4, "元": 0],
///                                        tableUnitPowers: ["万元": 4, "元": 0])
/// comparison.check(found, fields: map, form: panyu)   // [] for the seed report
/// ```
struct ReportTableComparison: Sendable {
    let catalog: RuleCatalog
    let bands: GradeBands
    /// The report's amount units by their size in 元 as a power of ten.
    let unitPowers: [String: Int]
    /// The table's units (form.json's `unit.powersOfTen`).
    let tableUnitPowers: [String: Int]

    func check(_ found: StatementFinder.Found, fields: ReportFieldMap, form: Form) -> [Finding] {
        var findings: [Finding] = []
        for (index, field) in fields.fields.sorted(by: { $0.key < $1.key }) {
            let statement = found.statements[index]
            var arguments = ["label": statement.label]
            var key: String?
            let stated: FindingValue, expected: FindingValue
            if statement.kind == .grade {
                guard let written = statement.text, let table = form.score?.grade, !table.isEmpty else { continue }
                let left = bands.grade(named: written)?.name ?? TextForm.compact(written)
                let right = bands.grade(named: table)?.name ?? TextForm.compact(table)
                guard left != right else { continue }
                (stated, expected, key) = (.text(written), .text(table), "report-table-mismatch.grade")
                arguments["stated"] = written
                arguments["tableValue"] = table
            } else {
                guard let value = statement.value, let table = Self.figure(field, in: form) else { continue }
                let shift: Int
                if statement.kind == .amount {
                    let report = statement.unit.flatMap { unitPowers[$0] } ?? 0
                    let tableUnit = form.unit.flatMap { tableUnitPowers[TextForm.compact($0)] } ?? report
                    shift = tableUnit - report
                } else {
                    shift = 0
                }
                let converted = ShownDecimal(DecimalMath.shifted(table.value, by: shift), places: max(0, table.places - shift))
                let places = min(value.places, converted.places)
                guard DecimalMath.rounded(value.value, places: places) != DecimalMath.rounded(converted.value, places: places)
                else { continue }
                (stated, expected) = (.number(value), .number(converted))
                arguments["stated"] = text(value, of: statement)
                arguments["expected"] = text(converted, of: statement)
                arguments["tableValue"] = statement.kind == .amount
                    ? MessageNumber.amount(table) + (form.unit.map(TextForm.compact) ?? statement.unit ?? "")
                    : text(table, of: statement)
                if statement.kind == .score, let row = Self.scoreRowIndex(field) {
                    key = "report-table-mismatch.score"
                    arguments["name"] = form.score?.rows[row].name ?? statement.label
                } else if shift != 0 {
                    key = "report-table-mismatch.converted"
                }
            }
            findings.append(Finding(rule: .reportTableMismatch, severity: catalog.severity(of: .reportTableMismatch),
                                    field: field, sheet: nil, cell: nil, stated: stated, expected: expected,
                                    messageKey: key, arguments: arguments,
                                    quote: statement.quote, paragraph: statement.paragraph, page: statement.page))
        }
        return findings
    }

    /// A figure as a message shows it: an amount with its unit, a rate as a percentage, a score.
    private func text(_ value: ShownDecimal, of statement: ReportStatement) -> String {
        switch statement.kind {
        case .rate: MessageNumber.rate(value)
        case .amount: MessageNumber.amount(value) + (statement.unit ?? "")
        default: MessageNumber.amount(value)
        }
    }

    /// The table's figure for a field key: a funds figure, a task's funds, the total score, a row's score.
    static func figure(_ field: FieldKey, in form: Form) -> ShownDecimal? {
        if let value = form.funds[field] { return value }
        if field == .scoreTotal { return form.score?.total }
        if let row = scoreRowIndex(field) { return form.score?.rows[row].score }
        let raw = field.rawValue
        if raw.hasPrefix("tasks["), raw.hasSuffix("].funds"), let index = Int(raw.dropFirst(6).dropLast(7)),
           form.tasks.indices.contains(index) {
            return form.tasks[index].funds
        }
        return nil
    }

    /// The row of a `score.rows[n]` key.
    static func scoreRowIndex(_ field: FieldKey) -> Int? {
        let raw = field.rawValue
        guard raw.hasPrefix("score.rows["), raw.hasSuffix("]") else { return nil }
        return Int(raw.dropFirst(11).dropLast())
    }
}
