import Foundation
import JixiaoForm
import XLSXWriter

/// `validate --summary FILE`: the workbook an officer sorts and filters in Excel.
///
/// - 汇总: one row per file in path order (department, year, unit, budgets, spending, the two rates, key
///   indicators met / unmet / not comparable, findings by severity, status, and the reason when unreadable;
///   one row per form of a workbook holding several, named with its sheet), a link to the file, a frozen
///   header, an autofilter, number formats at the precision each form shows, rows with errors filled red and
///   unreadable rows orange.
/// - 问题清单: one row per finding, with a link that opens the file at the finding's cell.
/// - 图表: 预算完成率 by department: the department, rate and file of every form that states a rate, and bar
///   charts drawn from them, 40 departments a chart.
///
/// Written in libxlsxwriter's constant-memory mode as reports arrive, so memory stays flat whatever the number
/// of files; sheet names, columns and labels come from ``SummaryLayout``. The file appears atomically when
/// ``finish(_:)`` succeeds; before that, and on ``discard()``, the destination is untouched.
final class SummaryWorkbook: ReportSink {
    private let workbook: WorkbookWriter
    private let summary: WorksheetWriter
    private let findings: WorksheetWriter
    private let chartSheet: WorksheetWriter
    private let layout: SummaryLayout
    private let language: Language
    /// The files' paths relative to the summary's folder, for the links.
    private var linkPaths: LinkPaths
    private var summaryRow = 1
    private var findingRow = 1
    private var chartRow = 1
    /// The run's fixed texts in its language, looked up once rather than per row.
    private let texts: FixedTexts
    /// The chart sheet's columns, worked out once from the layout.
    private let chartColumns: [SummaryLayout.Column]
    /// What each column of 汇总 and 问题清单 holds, read once from the layout's keys rather than per cell.
    private let summaryFields: [SummaryField?]
    private let chartFields: [SummaryField?]
    private let findingFields: [FindingField?]
    /// Each data-cell style with each fill, prepared on first use (so formats are made in the same order as by
    /// writing the styles themselves), then written without a per-cell style lookup.
    private var preparedStyles = [PreparedStyle?](repeating: nil, count: Styles.Base.count * RowFill.allCases.count)

    /// Starts the workbook; it replaces `destination` only when ``finish(_:)`` succeeds.
    /// - Parameters:
    ///   - destination: the `.xlsx` to write (its folder must exist).
    ///   - layout: sheet names, columns, labels.
    ///   - language: the language of headers and labels.
    /// - Throws: `XLSXWriterError` when the destination cannot be written.
    init(destination: URL, layout: SummaryLayout, language: Language) throws(XLSXWriterError) {
        self.layout = layout
        self.language = language
        texts = FixedTexts(layout: layout, language: language)
        chartColumns = ["department", "completionRate", "file"].compactMap { key in
            layout.summaryColumns.first { $0.key == key }
        }
        summaryFields = layout.summaryColumns.map { SummaryField(rawValue: $0.key) }
        chartFields = chartColumns.map { SummaryField(rawValue: $0.key) }
        findingFields = layout.findingColumns.map { FindingField(rawValue: $0.key) }
        linkPaths = LinkPaths(summaryFolder: destination.standardizedFileURL.deletingLastPathComponent())
        workbook = try WorkbookWriter(writingTo: destination,
                                      options: WorkbookOptions(overwrite: true, constantMemory: true))
        let names = layout.sheets
        summary = try workbook.addWorksheet(named: names.summary.text(in: language.messages))
        findings = try workbook.addWorksheet(named: names.findings.text(in: language.messages))
        chartSheet = try workbook.addWorksheet(named: names.chart.text(in: language.messages))
        // Marked, so a later run over a folder holding it skips it rather than read it as a form.
        try workbook.setProperties(DocumentProperties(title: layout.sheets.summary.text(in: language.messages),
                                                      author: "jixiao", custom: OutputRecognizer.mark(.summary)))
        try writeHeader(layout.summaryColumns, on: summary)
        try writeHeader(layout.findingColumns, on: findings)
        try writeHeader(chartColumns, on: chartSheet)
        try chartSheet.setPrintSetup(PrintSetup(orientation: .landscape, fitToPagesWide: 1, fitToPagesTall: 0))
    }

    /// The fixed texts of a run: labels, the link text and the note's wording, in the run's language.
    private struct FixedTexts {
        let linkText: String
        let linkCachedText: String
        let findingsTruncated: String
        let rulesNote: String
        let ruleSeparator: String
        let statuses: [FileStatus: String]
        let severities: [Severity: String]

        init(layout: SummaryLayout, language: Language) {
            let messages = language.messages
            linkText = layout.text("linkText", in: messages)
            linkCachedText = SummaryText.cellSafe(linkText)
            findingsTruncated = layout.text("findingsTruncated", in: messages)
            rulesNote = layout.text("rulesNote", in: messages)
            ruleSeparator = language.pick("、", ", ")
            statuses = Dictionary(uniqueKeysWithValues: FileStatus.allCases.map { ($0, layout.label(for: $0, in: messages)) })
            severities = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, layout.label(for: $0, in: messages)) })
        }
    }

    // MARK: - ReportSink

    func add(_ report: FileReport) throws {
        if let reason = report.skipReason { return try addSkippedRow(report, reason: reason) }
        links = HyperlinkFormulas(target: linkPaths.path(of: report.path), text: texts.linkText)
        try addSummaryRow(report)
        for finding in report.findings { try addFindingRow(finding, of: report) }
    }

    /// The links to the current file, its path relative to the summary worked out once for all of them.
    private var links = HyperlinkFormulas(target: "", text: "")

    func finish(_ totals: ValidationSummary) throws {
        let lastSummaryRow = summaryRow - 1
        try summary.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: lastSummaryRow,
                                           lastColumn: max(layout.summaryColumns.count - 1, 1)))
        try findings.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: findingRow - 1,
                                            lastColumn: max(layout.findingColumns.count - 1, 1)))
        try insertCharts()
        try workbook.close()
    }

    /// Drops the workbook: its temporary file is removed and the destination is untouched.
    func discard() {
        // A WorkbookWriter released without close() writes nothing; nothing else holds the file.
    }

    // MARK: - Rows

    private func writeHeader(_ columns: [SummaryLayout.Column], on sheet: WorksheetWriter) throws(XLSXWriterError) {
        try sheet.setRowHeight(32, row: 0)
        for (index, column) in columns.enumerated() {
            try sheet.setColumnWidth(column.width, columns: index...index)
            try sheet.writeText(column.header(in: language.messages), row: 0, column: index, style: Styles.header)
        }
        try sheet.freezePanes(row: 1, column: 1)
        // Printed: A3 landscape, one page wide, the header on every page.
        try sheet.setPrintSetup(PrintSetup(paper: .a3, orientation: .landscape, fitToPagesWide: 1, fitToPagesTall: 0,
                                           repeatRows: 0...0))
    }

    private func addSummaryRow(_ report: FileReport) throws(XLSXWriterError) {
        guard summaryRow < ExcelLimits.rowCount else { return }
        let row = SummaryRow(report)
        let fill: RowFill = row.status == .unreadable ? .unreadable : (row.errors > 0 ? .error : .none)
        let sheet = summary
        let line = summaryRow
        for (index, field) in summaryFields.enumerated() {
            switch field {
            case .file: try text(ValidationText.name(of: report, language: language), on: sheet, line, index, fill)
            case .link:
                // A form of a workbook holding several opens at its sheet.
                try link(location: report.sheet.map { "'" + SummaryText.doublingQuotes($0) + "'!A1" }, on: sheet, line,
                         index, fill)
            case .department: try text(row.department, on: sheet, line, index, fill)
            case .year: try integer(row.year, on: sheet, line, index, fill)
            case .unit: try text(row.unit, on: sheet, line, index, fill)
            case .annualBudget: try amount(row.annualBudget, on: sheet, line, index, fill)
            case .initialBudget: try amount(row.initialBudget, on: sheet, line, index, fill)
            case .actual: try amount(row.actual, on: sheet, line, index, fill)
            case .completionRate: try rate(row.completionRate, on: sheet, line, index, fill)
            case .adjustmentRate: try rate(row.adjustmentRate, on: sheet, line, index, fill)
            case .indicatorsMet: try integer(report.form == nil ? nil : row.indicators.met, on: sheet, line, index, fill)
            case .indicatorsUnmet:
                try integer(report.form == nil ? nil : row.indicators.unmet, on: sheet, line, index, fill)
            case .indicatorsNotComparable:
                try integer(report.form == nil ? nil : row.indicators.notComparable, on: sheet, line, index, fill)
            case .errors: try integer(row.errors, on: sheet, line, index, fill)
            case .warnings: try integer(row.warnings, on: sheet, line, index, fill)
            case .infos: try integer(row.infos, on: sheet, line, index, fill)
            case .status:
                try text(texts.statuses[row.status], on: sheet, line, index, fill,
                         style: row.errors > 0 || row.status == .unreadable ? .alert : .plain)
            case .note: try text(note(for: report, row: row), on: sheet, line, index, fill, style: .prose)
            case nil: break
            }
        }
        summaryRow += 1
        if let rate = row.completionRate, chartRow < ExcelLimits.rowCount {
            for (index, field) in chartFields.enumerated() {
                switch field {
                case .department:
                    try text(row.department ?? ValidationText.name(of: report, language: language), on: chartSheet, chartRow,
                             index, .none)
                case .completionRate: try self.rate(rate, on: chartSheet, chartRow, index, .none)
                default: try text(ValidationText.name(of: report, language: language), on: chartSheet, chartRow, index, .none)
                }
            }
            chartRow += 1
        }
    }

    /// A skipped file's 汇总 row: its path, the status and the reason, nothing else. Only jixiao's own outputs
    /// get one; files that are not workbooks are counted in the JSON report.
    private func addSkippedRow(_ report: FileReport, reason: SkipReason) throws(XLSXWriterError) {
        guard summaryRow < ExcelLimits.rowCount, reason != .notAWorkbook else { return }
        for (index, field) in summaryFields.enumerated() {
            switch field {
            case .file: try text(report.path, on: summary, summaryRow, index, .none)
            case .status: try text(texts.statuses[.skipped], on: summary, summaryRow, index, .none)
            case .note: try text(SkipWords.reason(reason, language: language), on: summary, summaryRow, index, .none, style: .prose)
            default: break
            }
        }
        summaryRow += 1
    }

    private func addFindingRow(_ finding: Finding, of report: FileReport) throws(XLSXWriterError) {
        guard findingRow < ExcelLimits.rowCount else { return }
        if findingRow == ExcelLimits.rowCount - 1 {
            // The last row Excel has: say where the rest went.
            try text(texts.findingsTruncated, on: findings, findingRow, 0, .none, style: .alert)
            findingRow += 1
            return
        }
        let fill: RowFill = finding.severity == .error ? .error : .none
        let sheet = findings
        let line = findingRow
        let isRate = Funds.rateKeys.contains(finding.field)
        let cellName = finding.cell?.description
        var place = cellName
        if let sheetName = finding.sheet, sheetName != report.form?.sheet, let cellName { place = "\(sheetName)!\(cellName)" }
        for (index, field) in findingFields.enumerated() {
            switch field {
            case .file: try text(ValidationText.name(of: report, language: language), on: sheet, line, index, fill)
            case .department: try text(report.form?.department, on: sheet, line, index, fill)
            case .rule: try text(finding.rule.rawValue, on: sheet, line, index, fill)
            case .severity:
                try text(texts.severities[finding.severity], on: sheet, line, index, fill,
                         style: finding.severity == .error ? .alert : .plain)
            case .field: try text(finding.field.rawValue, on: sheet, line, index, fill)
            case .cell: try text(place, on: sheet, line, index, fill)
            case .stated: try value(finding.stated, isRate: isRate, on: sheet, line, index, fill)
            case .expected: try value(finding.expected, isRate: isRate, on: sheet, line, index, fill)
            case .message: try text(finding.message, on: sheet, line, index, fill, style: .prose)
            case .link:
                let location = cellName.map { cellName in
                    "'" + SummaryText.doublingQuotes(finding.sheet ?? report.form?.sheet ?? "") + "'!" + cellName
                }
                try link(location: (finding.sheet ?? report.form?.sheet) == nil ? nil : location, on: sheet, line, index,
                         fill)
            case nil: break
            }
        }
        findingRow += 1
    }

    /// The 说明 of a 汇总 row: the reason for an unreadable file, the rules with findings otherwise.
    private func note(for report: FileReport, row: SummaryRow) -> String? {
        if let error = report.error {
            let message = FormErrorPresenter.message(for: error, file: report.path, language: language)
            let prefix = report.path + language.pick("：", ": ")
            return message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
        }
        guard !row.rules.isEmpty else { return nil }
        return texts.rulesNote + row.rules.map(\.rawValue).joined(separator: texts.ruleSeparator)
    }

    // MARK: - The chart

    /// Bars in one chart: enough to compare a district's departments, few enough to read every name.
    static let barsPerChart = 40
    /// Charts drawn at most (2,000 departments); the data columns beside them list every department.
    static let chartLimit = 50

    /// The charts of 预算完成率 by department, one per ``barsPerChart`` departments, one under the other.
    private func insertCharts() throws(XLSXWriterError) {
        let total = chartRow - 1
        guard total >= 1, chartColumns.count == 3 else { return }
        let sheetName = chartSheet.name
        let title = layout.text("chartTitle", in: language.messages)
        // A bar gets 28 pixels, room for its department's name; a row is 20 pixels (15 points): each chart takes
        // the rows of its height.
        let rowsPerChart = (Self.barsPerChart * 28 + 120) / 20 + 2
        var first = 1
        var index = 0
        while first <= total && index < Self.chartLimit {
            let last = min(total, first + Self.barsPerChart - 1)
            let series = Chart.Series(
                name: layout.text("chartSeries", in: language.messages),
                categories: Chart.DataRange(sheet: sheetName, range: CellRect(firstRow: first, firstColumn: 0, lastRow: last,
                                                                              lastColumn: 0)),
                values: Chart.DataRange(sheet: sheetName, range: CellRect(firstRow: first, firstColumn: 1, lastRow: last,
                                                                          lastColumn: 1)))
            let height = max(1.2, (Double(last - first + 1) * 28 + 120) / 288)
            let chart = Chart(.bar, title: total > Self.barsPerChart ? "\(title)（\(first)–\(last)）" : title,
                              categoryAxisTitle: layout.text("chartCategoryAxis", in: language.messages),
                              valueAxisTitle: layout.text("chartValueAxis", in: language.messages),
                              series: [series], showsLegend: false, widthScale: 2, heightScale: height,
                              valueAxisNumberFormat: "0%")
            try chartSheet.insertChart(chart, row: 1 + index * rowsPerChart, column: chartColumns.count + 1)
            first = last + 1
            index += 1
        }
    }

    // MARK: - Cells

    /// `base` with `fill`, prepared the first time a cell needs it.
    private func style(_ base: Styles.Base, _ fill: RowFill) throws(XLSXWriterError) -> PreparedStyle {
        let slot = base.index * RowFill.allCases.count + fill.rawValue
        if let prepared = preparedStyles[slot] { return prepared }
        let prepared = try workbook.prepare(Styles.filled(base.style, fill.color))
        preparedStyles[slot] = prepared
        return prepared
    }

    private func text(_ value: String?, on sheet: WorksheetWriter, _ row: Int, _ column: Int, _ fill: RowFill,
                      style base: Styles.Base = .plain) throws(XLSXWriterError) {
        guard let value, !value.isEmpty else {
            if fill != .none { try sheet.writeBlank(row: row, column: column, style: style(base, fill)) }
            return
        }
        try sheet.writeText(SummaryText.cellSafe(value), row: row, column: column, style: style(base, fill))
    }

    private func integer(_ value: Int?, on sheet: WorksheetWriter, _ row: Int, _ column: Int,
                         _ fill: RowFill) throws(XLSXWriterError) {
        guard let value else { return try text(nil, on: sheet, row, column, fill) }
        try sheet.writeNumber(value, row: row, column: column, style: style(.integer, fill))
    }

    private func amount(_ value: ShownDecimal?, on sheet: WorksheetWriter, _ row: Int, _ column: Int,
                        _ fill: RowFill) throws(XLSXWriterError) {
        guard let value else { return try text(nil, on: sheet, row, column, fill) }
        try number(value, on: sheet, row, column, base: .amount(value.places), fill)
    }

    private func rate(_ value: ShownDecimal?, on sheet: WorksheetWriter, _ row: Int, _ column: Int,
                      _ fill: RowFill) throws(XLSXWriterError) {
        guard let value else { return try text(nil, on: sheet, row, column, fill) }
        try number(value, on: sheet, row, column, base: .rate(value.places), fill)
    }

    /// A figure as the sheet shows it (``SummaryText/exact(_:)``). Its shown text read as a double is the double
    /// the `Decimal` writer stores (the same decimal number, read with the same correctly rounded conversion),
    /// without a `Decimal` parse and print per cell.
    private func number(_ value: ShownDecimal, on sheet: WorksheetWriter, _ row: Int, _ column: Int,
                        base: Styles.Base, _ fill: RowFill) throws(XLSXWriterError) {
        if let double = SummaryText.double(value) {
            try sheet.writeNumber(double, row: row, column: column, style: style(base, fill))
        } else {
            try sheet.writeNumber(SummaryText.exact(value), row: row, column: column, style: style(base, fill))
        }
    }

    private func value(_ value: FindingValue?, isRate: Bool, on sheet: WorksheetWriter, _ row: Int, _ column: Int,
                       _ fill: RowFill) throws(XLSXWriterError) {
        switch value {
        case .number(let figure):
            try isRate ? rate(figure, on: sheet, row, column, fill) : amount(figure, on: sheet, row, column, fill)
        case .text(let text): try self.text(text, on: sheet, row, column, fill)
        case nil: try text(nil, on: sheet, row, column, fill)
        }
    }

    /// A link that opens the current file (at `location`, such as `'Sheet1'!E6`), by a path relative to the summary so
    /// the folder can move with it: a `HYPERLINK` formula with its text cached. Formulas go to disk with their
    /// row, where libxlsxwriter keeps every hyperlink record in memory until the file is closed (about 2 KB
    /// each) and allows only 65,530 a sheet; so memory stays flat and every row has its link. Where a formula
    /// cannot hold the address (a `#` in the path, over Excel's 255 characters for a text in a formula) the
    /// cell is left without one.
    private func link(location: String?, on sheet: WorksheetWriter, _ row: Int, _ column: Int,
                      _ fill: RowFill) throws(XLSXWriterError) {
        guard let formula = links.formula(location: location) else {
            return try self.text(nil, on: sheet, row, column, fill)
        }
        try sheet.writeFormula(formula, cachedText: texts.linkCachedText, row: row, column: column,
                               style: style(.link, fill))
    }
}

/// What a 汇总 column holds: ``SummaryLayout/summaryColumnKeys``.
private enum SummaryField: String {
    case file, link, department, year, unit, annualBudget, initialBudget, actual, completionRate, adjustmentRate
    case indicatorsMet, indicatorsUnmet, indicatorsNotComparable, errors, warnings, infos, status, note
}

/// What a 问题清单 column holds: ``SummaryLayout/findingColumnKeys``.
private enum FindingField: String {
    case file, department, rule, severity, field, cell, stated, expected, message, link
}

/// A row's fill: red for a file with errors, orange for an unreadable one.
enum RowFill: Int, CaseIterable {
    case none, error, unreadable

    var color: RGBColor? {
        switch self {
        case .none: nil
        case .error: Styles.errorFill
        case .unreadable: Styles.unreadableFill
        }
    }
}

/// The summary's cell styles: one libxlsxwriter format each, cached by the writer.
enum Styles {
    static let errorFill = RGBColor(red: 0xFF, green: 0xC7, blue: 0xCE)
    static let unreadableFill = RGBColor(red: 0xFC, green: 0xE4, blue: 0xD6)
    static let plain = CellStyle(verticalAlignment: .top)
    /// Long texts (reasons, messages) wrap within their column.
    static let prose = CellStyle(verticalAlignment: .top, wrapsText: true)
    static let alert = CellStyle(bold: true, fontColor: RGBColor(red: 0x9C, green: 0x00, blue: 0x06), verticalAlignment: .top)
    static let link = CellStyle(underline: true, fontColor: RGBColor(red: 0x05, green: 0x63, blue: 0xC1),
                                horizontalAlignment: .center, verticalAlignment: .top)
    static let integer = CellStyle(verticalAlignment: .top, numberFormat: "0")
    static let header: CellStyle = {
        var style = CellStyle(bold: true, fillColor: RGBColor(red: 0xD9, green: 0xE1, blue: 0xF2),
                              horizontalAlignment: .center, verticalAlignment: .center, wrapsText: true)
        style.borders = CellStyle.Borders(bottom: CellStyle.Border(.thin))
        return style
    }()

    /// An amount with its shown decimals and thousands separators: `#,##0.00`.
    static func amount(_ places: Int) -> CellStyle { amounts[min(max(places, 0), 10)] }

    /// A rate (a fraction) as a percentage with its shown decimals: 0.978 (3 places) is `0.0%`.
    static func rate(_ places: Int) -> CellStyle { rates[min(max(places - 2, 0), 10)] }

    /// The amount and rate styles by decimals (0–10), made once: every figure of every row needs one.
    fileprivate static let amounts: [CellStyle] = (0...10).map { decimals in
        CellStyle(verticalAlignment: .top,
                  numberFormat: decimals == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: decimals))
    }
    fileprivate static let rates: [CellStyle] = (0...10).map { decimals in
        CellStyle(verticalAlignment: .top,
                  numberFormat: decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%")
    }

    /// A data cell's style before its row's fill, numbered so a writer can keep one prepared format per style.
    enum Base {
        case plain, prose, alert, link, integer
        /// An amount with this many shown decimals (0–10).
        case amount(Int)
        /// A rate with this many shown decimals of the fraction (2–12).
        case rate(Int)

        static let count = 5 + Styles.amounts.count + Styles.rates.count

        /// The position in 0..<count: amounts and rates by their clamped decimals, as their styles are chosen.
        var index: Int {
            switch self {
            case .plain: 0
            case .prose: 1
            case .alert: 2
            case .link: 3
            case .integer: 4
            case .amount(let places): 5 + min(max(places, 0), 10)
            case .rate(let places): 5 + Styles.amounts.count + min(max(places - 2, 0), 10)
            }
        }

        var style: CellStyle {
            switch self {
            case .plain: Styles.plain
            case .prose: Styles.prose
            case .alert: Styles.alert
            case .link: Styles.link
            case .integer: Styles.integer
            case .amount(let places): Styles.amount(places)
            case .rate(let places): Styles.rate(places)
            }
        }
    }

    static func filled(_ style: CellStyle, _ fill: RGBColor?) -> CellStyle {
        guard let fill else { return style }
        var filled = style
        filled.fillColor = fill
        return filled
    }
}

/// Texts made fit for the summary's cells and links.
enum SummaryText {
    /// The figure as the sheet shows it, which is what the JSON output writes (`0.9763`, not the
    /// 0.97629999… a division left in the value).
    static func exact(_ figure: ShownDecimal) -> Decimal {
        Decimal(string: figure.text, locale: Locale(identifier: "en_US_POSIX")) ?? figure.value
    }

    /// ``exact(_:)`` as the double a cell stores: the shown text read with C-locale rules, as
    /// `Double(exact(figure).description)` reads the same decimal number. Nil when the text is no plain number.
    static func double(_ figure: ShownDecimal) -> Double? {
        var bytes: [UInt8] = []
        DecimalMath.appendText(figure.value, places: figure.places, to: &bytes)
        // Up to 38 significant digits a Decimal holds exactly; longer texts take the Decimal's own route.
        guard bytes.count <= 38 else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether a UTF-8 byte of `text` passes `test`: a plain loop over the string's own bytes where it has them
    /// contiguously (every native string), which is several times cheaper than stepping its `utf8` view.
    static func anyByte(of text: String, _ test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }

    /// `text` with each `'` doubled, as a quoted sheet name in a formula needs.
    static func doublingQuotes(_ text: String) -> String {
        guard anyByte(of: text, { $0 == UInt8(ascii: "'") }) else { return text }
        return text.replacingOccurrences(of: "'", with: "''")
    }

    /// Without the characters a cell cannot hold (NUL, U+FFFE, U+FFFF become U+FFFD) and cut to Excel's
    /// 32,767 characters on a character boundary.
    static func cellSafe(_ text: String) -> String {
        // Nearly every text is short and clean: no NUL byte, no EF BF BE / EF BF BF, and at most as many UTF-16
        // units as UTF-8 bytes.
        if text.utf8.count <= ExcelLimits.cellTextLength && !mayHoldForbidden(text) {
            return text
        }
        var result = text
        if result.unicodeScalars.contains(where: isForbidden) {
            result = String(String.UnicodeScalarView(result.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
        }
        guard result.utf16.count > ExcelLimits.cellTextLength else { return result }
        var cut = ""
        var length = 0
        for character in result {
            let size = character.utf16.count
            if length + size > ExcelLimits.cellTextLength - 1 { break }
            cut.append(character)
            length += size
        }
        return cut + "…"
    }

    /// Whether `text` may hold NUL, U+FFFE or U+FFFF, judged on its UTF-8 bytes in one pass (full-width
    /// punctuation also starts with `EF`, so the bytes after it decide); true when the bytes are not at hand.
    private static func mayHoldForbidden(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0 { return true }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            }
            return false
        } ?? true
    }

    /// A one-line text (for a tooltip): control characters become spaces.
    static func lineSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || $0.value == 0x7F || isForbidden($0) ? " " : $0
        }))
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// `HYPERLINK("returned/a.xlsx#'Sheet1'!E6","打开")`: a link formula to a file, at a cell where given; nil
    /// when Excel cannot hold the address (see ``HyperlinkFormulas``).
    static func hyperlinkFormula(target: String, location: String?, text: String) -> String? {
        HyperlinkFormulas(target: target, text: text).formula(location: location)
    }

    /// `file`'s path relative to `folder` (`../forms/a.xlsx`), or its absolute path when they share nothing
    /// but the root.
    static func relativePath(of file: URL, from folder: URL) -> String {
        relativePath(of: file, fromComponents: folder.standardizedFileURL.pathComponents)
    }

    /// ``relativePath(of:from:)`` with the folder already split (it is the same for every file of a run).
    static func relativePath(of file: URL, fromComponents base: [String]) -> String {
        let standardized = file.standardizedFileURL
        let target = standardized.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        guard common > 1 else { return standardized.path }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}

extension Language {
    /// The same language for messages from the form library.
    var messages: MessageLanguage { self == .zh ? .zh : .en }
}
