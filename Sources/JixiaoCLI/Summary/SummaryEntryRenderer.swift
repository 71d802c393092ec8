import Foundation
import JixiaoForm
import Locking

/// Turns a report into its ``SummaryEntry``: the 汇总 row (department, year, the form's unit where it differs
/// from the summary's, budgets converted to the summary's unit, 预算完成率 as stated and as computed, key
/// indicators met / unmet / not comparable, findings by severity, status, the reason when unreadable, a link
/// naming the file that opens it or, for one form of a workbook holding several, its sheet), the 图表 data row
/// of a readable form (its department, or its file's name when it has none, and the computed rate), and a
/// 问题清单 row per finding with the rule's and field's names beside their ids and a link to its cell; each cell
/// with its style and its row's fill (red for errors, yellow for warnings only, orange for unreadable).
///
/// It does all of a report's work for the summary except placing the cells, so a bulk run does it in the
/// worker that read the file (see ``WorkerPool``) and ``SummaryWorkbook`` in the parent only writes cells.
/// Safe to share between threads.
///
/// ```swift
/// let renderer = SummaryEntryRenderer(layout: layout, language: .zh, summaryFolder: URL(fileURLWithPath: "out"),
///                                     unit: .tenThousandYuan)
/// let entry = renderer.entry(for: report)
/// ```
final class SummaryEntryRenderer: Sendable {
    let layout: SummaryLayout
    let language: Language
    /// The folder of the summary workbook: links are relative to it.
    let summaryFolder: URL
    /// The money unit of the summary's amounts.
    let unit: SummaryUnit
    /// The files' paths relative to the summary's folder, for the links (a cache per folder).
    private let linkPaths: Locked<LinkPaths>
    /// The run's fixed texts in its language, looked up once rather than per row.
    private let texts: FixedTexts
    /// What each column of 汇总, 图表 and 问题清单 holds, read once from the layout's keys rather than per cell.
    private let summaryFields: [SummaryColumnKey?]
    private let chartFields: [SummaryColumnKey?]
    /// The form field each 汇总 column shows (nil for the run's own columns), looked up once.
    private let formFields: [FormField?]
    private let findingFields: [FindingColumnKey?]

    init(layout: SummaryLayout, language: Language, summaryFolder: URL, unit: SummaryUnit = .tenThousandYuan) {
        self.layout = layout
        self.language = language
        self.summaryFolder = summaryFolder
        self.unit = unit
        texts = FixedTexts(layout: layout, language: language, unit: unit)
        summaryFields = layout.summaryColumns.map { SummaryColumnKey(rawValue: $0.key) }
        formFields = summaryFields.map { $0?.field }
        chartFields = Self.chartColumns(of: layout).map { SummaryColumnKey(rawValue: $0.key) }
        findingFields = layout.findingColumns.map { FindingColumnKey(rawValue: $0.key) }
        linkPaths = Locked(LinkPaths(summaryFolder: summaryFolder))
    }

    /// The 图表 sheet's columns: department, computed rate and file, as the layout names them.
    static func chartColumns(of layout: SummaryLayout) -> [SummaryLayout.Column] {
        ["department", "computedCompletionRate", "file"].compactMap { key in layout.summaryColumns.first { $0.key == key } }
    }

    /// The fixed texts of a run: labels, the link text and the note's wording, in the run's language.
    private struct FixedTexts: Sendable {
        let layout: SummaryLayout
        let messages: MessageLanguage
        let rulesNote: String
        let ruleSeparator: String
        let statuses: [FileStatus: String]
        let warningsOnly: String
        let severities: [Severity: String]
        let unitNotStated: String
        /// Rule and field names, from the bundled catalogue (ids and keys stand in without it).
        let catalog: RuleCatalog?

        init(layout: SummaryLayout, language: Language, unit: SummaryUnit) {
            let messages = language.messages
            self.layout = layout
            self.messages = messages
            rulesNote = layout.text("rulesNote", in: messages)
            ruleSeparator = language.pick("、", ", ")
            statuses = Dictionary(uniqueKeysWithValues: FileStatus.allCases.map { ($0, layout.label(for: $0, in: messages)) })
            warningsOnly = layout.statuses["warningsOnly"]?.text(in: messages) ?? FileStatus.findings.rawValue
            severities = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, layout.label(for: $0, in: messages)) })
            unitNotStated = layout.text("unitNotStated", in: messages, ["unit": unit.label(in: language)])
            catalog = try? TemplateBundle.standard.get().rules
        }

        /// The text of the links to a file: `打开 a.xlsx`.
        func linkText(naming path: String) -> String {
            layout.text("linkText", in: messages, ["name": SummaryEntryRenderer.fileName(of: path)])
        }

        func ruleName(_ rule: RuleID) -> String { catalog?.name(of: rule, in: messages) ?? rule.rawValue }

        func fieldName(_ field: FieldKey) -> String { catalog?.fieldName(field, in: messages) ?? field.rawValue }
    }

    /// The last part of a path: `returned/番禺区/a.xlsx` is `a.xlsx`.
    static func fileName(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    /// The report's rows for the summary workbook.
    func entry(for report: FileReport) -> SummaryEntry {
        let linkText = texts.linkText(naming: report.path)
        var cells = Cells(links: HyperlinkFormulas(target: "", text: linkText), linkText: linkText, unit: unit)
        if let reason = report.skipReason {
            addSkippedRow(report, reason: reason, to: &cells)
            return cells.entry
        }
        let target = linkPaths.withLock { $0.path(of: report.path) }
        cells = Cells(links: HyperlinkFormulas(target: target, text: linkText), linkText: linkText, unit: unit)
        cells.formUnit = report.form?.unit.flatMap(SummaryUnit.init(rawValue:)) ?? .tenThousandYuan
        addSummaryRow(report, to: &cells)
        for finding in report.findings { addFindingRow(finding, of: report, to: &cells) }
        return cells.entry
    }

    private func addSummaryRow(_ report: FileReport, to cells: inout Cells) {
        let row = SummaryRow(report)
        let name = ValidationText.name(of: report, language: language)
        let fill: RowFill = row.status == .unreadable ? .unreadable
            : row.errors > 0 ? .error : row.warnings > 0 ? .warning : .none
        let computedRate = report.form.flatMap { DerivedFigures($0.funds).completionRate }
            .map { ShownDecimal($0, places: Self.computedRatePlaces) }
        cells.entry.begin(.summary)
        for (index, field) in summaryFields.enumerated() {
            switch field {
            case .file: cells.text(name, index, fill)
            case .link:
                // A form of a workbook holding several opens at its sheet.
                cells.link(location: report.sheet.map { "'" + SummaryText.doublingQuotes($0) + "'!A1" }, index, fill)
            case .field: cells.field(formFields[index], of: report.form, index, fill)
            case .indicatorsMet: cells.integer(report.form == nil ? nil : row.indicators.met, index, fill)
            case .indicatorsUnmet: cells.integer(report.form == nil ? nil : row.indicators.unmet, index, fill)
            case .indicatorsNotComparable:
                cells.integer(report.form == nil ? nil : row.indicators.notComparable, index, fill)
            case .errors: cells.integer(row.errors, index, fill)
            case .warnings: cells.integer(row.warnings, index, fill)
            case .infos: cells.integer(row.infos, index, fill)
            case .originalUnit:
                if let form = report.form, form.unit != unit.rawValue {
                    cells.text(form.unit ?? texts.unitNotStated, index, fill)
                } else {
                    cells.text(nil, index, fill)
                }
            case .computedCompletionRate: cells.rate(computedRate, index, fill)
            case .status:
                cells.text(fill == .warning ? texts.warningsOnly : texts.statuses[row.status], index, fill,
                           style: row.errors > 0 || row.status == .unreadable ? .alert : .plain)
            case .note: cells.text(note(for: report, row: row), index, fill, style: .prose)
            case nil: break
            }
        }
        cells.entry.end()
        if let form = report.form {
            // Every readable form, so a large round can count those whose rate cannot be computed.
            cells.entry.begin(.chart)
            for (index, field) in chartFields.enumerated() {
                switch field {
                case .field(.department):
                    let fileName = Self.fileName(of: report.path)
                        + (report.sheet.map { ValidationText.sheetSuffix($0, language: language) } ?? "")
                    cells.text(form.department.flatMap { $0.isEmpty ? nil : $0 } ?? fileName, index, .none, style: .plain)
                case .computedCompletionRate: cells.rate(computedRate, index, .none)
                default: cells.text(name, index, .none, style: .plain)
                }
            }
            cells.entry.end()
        }
    }

    /// A skipped file's 汇总 row: its path, the status and the reason, nothing else. Only jixiao's own outputs
    /// get one; files that are not workbooks are counted in the JSON report.
    private func addSkippedRow(_ report: FileReport, reason: SkipReason, to cells: inout Cells) {
        guard reason != .notAWorkbook else { return }
        cells.entry.begin(.summary)
        for (index, field) in summaryFields.enumerated() {
            switch field {
            case .file: cells.text(report.path, index, .none)
            case .status: cells.text(texts.statuses[.skipped], index, .none)
            case .note: cells.text(SkipWords.reason(reason, language: language), index, .none, style: .prose)
            default: break
            }
        }
        cells.entry.end()
    }

    private func addFindingRow(_ finding: Finding, of report: FileReport, to cells: inout Cells) {
        let fill: RowFill = finding.severity == .error ? .error : finding.severity == .warning ? .warning : .none
        let isRate = Funds.rateKeys.contains(finding.field)
        let cellName = finding.cell?.description
        var place = cellName
        if let sheetName = finding.sheet, sheetName != report.form?.sheet, let cellName { place = "\(sheetName)!\(cellName)" }
        cells.entry.begin(.finding)
        for (index, field) in findingFields.enumerated() {
            switch field {
            case .file: cells.text(ValidationText.name(of: report, language: language), index, fill)
            case .department: cells.text(report.form?.department, index, fill)
            case .rule: cells.text(finding.rule.rawValue, index, fill)
            case .ruleName: cells.text(texts.ruleName(finding.rule), index, fill)
            case .severity:
                cells.text(texts.severities[finding.severity], index, fill,
                           style: finding.severity == .error ? .alert : .plain)
            case .field: cells.text(finding.field.rawValue, index, fill)
            case .fieldName: cells.text(texts.fieldName(finding.field), index, fill)
            case .cell: cells.text(place, index, fill)
            case .stated: cells.value(finding.stated, isRate: isRate, index, fill)
            case .expected: cells.value(finding.expected, isRate: isRate, index, fill)
            case .message: cells.text(finding.message, index, fill, style: .prose)
            case .link:
                let location = cellName.map { cellName in
                    "'" + SummaryText.doublingQuotes(finding.sheet ?? report.form?.sheet ?? "") + "'!" + cellName
                }
                cells.link(location: (finding.sheet ?? report.form?.sheet) == nil ? nil : location, index, fill)
            case nil: break
            }
        }
        cells.entry.end()
    }

    /// The 说明 of a 汇总 row: the reason for an unreadable file, the rules with findings otherwise; then, for
    /// an old workbook LibreOffice converted, that it was.
    private func note(for report: FileReport, row: SummaryRow) -> String? {
        let converted = report.convertedFrom.map { ConversionWords.note(from: $0, language: language) }
        let said: String?
        if let error = report.error {
            let message = ErrorPresenter.message(for: error, file: report.path, language: language)
            let prefix = report.path + language.pick("：", ": ")
            said = message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
        } else if !row.rules.isEmpty {
            said = texts.rulesNote + row.rules.map(texts.ruleName).joined(separator: texts.ruleSeparator)
        } else {
            said = nil
        }
        let parts = [said, converted].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: language.pick("；", "; "))
    }

    /// The places a computed 预算完成率 is kept to: a hundredth of a percent.
    static let computedRatePlaces = 4

    /// The cells of one report as they are settled: texts made safe for a cell, figures at the precision the
    /// form shows, links worked out, and nothing for an empty cell without a fill.
    private struct Cells {
        var entry = SummaryEntry()
        /// The links to the current file, its path relative to the summary worked out once for all of them.
        let links: HyperlinkFormulas
        /// What a link to the file shows (it names the file), and the cell's text where no link can be made.
        let linkText: String
        /// The summary's money unit, and the form's (its amounts are converted from it).
        let unit: SummaryUnit
        var formUnit = SummaryUnit.tenThousandYuan

        init(links: HyperlinkFormulas, linkText: String, unit: SummaryUnit) {
            self.links = links
            self.linkText = linkText
            self.unit = unit
        }

        private static func style(_ base: SummaryStyles.Base, _ fill: RowFill) -> Int {
            base.index * RowFill.allCases.count + fill.rawValue
        }

        /// A text, wrapped within its column unless `base` says otherwise (the chart sheet's rows keep one line).
        mutating func text(_ value: String?, _ column: Int, _ fill: RowFill, style base: SummaryStyles.Base = .prose) {
            guard let value, !value.isEmpty else {
                if fill != .none { entry.blank(column: column, style: Self.style(base, fill)) }
                return
            }
            entry.text(SummaryText.cellSafe(value), column: column, style: Self.style(base, fill))
        }

        /// A field of the form, as its kind is shown; blank for an unreadable file.
        mutating func field(_ field: FormField?, of form: Form?, _ column: Int, _ fill: RowFill) {
            guard let field else { return }
            switch field.kind {
            case .year: integer(form.flatMap(field.year(in:)), column, fill)
            case .amount: money(form.flatMap { field.figure(in: $0.funds) }, column, fill)
            case .weight, .score: amount(form.flatMap { field.figure(in: $0.funds) }, column, fill)
            case .rate: rate(form.flatMap { field.figure(in: $0.funds) }, column, fill)
            case .text, .table: text(form.flatMap(field.text(in:)), column, fill)
            }
        }

        mutating func integer(_ value: Int?, _ column: Int, _ fill: RowFill) {
            guard let value else { return text(nil, column, fill) }
            entry.integer(value, column: column, style: Self.style(.integer, fill))
        }

        mutating func amount(_ value: ShownDecimal?, _ column: Int, _ fill: RowFill) {
            guard let value else { return text(nil, column, fill) }
            number(value, column, base: .amount(value.places), fill)
        }

        /// An amount of money in the summary's unit, converted exactly from the form's, shown with
        /// ``SummaryStyles/moneyPlaces`` decimals so a column compares at a glance (the cell holds it whole).
        mutating func money(_ value: ShownDecimal?, _ column: Int, _ fill: RowFill) {
            guard let value else { return text(nil, column, fill) }
            number(unit.converting(value, from: formUnit), column, base: .amount(SummaryStyles.moneyPlaces), fill)
        }

        mutating func rate(_ value: ShownDecimal?, _ column: Int, _ fill: RowFill) {
            guard let value else { return text(nil, column, fill) }
            number(value, column, base: .rate(value.places), fill)
        }

        /// A figure as the sheet shows it (``SummaryText/exact(_:)``). Its shown text read as a double is the
        /// double the `Decimal` writer stores (the same decimal number, read with the same correctly rounded
        /// conversion), without a `Decimal` parse and print per cell.
        private mutating func number(_ value: ShownDecimal, _ column: Int, base: SummaryStyles.Base, _ fill: RowFill) {
            if let double = SummaryText.double(value) {
                entry.double(double, column: column, style: Self.style(base, fill))
            } else {
                entry.decimal(SummaryText.exact(value), column: column, style: Self.style(base, fill))
            }
        }

        mutating func value(_ value: FindingValue?, isRate: Bool, _ column: Int, _ fill: RowFill) {
            switch value {
            case .number(let figure): isRate ? rate(figure, column, fill) : amount(figure, column, fill)
            case .text(let text): self.text(text, column, fill)
            case nil: text(nil, column, fill)
            }
        }

        /// A link that opens the current file (at `location`, such as `'Sheet1'!E6`), showing the file's name;
        /// the name as plain text where Excel cannot hold the address (see ``HyperlinkFormulas``).
        mutating func link(location: String?, _ column: Int, _ fill: RowFill) {
            guard let formula = links.formula(location: location) else { return text(linkText, column, fill) }
            entry.link(formula, text: SummaryText.cellSafe(linkText), column: column, style: Self.style(.link, fill))
        }
    }
}
