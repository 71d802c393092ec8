import Foundation

/// Accounts for a round of returned forms against a reference list: checks each form's figures against its
/// unit's (`reference-mismatch`), and finds the units that sent nothing (`missing-submission`), those that sent
/// several forms (`duplicate-submission`) and the forms of units not on the list (`unknown-unit`).
///
/// A form's figure is compared with the list's expressed exactly in the form's unit (``AmountUnit``), at the
/// precision the two show (the fewer places of the two), so `15050200`元 on the list agrees with `1505.02`万元 on
/// the form. Of several forms for one unit, the one that counts is the newest by modification time, unless a file
/// name carries a version word (`versionMarkers`: 第2版, v2, 修改版, 更正, 最终 …), which wins. Dates are passed
/// in, never read here.
///
/// ```swift
/// let accounting = RoundAccounting(list: list, vocabulary: vocabulary, templates: templates, language: .zh)
/// let outcome = accounting.account(reports, modified: ["执法大队.xlsx": monday, "执法大队第2版.xlsx": sunday])
/// outcome.summary                       // expected 5, submitted 4, missing 1, duplicates 1, unknown 1
/// outcome.findings.map(\.finding.rule)  // [.missingSubmission, .duplicateSubmission, .unknownUnit]
/// ```
public struct RoundAccounting: Sendable {
    public let matcher: UnitMatcher
    private let vocabulary: ReferenceVocabulary
    private let catalog: RuleCatalog
    private let template: FormTemplate
    private let renderer: MessageRenderer

    /// - Parameter templates: the form's unit words (`form.json`) and the rules' messages (`rules.json`).
    public init(list: ReferenceList, vocabulary: ReferenceVocabulary, templates: TemplateBundle, language: MessageLanguage) {
        matcher = UnitMatcher(list: list, vocabulary: vocabulary)
        self.vocabulary = vocabulary
        catalog = templates.rules
        template = templates.form
        renderer = MessageRenderer(catalog: templates.rules, language: language)
    }

    /// Accounts for `reports` (those of one run; unreadable and skipped ones name no unit and are passed over).
    /// - Parameter modified: each file's modification date by its report's ``FileReport/path``; a file without one
    ///   is taken as the oldest.
    public func account(_ reports: [FileReport], modified: [String: Date] = [:]) -> RoundOutcome {
        let list = matcher.list
        var reports = reports
        var matches: [UnitMatch?] = Array(repeating: nil, count: reports.count)
        var formsByUnit: [Int: [Int]] = [:]
        var unknown: [Int] = []
        for (index, report) in reports.enumerated() {
            guard let form = report.form, report.status == .ok || report.status == .findings else { continue }
            guard let match = matcher.match(name: form.department) else {
                unknown.append(index)
                continue
            }
            matches[index] = match
            formsByUnit[match.unit, default: []].append(index)
            let mismatches = self.mismatches(form, list.units[match.unit])
            if !mismatches.isEmpty {
                reports[index].findings += mismatches
                if reports[index].status == .ok { reports[index].status = .findings }
            }
        }

        let separator = vocabulary.listSeparator.text(in: renderer.language)
        var findings: [RoundFinding] = []
        var counted: [Int: Int] = [:]
        for (unitIndex, unit) in list.units.enumerated() {
            let forms = formsByUnit[unitIndex] ?? []
            let arguments = ["unit": unit.name, "row": String(unit.row)]
            guard !forms.isEmpty else {
                findings.append(RoundFinding(finding: roundFinding(.missingSubmission, arguments), unit: unitIndex))
                continue
            }
            let ordered = forms.sorted { precedes($0, $1, reports, modified) }
            counted[unitIndex] = ordered[0]
            guard ordered.count > 1 else { continue }
            let others = ordered.dropFirst().map { fileLabel(reports[$0]) }
            let finding = roundFinding(.duplicateSubmission, arguments.merging([
                "count": String(ordered.count), "counted": fileLabel(reports[ordered[0]]),
                "others": others.joined(separator: separator),
            ]) { $1 })
            findings.append(RoundFinding(finding: finding, unit: unitIndex, forms: ordered))
        }
        for index in unknown {
            let department = reports[index].form?.department
            let closest = matcher.closestNames(to: department)
            let finding = roundFinding(.unknownUnit, [
                "department": department ?? "-", "file": fileLabel(reports[index]),
                "closest": closest.isEmpty ? vocabulary.noClosestNames.text(in: renderer.language)
                    : closest.joined(separator: separator),
            ])
            findings.append(RoundFinding(finding: finding, forms: [index], closest: closest))
        }
        let summary = RoundSummary(expected: list.units.count, submitted: formsByUnit.count,
                                   missing: list.units.count - formsByUnit.count,
                                   duplicates: formsByUnit.values.filter { $0.count > 1 }.count, unknown: unknown.count)
        return RoundOutcome(reports: reports, matches: matches, counted: counted, findings: findings, summary: summary)
    }

    /// The form's figures that differ from the unit's, compared in the form's unit at the precision both show.
    func mismatches(_ form: Form, _ unit: ReferenceUnit) -> [Finding] {
        let formUnit = form.unit.flatMap { AmountUnit(text: $0, template: template) } ?? .tenThousandYuan
        var findings: [Finding] = []
        for key in ReferenceColumn.amountKeys {
            guard let stated = form.funds[key], let listed = unit.figure(key, in: formUnit) else { continue }
            let places = min(stated.places, listed.places)
            let expected = ShownDecimal(listed.value, places: places)
            guard ShownDecimal(stated.value, places: places).value != expected.value else { continue }
            let source = form.sources[key]
            var finding = Finding(rule: .referenceMismatch, severity: catalog.severity(of: .referenceMismatch), field: key,
                                  sheet: source?.sheet ?? form.sheet, cell: source?.cell, stated: .number(stated),
                                  expected: .number(expected),
                                  arguments: ["stated": stated.text, "expected": expected.text, "row": String(unit.row)])
            finding.message = renderer.render(finding, formSheet: form.sheet)
            findings.append(finding)
        }
        return findings
    }

    /// Whether report `a` counts before report `b` for one unit: a version word in its file name first, then the
    /// newer modification date, then the order given.
    private func precedes(_ a: Int, _ b: Int, _ reports: [FileReport], _ modified: [String: Date]) -> Bool {
        let markedA = isMarked(reports[a].path), markedB = isMarked(reports[b].path)
        if markedA != markedB { return markedA }
        let dateA = modified[reports[a].path] ?? .distantPast, dateB = modified[reports[b].path] ?? .distantPast
        if dateA != dateB { return dateA > dateB }
        return a < b
    }

    /// Whether a file's name carries a version word (compared compact and lower-cased: `V2`, `第２版`).
    private func isMarked(_ path: String) -> Bool {
        let name = TextForm.compact(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent).lowercased()
        return vocabulary.versionMarkers.contains { name.contains(TextForm.compact($0).lowercased()) }
    }

    /// A report as a message names it: its file name, and its sheet when the workbook holds several forms.
    private func fileLabel(_ report: FileReport) -> String {
        let name = URL(fileURLWithPath: report.path).lastPathComponent
        return report.sheet.map { "\(name)[\($0)]" } ?? name
    }

    private func roundFinding(_ rule: RuleID, _ arguments: [String: String]) -> Finding {
        var finding = Finding(rule: rule, severity: catalog.severity(of: rule), field: .department, sheet: nil, cell: nil,
                              arguments: arguments)
        finding.message = renderer.render(finding)
        return finding
    }
}
