import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// Invariants of the model and the reports, checked over every workbook the tests read (the fixture forms,
/// variants, layouts, workbooks and outputs, the examples, the hostile files) and over forms made from the
/// examples with a seeded generator, checked in memory and written by our writer and read back. Each broken
/// invariant is named with the file, so a failure says where.
@Suite("Model invariants")
struct ModelInvariantTests {
    static let folders = ["forms", "variants", "layouts", "workbooks", "outputs", "hostile"]
    static let files: [URL] = folders.flatMap { Fixtures.files(in: Fixtures.root.appendingPathComponent($0), suffix: ".xlsx") }
        + Fixtures.files(in: Fixtures.packageRoot.appendingPathComponent("Examples"), suffix: ".xlsx")

    static let catalog: RuleCatalog = {
        guard case .success(let bundle) = TemplateBundle.standard else { fatalError("the bundled templates do not load") }
        return bundle.rules
    }()

    @Test func theFilesAreHere() {
        #expect(Self.files.count > 150)
    }

    /// Every report of every fixture, with the workbook it came from.
    @Test(arguments: folders + ["Examples"])
    func everyReportOfTheFixturesHolds(_ folder: String) throws {
        let validator = FormValidator()
        let urls = Self.files.filter { $0.deletingLastPathComponent().lastPathComponent == folder
            || $0.path.contains("/Fixtures/\(folder)/") }
        #expect(!urls.isEmpty)
        var reports: [FileReport] = []
        for url in urls {
            let fileReports = validator.validateForms(fileAt: url, path: url.lastPathComponent)
            let workbook = try? Workbook(contentsOf: url)
            for report in fileReports {
                let problems = Self.problems(of: report, in: workbook)
                #expect(problems.isEmpty, "\(folder)/\(url.lastPathComponent) \(report.sheet ?? ""):\n\(problems.joined(separator: "\n"))")
            }
            reports += fileReports
        }
        let problems = try Self.problems(ofRun: reports)
        #expect(problems.isEmpty, "\(folder): \(problems.joined(separator: "\n"))")
    }

    /// Forms made from the examples, their figures, texts and indicator results varied, some blanked, some
    /// wrong: the invariants hold for each checked in memory, and for every fourth written and read back.
    @Test func generatedFormsHold() throws {
        let validator = FormValidator()
        let bases = try ["huangpu-2021.xlsx", "panyu-2021.xlsx"].map { name in
            try #require(validator.validate(fileAt: Fixtures.packageRoot.appendingPathComponent("Examples/\(name)")).form)
        }
        let writer = try FormWorkbookWriter()
        let folder = TestFolder()
        var generator = SeededGenerator(seed: 13)
        var reports: [FileReport] = []
        var rules: Set<RuleID> = []
        for index in 0..<120 {
            let form = Self.generated(from: bases[index % 2], &generator)
            let findings = validator.check(form)
            let report = FileReport(path: "generated-\(index)", status: findings.isEmpty ? .ok : .findings, form: form,
                                    findings: findings)
            rules.formUnion(findings.map(\.rule))
            #expect(Self.problems(of: report, in: nil).isEmpty, "generated \(index): \(Self.problems(of: report, in: nil))")
            reports.append(report)
            if index % 4 == 0 {
                let url = folder.file("generated-\(index).xlsx")
                try writer.write(form, to: url)
                let read = validator.validate(fileAt: url, path: url.lastPathComponent)
                #expect(read.form != nil, "generated \(index) reads back as a form")
                let problems = Self.problems(of: read, in: try Workbook(contentsOf: url))
                #expect(problems.isEmpty, "generated \(index), written: \(problems.joined(separator: "\n"))")
                reports.append(read)
            }
        }
        // The generator reaches the rules it is meant to: wrong rates and signs, over budget, blanks, unmet indicators.
        #expect(rules.isSuperset(of: [.completionRate, .adjustmentAmount, .adjustmentRate, .requiredField, .emptyText,
                                      .overBudget, .indicatorUnmet]), "\(rules.map(\.rawValue).sorted())")
        let problems = try Self.problems(ofRun: reports)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    // MARK: - The invariants

    /// What must hold of one report; `workbook` is the file read, where there is one, for the cells' checks.
    static func problems(of report: FileReport, in workbook: Workbook?) -> [String] {
        var problems: [String] = []
        func check(_ condition: Bool, _ problem: @autoclosure () -> String) { if !condition { problems.append(problem()) } }

        // Status: unreadable exactly when there is an error, and then nothing was read; else ok exactly when no
        // finding.
        check((report.status == .unreadable) == (report.error != nil), "status \(report.status) with error \(report.error.map { "\($0)" } ?? "none")")
        switch report.status {
        case .unreadable, .skipped:
            check(report.form == nil && report.findings.isEmpty, "\(report.status) but a form or findings")
        case .ok, .findings:
            check(report.form != nil, "\(report.status) without a form")
            check((report.status == .ok) == report.findings.isEmpty, "status \(report.status) with \(report.findings.count) findings")
        }
        check(report.count(.error) + report.count(.warning) + report.count(.info) == report.findings.count, "severities do not add up")
        guard let form = report.form else { return problems }

        let sheets = workbook.map { Dictionary($0.sheets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }) }
        let formSheets = Set([form.sheet] + [form.score?.sheet].compactMap { $0 })
        if let sheets { check(formSheets.allSatisfy { sheets[$0] != nil }, "the form's sheets \(formSheets.sorted()) are not all in the workbook") }

        // Sources: a model key, on one of the form's sheets, the label holding text.
        for (key, source) in form.sources {
            check(FieldKey.allModelKeys.contains(key.pattern), "source \(key) is not a model key")
            check(formSheets.contains(source.sheet), "source \(key) on sheet \(source.sheet), not the form's")
            check(source.cell != nil || source.label != nil, "source \(key) names no cell")
            if let label = source.label, let sheet = sheets?[source.sheet] {
                check(sheet.grid.visibleCell(at: label)?.value.text?.isEmpty == false, "source \(key): label \(label) holds no text")
            }
            if source.withoutTotalRow { check(source.cell == nil, "source \(key) without a total row has a cell") }
        }
        // A figure read from a cell came from that cell.
        for (key, value) in form.figures where workbook != nil {
            guard let source = form.sources[key], let cell = source.cell, source.takenFrom == nil,
                  let sheet = sheets?[source.sheet] else { continue }
            let read = sheet.grid.visibleCell(at: cell)
            // A formula saved without its result (openpyxl) is worked out from the formula.
            check(read != nil && (read?.value != .empty || read?.formula != nil), "figure \(key) = \(value) but its cell \(cell) is empty")
        }

        // Rates are fractions: a plausible form's are well below 100 (97.8% is 0.978).
        for key in [FieldKey.completionRate, .adjustmentRate] {
            if let rate = form.funds[key] { check(abs(rate.value) < 100, "\(key) = \(rate.text) is not a fraction") }
        }
        // Rows: as many sources as rows are not required. A source past the last row read is a blank row of the
        // table (where `fill --template` puts rows of data): its cell holds nothing but what a template may
        // print in a row left blank. No score row is past the last.
        for (key, source) in form.sources {
            let table = Self.row(of: key, in: "keyIndicators").map { ($0, form.keyIndicators.count) }
                ?? Self.row(of: key, in: "tasks").map { ($0, form.tasks.count) }
            if let (row, count) = table, row >= count, let cell = source.cell, let sheet = sheets?[source.sheet] {
                let text = sheet.grid.visibleCell(at: cell)?.value
                check(text == nil || text == .empty || text?.isText == true, "source \(key) past the rows names \(cell), which holds \(text.map { "\($0)" } ?? "")")
            }
            if let row = Self.row(of: key, in: "score.rows") { check(row < (form.score?.rows.count ?? 0), "source \(key) past the score rows") }
        }

        // Findings: a catalogued rule at its catalogued severity (but for the contract's two exceptions), a model
        // key, on one of the form's sheets, a rendered message.
        let ruleIDs = Set(catalog.rules.map(\.id))
        for finding in report.findings {
            let name = "\(finding.rule) \(finding.field)"
            check(ruleIDs.contains(finding.rule.rawValue), "\(name): rule not in the catalogue")
            check(FieldKey.allModelKeys.contains(finding.field.pattern), "\(name): field is not a model key")
            var severity = catalog.severity(of: finding.rule)
            if finding.rule == .adjustmentAmount && finding.kind == .sign { severity = .warning }
            if finding.rule == .requiredField && finding.kind == .title { severity = .info }
            check(finding.severity == severity, "\(name): severity \(finding.severity), the catalogue says \(severity)")
            if let sheet = finding.sheet { check(formSheets.contains(sheet), "\(name): on sheet \(sheet), not the form's") }
            if finding.cell != nil { check(finding.sheet != nil, "\(name): a cell without its sheet") }
            if let cell = finding.cell, let sheet = finding.sheet.flatMap({ sheets?[$0] }) {
                let last = sheet.cells.reduce(CellReference(row: 0, column: 0)) {
                    CellReference(row: max($0.row, $1.row), column: max($0.column, $1.column))
                }
                let lastMerged = sheet.merges.reduce(last) {
                    CellReference(row: max($0.row, $1.last.row), column: max($0.column, $1.last.column))
                }
                check(cell.row <= lastMerged.row + 1 && cell.column <= lastMerged.column + 1,
                      "\(name): cell \(cell) outside the sheet (last \(lastMerged))")
            }
            check(!finding.message.isEmpty && finding.message != finding.rule.rawValue, "\(name): no message")
            check(MessageRenderer.placeholders(in: finding.message).isEmpty, "\(name): unfilled placeholder in \(finding.message)")
            check(catalog.messages[finding.messageKey] != nil, "\(name): message key \(finding.messageKey) not in the catalogue")
            if finding.kind == .sign, let stated = finding.stated, let expected = finding.expected {
                check(stated != expected, "\(name): a sign finding states what it expects")
            }
        }
        return problems
    }

    /// What must hold of a run: the summary's counts add up, and the JSON document parses with every key of the
    /// contract (form-model.md §4).
    static func problems(ofRun reports: [FileReport]) throws -> [String] {
        var problems: [String] = []
        let summary = ValidationSummary(reports)
        let read = reports.filter { $0.status != .skipped }
        if summary.files != summary.ok + summary.withFindings + summary.unreadable { problems.append("summary: files \(summary.files) ≠ ok + withFindings + unreadable") }
        if summary.files != read.count { problems.append("summary: files \(summary.files), \(read.count) read") }
        if summary.workbooks > summary.files { problems.append("summary: more workbooks than files") }
        if summary.skippedCount != reports.count - read.count { problems.append("summary: skipped \(summary.skippedCount)") }
        let findings = reports.flatMap(\.findings)
        if summary.errors + summary.warnings + summary.infos != findings.count { problems.append("summary: severities do not add up") }
        if (summary.errors > 0) != findings.contains(where: { $0.severity == .error }) { problems.append("summary: errors") }

        let text = ReportJSON.document(reports) { _ in nil }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = document["files"] as? [[String: Any]] ?? []
        if files.count != read.count { problems.append("JSON: \(files.count) files for \(read.count) reports") }
        let summaryKeys = ["files", "ok", "withFindings", "unreadable", "errors", "warnings", "infos", "skipped"]
        let jsonSummary = document["summary"] as? [String: Any] ?? [:]
        for key in summaryKeys where jsonSummary[key] == nil { problems.append("JSON: summary without \(key)") }
        if (jsonSummary["errors"] as? NSNumber)?.intValue != summary.errors { problems.append("JSON: summary.errors") }
        if (jsonSummary["infos"] as? NSNumber)?.intValue != summary.infos { problems.append("JSON: summary.infos") }
        let formKeys = ["title", "year", "unit", "department", "funds", "overallGoal", "overallGoalResult", "keyIndicators",
                        "tasks", "problems", "improvements"]
        let fundsKeys = ["annualBudget", "initialBudget", "actual", "adjustment", "generalPublicBudget", "governmentFundBudget",
                         "stateCapitalBudget", "otherFunds", "completionRate", "adjustmentRate"]
        let findingKeys = ["rule", "severity", "field", "sheet", "cell", "stated", "expected", "kind", "message"]
        // The document lists the files in path order; each is found by its path and sheet.
        var byName: [String: [String: Any]] = [:]
        for file in files { byName["\(file["path"] as? String ?? "") \(file["sheet"] as? String ?? "")"] = file }
        if byName.count != files.count { problems.append("JSON: two entries for one path and sheet") }
        for report in read {
            let name = "\(report.path) \(report.sheet ?? "")"
            guard let file = byName[name] else { problems.append("JSON: no entry for \(name)"); continue }
            for key in ["path", "status", "error", "form", "findings"] where file[key] == nil { problems.append("JSON \(name): no \(key)") }
            if file["status"] as? String != report.status.rawValue { problems.append("JSON \(name): status") }
            if report.status == .unreadable, (file["error"] as? String)?.isEmpty != false { problems.append("JSON \(name): unreadable without a reason") }
            if let form = file["form"] as? [String: Any] {
                for key in formKeys where form[key] == nil { problems.append("JSON \(name): form without \(key)") }
                let funds = form["funds"] as? [String: Any] ?? [:]
                for key in fundsKeys where funds[key] == nil { problems.append("JSON \(name): funds without \(key)") }
                // Amounts are written as the decimal the sheet shows.
                for key in fundsKeys {
                    if let number = funds[key] as? NSNumber, let value = report.form?.funds[FieldKey(rawValue: "funds.\(key)")] {
                        if Decimal(string: number.description) != value.value { problems.append("JSON \(name): funds.\(key) \(number) ≠ \(value.text)") }
                    }
                }
            }
            let jsonFindings = file["findings"] as? [[String: Any]] ?? []
            if jsonFindings.count != report.findings.count { problems.append("JSON \(name): \(jsonFindings.count) findings") }
            for finding in jsonFindings {
                for key in findingKeys where finding[key] == nil { problems.append("JSON \(name): a finding without \(key)") }
            }
        }
        return problems
    }

    /// The row index of a key under `table` (`tasks[2].funds` → 2), nil for another table.
    static func row(of key: FieldKey, in table: String) -> Int? {
        let text = key.rawValue
        guard text.hasPrefix(table + "["), let close = text.firstIndex(of: "]") else { return nil }
        return Int(text[text.index(text.startIndex, offsetBy: table.count + 1)..<close])
    }

    // MARK: - Generated forms

    /// A base form with its figures varied: amounts scaled, the derived figures recomputed or left blank or made
    /// wrong, the adjustment's sign dropped, a required field or a text blanked, indicator results moved.
    static func generated(from base: Form, _ generator: inout SeededGenerator) -> Form {
        func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(generator.next() % UInt64(range.count)) }
        var form = base
        let initial = Decimal(int(10_000...5_000_000)) / 100
        let annual = initial * Decimal(int(800...1_200)) / 1_000
        let actual = annual * Decimal(int(850...1_050)) / 1_000
        form.funds.initialBudget = ShownDecimal(initial, places: 2)
        form.funds.annualBudget = ShownDecimal(annual, places: 2)
        form.funds.actual = ShownDecimal(actual, places: 2)
        form.funds.generalPublicBudget = form.funds.actual
        for key in [FieldKey.governmentFundBudget, .stateCapitalBudget, .otherFunds] { form.funds[key] = nil }
        if let annual = form.funds.annualBudget, let initial = form.funds.initialBudget, let actual = form.funds.actual {
            let adjustment = ShownDecimal(annual.value - initial.value, places: 2)
            form.funds.adjustment = int(0...5) == 0 ? ShownDecimal(abs(adjustment.value), places: 2) : adjustment
            let rate = Self.rounded(actual.value / annual.value, places: 3)
            form.funds.completionRate = ShownDecimal(int(0...5) == 0 ? rate + Decimal(int(1...9)) / 100 : rate, places: 3)
            let adjustmentRate = Self.rounded(adjustment.value / initial.value, places: 3)
            form.funds.adjustmentRate = ShownDecimal(int(0...5) == 0 ? -adjustmentRate + Decimal(1) / 100 : adjustmentRate, places: 3)
        }
        switch int(0...9) {
        case 0: form.department = nil
        case 1: form.funds.annualBudget = nil
        case 2: form.problems = nil
        case 3: form.overallGoalResult = nil
        case 4: form.funds.completionRate = nil
        default: break
        }
        for row in form.keyIndicators.indices {
            guard let target = form.keyIndicators[row].targetValue, let unit = form.keyIndicators[row].targetUnit else { continue }
            let result = ShownDecimal(target.value * Decimal(int(80...120)) / 100, places: 0)
            form.keyIndicators[row].result = "\(result.text)\(unit)"
            form.keyIndicators[row].resultValue = ShownDecimal(Self.rounded(result.value, places: 0), places: 0)
            form.keyIndicators[row].resultUnit = unit
        }
        return form
    }

    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }
}
