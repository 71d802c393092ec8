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
    /// The folder of the workbook, which its links are relative to.
    private let folder: URL
    private var summaryRow = 1
    private var findingRow = 1
    private var chartRow = 1
    /// The link cells' cached text and the note for findings past Excel's last row, in the run's language.
    private let linkCachedText: String
    private let findingsTruncated: String
    /// The chart sheet's columns, worked out once from the layout.
    private let chartColumns: [SummaryLayout.Column]
    /// Each data-cell style with each fill, prepared on first use (so formats are made in the same order as by
    /// writing the styles themselves), then written without a per-cell style lookup.
    private var preparedStyles = [PreparedStyle?](repeating: nil, count: SummaryStyles.Base.count * RowFill.allCases.count)

    /// Starts the workbook; it is put in place only when ``finish(_:)`` succeeds.
    /// - Parameters:
    ///   - destination: the `.xlsx` to write (its folder must exist).
    ///   - layout: sheet names, columns, labels.
    ///   - language: the language of headers and labels.
    ///   - replacing: whether an existing file at `destination` is replaced (`--force`); without it an
    ///     existing file is kept and this throws at once.
    /// - Throws: `XLSXWriterError` when the destination cannot be written, or exists and is not to be replaced.
    init(destination: URL, layout: SummaryLayout, language: Language, replacing: Bool) throws(XLSXWriterError) {
        self.layout = layout
        self.language = language
        folder = destination.standardizedFileURL.deletingLastPathComponent()
        linkCachedText = SummaryText.cellSafe(layout.text("linkText", in: language.messages))
        findingsTruncated = layout.text("findingsTruncated", in: language.messages)
        chartColumns = SummaryEntryRenderer.chartColumns(of: layout)
        workbook = try WorkbookWriter(writingTo: destination,
                                      options: WorkbookOptions(overwrite: replacing, constantMemory: true))
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

    // MARK: - ReportSink

    /// The rows are made where the report is (``SummaryEntryRenderer``, relative to this workbook's folder).
    func configure(_ rendering: inout ReportRendering) {
        rendering.summary = SummaryEntryRenderer(layout: layout, language: language, summaryFolder: folder)
    }

    func add(_ report: RenderedReport) throws {
        var reader = report.summary.reader
        // A row past Excel's last is left out; the 图表 row goes with its 汇总 row.
        var summaryRowWritten = false
        while let kind = reader.nextRow() {
            let target: (sheet: WorksheetWriter, row: Int)?
            switch kind {
            case .summary:
                summaryRowWritten = summaryRow < ExcelLimits.rowCount
                target = summaryRowWritten ? (summary, summaryRow) : nil
                if summaryRowWritten { summaryRow += 1 }
            case .chart:
                target = summaryRowWritten && chartRow < ExcelLimits.rowCount ? (chartSheet, chartRow) : nil
                if target != nil { chartRow += 1 }
            case .finding:
                if findingRow == ExcelLimits.rowCount - 1 {
                    // The last row Excel has: say where the rest went.
                    if !findingsTruncated.isEmpty {
                        try findings.writeText(SummaryText.cellSafe(findingsTruncated), row: findingRow, column: 0,
                                               style: style(slot: SummaryStyles.Base.alert.index * RowFill.allCases.count))
                    }
                    findingRow += 1
                    target = nil
                } else {
                    target = findingRow < ExcelLimits.rowCount ? (findings, findingRow) : nil
                    if target != nil { findingRow += 1 }
                }
            }
            while let cell = reader.nextCell() {
                if let target { try write(cell, on: target.sheet, row: target.row) }
            }
        }
        if reader.isDamaged { throw ReportRendering.Damaged() }
    }

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
            try sheet.writeText(column.header(in: language.messages), row: 0, column: index, style: SummaryStyles.header)
        }
        try sheet.freezePanes(row: 1, column: 1)
        // Printed: A3 landscape, one page wide, the header on every page.
        try sheet.setPrintSetup(PrintSetup(paper: .a3, orientation: .landscape, fitToPagesWide: 1, fitToPagesTall: 0,
                                           repeatRows: 0...0))
    }

    /// Places a cell with its style and fill.
    private func write(_ cell: SummaryEntry.Cell, on sheet: WorksheetWriter, row: Int) throws(XLSXWriterError) {
        let style = try style(slot: cell.style)
        switch cell.value {
        case .blank: try sheet.writeBlank(row: row, column: cell.column, style: style)
        case .text(let text): try sheet.writeText(text, row: row, column: cell.column, style: style)
        case .double(let number): try sheet.writeNumber(number, row: row, column: cell.column, style: style)
        case .decimal(let number): try sheet.writeNumber(number, row: row, column: cell.column, style: style)
        case .integer(let number): try sheet.writeNumber(number, row: row, column: cell.column, style: style)
        case .link(let formula):
            try sheet.writeFormula(formula, cachedText: linkCachedText, row: row, column: cell.column, style: style)
        }
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

    /// The style in `slot` (``SummaryStyles/Base/index`` × fills + fill), prepared the first time a cell needs it.
    private func style(slot: Int) throws(XLSXWriterError) -> PreparedStyle {
        guard preparedStyles.indices.contains(slot) else { throw XLSXWriterError(.invalidStyle, detail: "style \(slot)") }
        if let prepared = preparedStyles[slot] { return prepared }
        let fills = RowFill.allCases.count
        let base = SummaryStyles.Base.at(slot / fills)
        let prepared = try workbook.prepare(SummaryStyles.filled(base.style, RowFill.allCases[slot % fills].color))
        preparedStyles[slot] = prepared
        return prepared
    }
}
