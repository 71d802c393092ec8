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
/// Where forms are read one at a time (a worker each), each report is reconciled there (``reconcile(_:)``:
/// matched, its mismatches added) and only its ``RoundEntry`` is gathered for ``account(_:modified:)``.
///
/// ```swift
/// let accounting = RoundAccounting(list: list, vocabulary: vocabulary, templates: templates, language: .zh)
/// let outcome = accounting.account(&reports, modified: ["执法大队.xlsx": monday, "执法大队第2版.xlsx": sunday])
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

    /// Matches a report's form to its unit and adds a `reference-mismatch` finding for each figure that differs
    /// from the unit's (a report with none before becomes `findings`); gives what the round's accounting needs
    /// of it. A report without a form (unreadable) is matched by its file's name, for the 收表情况 to say the
    /// unit's file could not be read; so is a form that names no unit.
    ///
    /// A close (fuzzy) name whose every figure differs from the unit's is taken as another unit's form, not on
    /// the list (a sibling: 执法支队 for 执法大队, 信息中心 for 培训中心), and none of the unit's figures are held
    /// against it: a form the officer should confirm agrees with its unit somewhere.
    public func reconcile(_ report: inout FileReport) -> RoundEntry {
        var entry = RoundEntry(path: report.path, sheet: report.sheet, status: report.status, department: report.form?.department)
        guard let form = report.form, entry.isReadable else {
            if report.status == .unreadable {
                entry.match = matcher.code(inFileName: report.path).flatMap { matcher.match(name: nil, code: $0) }
                    ?? matcher.match(fileName: report.path)
            }
            return entry
        }
        let hasName = form.department.flatMap(TextCleaner.clean) != nil
        let code = matcher.code(inFileName: report.path)
        entry.match = hasName || code != nil ? matcher.match(name: form.department, code: code)
            : matcher.match(fileName: report.path)
        guard let match = entry.match else { return entry }
        let unit = matcher.list.units[match.unit]
        let mismatches = self.mismatches(form, unit)
        if match.kind == .fuzzy, !mismatches.isEmpty,
           mismatches.count == ReferenceColumn.amountKeys.count(where: { form.funds[$0] != nil && unit.figures[$0] != nil }) {
            entry.match = nil
            return entry
        }
        if !mismatches.isEmpty {
            report.findings += mismatches
            if report.status == .ok { report.status = .findings }
            entry.status = report.status
            entry.mismatches = mismatches.map(\.field)
        }
        return entry
    }

    /// Reconciles each report (``reconcile(_:)``) and accounts for the round: what a caller holding every report
    /// does; a run over many files reconciles each where it is read and accounts for the entries.
    public func account(_ reports: inout [FileReport], modified: [String: Date] = [:]) -> RoundOutcome {
        let entries = reports.indices.map { reconcile(&reports[$0]) }
        return account(entries, modified: modified)
    }

    /// Accounts for the round's entries (skipped files are not entries): which units sent nothing, which sent
    /// several forms and which one counts, which forms are of units not on the list.
    ///
    /// A close (fuzzy) match to a unit that another form matches by code or name is taken as a unit not on the
    /// list: the list's unit sent its own form, so the close one is someone else's.
    /// - Parameter modified: each file's modification date by its entry's ``RoundEntry/path``; a file without one
    ///   is taken as the oldest.
    public func account(_ entries: [RoundEntry], modified: [String: Date] = [:]) -> RoundOutcome {
        let list = matcher.list
        var formsByUnit: [Int: [Int]] = [:]
        var unreadableByUnit: [Int: [Int]] = [:]
        var unknown: [Int] = []
        for (index, entry) in entries.enumerated() {
            if entry.status == .unreadable {
                if let match = entry.match { unreadableByUnit[match.unit, default: []].append(index) }
                continue
            }
            guard entry.isReadable else { continue }
            guard let match = entry.match else {
                unknown.append(index)
                continue
            }
            formsByUnit[match.unit, default: []].append(index)
        }
        for (unit, forms) in formsByUnit where forms.contains(where: { entries[$0].match?.kind != .fuzzy }) {
            let close = forms.filter { entries[$0].match?.kind == .fuzzy }
            guard !close.isEmpty else { continue }
            formsByUnit[unit] = forms.filter { entries[$0].match?.kind != .fuzzy }
            unknown += close
        }
        unknown.sort()

        let separator = vocabulary.listSeparator.text(in: renderer.language)
        var findings: [RoundFinding] = []
        var lines: [RoundUnit] = []
        for (unitIndex, unit) in list.units.enumerated() {
            let forms = formsByUnit[unitIndex] ?? []
            let unreadable = unreadableByUnit[unitIndex] ?? []
            let arguments = ["unit": unit.name, "row": String(unit.row)]
            guard !forms.isEmpty else {
                findings.append(RoundFinding(finding: roundFinding(.missingSubmission, arguments), unit: unitIndex,
                                             forms: unreadable))
                lines.append(RoundUnit(unit: unitIndex, status: unreadable.isEmpty ? .missing : .unreadable,
                                       entries: unreadable))
                continue
            }
            // One form needs no order (and no closure holding this accounting, copied per comparison).
            let ordered = forms.count > 1 ? forms.sorted { precedes($0, $1, entries, modified) } : forms
            guard ordered.count > 1 else {
                let status: RoundUnitStatus = entries[ordered[0]].status == .ok ? .passed : .findings
                lines.append(RoundUnit(unit: unitIndex, status: status, counted: ordered[0], entries: ordered + unreadable))
                continue
            }
            lines.append(RoundUnit(unit: unitIndex, status: .duplicate, counted: ordered[0], entries: ordered + unreadable))
            let others = ordered.dropFirst().map { fileLabel(entries[$0]) }
            let finding = roundFinding(.duplicateSubmission, arguments.merging([
                "count": String(ordered.count), "counted": fileLabel(entries[ordered[0]]),
                "others": others.joined(separator: separator),
            ]) { $1 })
            findings.append(RoundFinding(finding: finding, unit: unitIndex, forms: ordered))
        }
        for index in unknown {
            let department = entries[index].department
            let closest = matcher.closestNames(to: department)
            let finding = roundFinding(.unknownUnit, [
                "department": department ?? "-", "file": fileLabel(entries[index]),
                "closest": closest.isEmpty ? vocabulary.noClosestNames.text(in: renderer.language)
                    : closest.joined(separator: separator),
            ])
            findings.append(RoundFinding(finding: finding, forms: [index], closest: closest))
            lines.append(RoundUnit(unit: nil, status: .unknown, counted: index, entries: [index]))
        }
        let submitted = formsByUnit.values.filter { !$0.isEmpty }.count
        let summary = RoundSummary(expected: list.units.count, submitted: submitted,
                                   missing: list.units.count - submitted,
                                   duplicates: formsByUnit.values.filter { $0.count > 1 }.count, unknown: unknown.count)
        return RoundOutcome(entries: entries, units: lines, findings: findings, summary: summary)
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

    /// Whether entry `a` counts before entry `b` for one unit: a version word in its file name first, then the
    /// newer modification date, then the order given.
    private func precedes(_ a: Int, _ b: Int, _ entries: [RoundEntry], _ modified: [String: Date]) -> Bool {
        let markedA = isMarked(entries[a].path), markedB = isMarked(entries[b].path)
        if markedA != markedB { return markedA }
        let dateA = modified[entries[a].path] ?? .distantPast, dateB = modified[entries[b].path] ?? .distantPast
        if dateA != dateB { return dateA > dateB }
        return a < b
    }

    /// Whether a file's name carries a version word (compared compact and lower-cased: `V2`, `第２版`).
    private func isMarked(_ path: String) -> Bool {
        let name = TextForm.compact(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent).lowercased()
        return vocabulary.versionMarkers.contains { name.contains(TextForm.compact($0).lowercased()) }
    }

    /// An entry as a message names it: its file name, and its sheet when the workbook holds several forms.
    private func fileLabel(_ entry: RoundEntry) -> String {
        let name = URL(fileURLWithPath: entry.path).lastPathComponent
        return entry.sheet.map { "\(name)[\($0)]" } ?? name
    }

    private func roundFinding(_ rule: RuleID, _ arguments: [String: String]) -> Finding {
        var finding = Finding(rule: rule, severity: catalog.severity(of: rule), field: .department, sheet: nil, cell: nil,
                              arguments: arguments)
        finding.message = renderer.render(finding)
        return finding
    }
}
