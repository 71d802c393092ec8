import Foundation
import JixiaoForm
import XLSXWriter

/// `validate --summary FILE`: the workbook an officer sorts, filters, compares and prints.
///
/// - 汇总: one row per file in path order (department, year, the form's own unit where it differs, budgets and
///   spending in the summary's unit, 预算完成率 as stated and as computed, 预算调整率, key indicators met / unmet /
///   not comparable, findings by severity, status, the rules with findings or the reason when unreadable; one
///   row per form of a workbook holding several, named with its sheet), a link naming the file, a frozen
///   header, an autofilter, rows with errors filled red, with warnings only yellow, unreadable orange.
/// - 问题清单: one row per finding, the rule's and field's names beside their ids, a link that opens the file
///   at the finding's cell.
/// - 图表: each readable form's department (or file name), computed rate and file, and charts drawn from them
///   on the first printed page: up to ``SummaryLayout/ChartPlan/barsAtMost`` units, one bar each in the order of
///   汇总 with its value; above that, units per 完成率 band and the lowest units by name (their tables follow
///   the data).
///
/// Every sheet prints on A4 landscape, one page wide, its header row on every page. Written in libxlsxwriter's
/// constant-memory mode as reports arrive, so memory stays flat whatever the number of files; columns are as
/// wide as what was written into them (up to the layout's width, then wrapped). The file appears atomically
/// when ``finish(_:)`` succeeds; before that, and on ``discard()``, the destination is untouched.
final class SummaryWorkbook: ReportSink {
    private let workbook: WorkbookWriter
    private let summary: WorksheetWriter
    private let findings: WorksheetWriter
    private let chartSheet: WorksheetWriter
    /// 收表情况 and 抽查建议, with a reference list (``SummaryWorkbook/writeRound(_:)``).
    let roundSheets: (units: WorksheetWriter, signals: WorksheetWriter)?
    let layout: SummaryLayout
    let language: Language
    private let unit: SummaryUnit
    /// The folder of the workbook, which its links are relative to.
    let folder: URL
    private var summaryRow = 1
    private var findingRow = 1
    private var chartRow = 1
    /// The note for findings past Excel's last row, in the run's language.
    private let findingsTruncated: String
    /// The chart sheet's columns, worked out once from the layout.
    private let chartColumns: [SummaryLayout.Column]
    /// What was written into each sheet's columns, for their widths.
    private var summaryWidths: ColumnWidths
    private var findingWidths: ColumnWidths
    private var chartWidths: ColumnWidths
    /// The units of a large round by 完成率 band (the last count: rate not computable), and the lowest rates.
    private var bandCounts: [Int]
    private var lowest = LowestRates(limit: 0)
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
    ///   - unit: the money unit of the amounts.
    ///   - round: whether the run has a reference list: 收表情况 follows 汇总 and 抽查建议 comes last, filled
    ///     when the run finishes.
    /// - Throws: `XLSXWriterError` when the destination cannot be written, or exists and is not to be replaced.
    init(destination: URL, layout: SummaryLayout, language: Language, replacing: Bool,
         unit: SummaryUnit = .tenThousandYuan, round: Bool = false) throws(XLSXWriterError) {
        self.layout = layout
        self.language = language
        self.unit = unit
        folder = destination.standardizedFileURL.deletingLastPathComponent()
        findingsTruncated = layout.text("findingsTruncated", in: language.messages)
        chartColumns = SummaryEntryRenderer.chartColumns(of: layout)
        summaryWidths = ColumnWidths(count: layout.summaryColumns.count)
        findingWidths = ColumnWidths(count: layout.findingColumns.count)
        chartWidths = ColumnWidths(count: chartColumns.count)
        bandCounts = Array(repeating: 0, count: layout.chart.bands.count + 1)
        lowest = LowestRates(limit: layout.chart.lowest)
        workbook = try WorkbookWriter(writingTo: destination,
                                      options: WorkbookOptions(overwrite: replacing, constantMemory: true))
        let names = layout.sheets
        summary = try workbook.addWorksheet(named: names.summary.text(in: language.messages))
        let roundUnits = round ? try workbook.addWorksheet(named: names.round.text(in: language.messages)) : nil
        findings = try workbook.addWorksheet(named: names.findings.text(in: language.messages))
        chartSheet = try workbook.addWorksheet(named: names.chart.text(in: language.messages))
        if let roundUnits {
            roundSheets = (roundUnits, try workbook.addWorksheet(named: names.signals.text(in: language.messages)))
        } else {
            roundSheets = nil
        }
        // Marked, so a later run over a folder holding it skips it rather than read it as a form.
        try workbook.setProperties(DocumentProperties(title: layout.sheets.summary.text(in: language.messages),
                                                      author: "jixiao", custom: OutputRecognizer.mark(.summary)))
        try writeHeader(layout.summaryColumns, on: summary)
        try writeHeader(layout.findingColumns, on: findings)
        try writeHeader(chartColumns, on: chartSheet)
        if let roundSheets {
            try writeHeader(layout.roundColumns, on: roundSheets.units)
            try writeHeader(layout.signalColumns, on: roundSheets.signals)
        }
    }

    // MARK: - ReportSink

    /// The rows are made where the report is (``SummaryEntryRenderer``, relative to this workbook's folder).
    func configure(_ rendering: inout ReportRendering) {
        rendering.summary = SummaryEntryRenderer(layout: layout, language: language, summaryFolder: folder, unit: unit)
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
                if let target {
                    // A fixed height, so the charts beside these rows stay where they were planned.
                    try chartSheet.setRowHeight(Self.chartRowHeight, row: target.row)
                    chartRow += 1
                }
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
            var cells: [SummaryEntry.Cell] = []
            while let cell = reader.nextCell() { if target != nil { cells.append(cell) } }
            guard let target else { continue }
            if kind != .chart {
                // Wrapped texts need their lines' height: programs do not all work it out on opening.
                let columns = kind == .summary ? layout.summaryColumns : layout.findingColumns
                var height = ColumnWidths.lineHeight
                for cell in cells where columns.indices.contains(cell.column) {
                    switch cell.value {
                    case .text(let text), .link(_, let text):
                        height = max(height, ColumnWidths.height(of: text, width: columns[cell.column].width))
                    default: break
                    }
                }
                if height > ColumnWidths.lineHeight { try target.sheet.setRowHeight(height, row: target.row) }
            }
            var chartCells: [SummaryEntry.Value] = []
            for cell in cells {
                try write(cell, on: target.sheet, row: target.row)
                switch kind {
                case .summary: summaryWidths.measure(cell.value, column: cell.column)
                case .finding: findingWidths.measure(cell.value, column: cell.column)
                case .chart:
                    chartWidths.measure(cell.value, column: cell.column)
                    if cell.column >= chartCells.count { chartCells += Array(repeating: .blank, count: cell.column - chartCells.count + 1) }
                    chartCells[cell.column] = cell.value
                }
            }
            if kind == .chart { count(chartCells) }
        }
        if reader.isDamaged { throw ReportRendering.Damaged() }
    }

    func finish(_ totals: ValidationSummary, round: RoundReport?) throws {
        if let round { try writeRound(round) }
        let lastSummaryRow = summaryRow - 1
        try summary.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: lastSummaryRow,
                                           lastColumn: max(layout.summaryColumns.count - 1, 1)))
        try findings.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: findingRow - 1,
                                            lastColumn: max(layout.findingColumns.count - 1, 1)))
        try setWidths(layout.summaryColumns, summaryWidths, on: summary)
        try setWidths(layout.findingColumns, findingWidths, on: findings)
        try setWidths(chartColumns, chartWidths, on: chartSheet, wraps: false)
        try insertCharts()
        try workbook.close()
    }

    /// Drops the workbook: its temporary file is removed and the destination is untouched.
    func discard() {
        // A WorkbookWriter released without close() writes nothing; nothing else holds the file.
    }

    // MARK: - Rows

    /// The header's height: two lines of a wrapped header.
    private static let headerHeight = 32.0

    func writeHeader(_ columns: [SummaryLayout.Column], on sheet: WorksheetWriter) throws(XLSXWriterError) {
        try sheet.setRowHeight(Self.headerHeight, row: 0)
        for (index, column) in columns.enumerated() {
            try sheet.writeText(column.header(in: language.messages, unit: unit.label(in: language)), row: 0, column: index,
                                style: SummaryStyles.header)
        }
        try sheet.freezePanes(row: 1, column: 1)
        try sheet.setPrintSetup(Self.printSetup)
    }

    /// Printed: A4 landscape, one page wide and as many tall as needed, the header on every page, margins the
    /// charts are planned for.
    static let printSetup = PrintSetup(paper: .a4, orientation: .landscape, fitToPagesWide: 1, fitToPagesTall: 0,
                                       margins: PrintSetup.Margins(left: 0.4, right: 0.4, top: 0.6, bottom: 0.6),
                                       repeatRows: 0...0)

    /// Each column as wide as what was written into it, up to the layout's width; text beyond that wraps (the
    /// styles wrap), except on the chart sheet, whose rows keep one height.
    func setWidths(_ columns: [SummaryLayout.Column], _ widths: ColumnWidths, on sheet: WorksheetWriter,
                           wraps: Bool = true) throws(XLSXWriterError) {
        for (index, column) in columns.enumerated() {
            let header = column.header(in: language.messages, unit: unit.label(in: language))
            // The chart sheet's data does not wrap: its widest text sets the width, within Excel's limit.
            let width = widths.fitted(column: index, header: header, cap: wraps ? column.width : 80)
            try sheet.setColumnWidth(width, columns: index...index)
        }
    }

    /// Places a cell with its style and fill.
    func write(_ cell: SummaryEntry.Cell, on sheet: WorksheetWriter, row: Int) throws(XLSXWriterError) {
        let style = try style(slot: cell.style)
        switch cell.value {
        case .blank: try sheet.writeBlank(row: row, column: cell.column, style: style)
        case .text(let text): try sheet.writeText(text, row: row, column: cell.column, style: style)
        case .double(let number): try sheet.writeNumber(number, row: row, column: cell.column, style: style)
        case .decimal(let number): try sheet.writeNumber(number, row: row, column: cell.column, style: style)
        case .integer(let number): try sheet.writeNumber(number, row: row, column: cell.column, style: style)
        case .link(let formula, let text):
            try sheet.writeFormula(formula, cachedText: text, row: row, column: cell.column, style: style)
        }
    }

    // MARK: - The chart

    /// The height of a row of the chart sheet, in points (20 pixels).
    static let chartRowHeight = 15.0

    /// Counts a 图表 row (department, computed rate, file, as ``chartColumns``) for a large round's charts.
    private func count(_ cells: [SummaryEntry.Value]) {
        let rateColumn = chartColumns.firstIndex { $0.key == "computedCompletionRate" }
        let departmentColumn = chartColumns.firstIndex { $0.key == "department" }
        let fileColumn = chartColumns.firstIndex { $0.key == "file" }
        func text(_ column: Int?) -> String {
            guard let column, cells.indices.contains(column), case .text(let text) = cells[column] else { return "" }
            return text
        }
        var rate: Double?
        if let rateColumn, cells.indices.contains(rateColumn) {
            switch cells[rateColumn] {
            case .double(let value): rate = value
            case .decimal(let value): rate = NSDecimalNumber(decimal: value).doubleValue
            default: rate = nil
            }
        }
        guard let rate else {
            bandCounts[bandCounts.count - 1] += 1
            return
        }
        bandCounts[layout.chart.band(of: rate)] += 1
        lowest.add(rate, name: text(departmentColumn), file: text(fileColumn))
    }

    /// The charts on the first printed page of 图表, beside the data: every unit's bar up to
    /// ``SummaryLayout/ChartPlan/barsAtMost`` units; above that, units per band and the lowest units, from tables
    /// written after the data.
    private func insertCharts() throws(XLSXWriterError) {
        let total = chartRow - 1
        guard total >= 1, chartColumns.count == 3 else { return }
        let page = ChartPage(columnWidths: (0..<chartColumns.count).map {
            chartWidths.fitted(column: $0, header: chartColumns[$0].header(in: language.messages, unit: unit.label(in: language)), cap: 80)
        }, headerHeight: Self.headerHeight, rowHeight: Self.chartRowHeight, margins: Self.printSetup.margins)
        let messages = language.messages
        let sheetName = chartSheet.name
        let column = chartColumns.count + 1
        func range(_ first: Int, _ last: Int, _ column: Int) -> Chart.DataRange {
            Chart.DataRange(sheet: sheetName, range: CellRect(firstRow: first, firstColumn: column, lastRow: last, lastColumn: column))
        }
        func bars(_ title: String, first: Int, last: Int, height: Double) -> Chart {
            Chart(.bar, title: title, categoryAxisTitle: layout.text("chartCategoryAxis", in: messages),
                  valueAxisTitle: layout.text("chartValueAxis", in: messages),
                  series: [Chart.Series(name: layout.text("chartSeries", in: messages), categories: range(first, last, 0),
                                        values: range(first, last, 1), valueLabelFormat: "0.0%")],
                  showsLegend: false, widthScale: page.chartWidthScale, heightScale: height / 288,
                  valueAxisNumberFormat: "0%", valueAxisMinimum: 0, categoriesTopDown: true, categoryLabelSize: 8)
        }
        if total <= layout.chart.barsAtMost {
            let height = min(page.chartHeightBudget, Double(total) * 26 + 130)
            try chartSheet.insertChart(bars(layout.text("chartTitle", in: messages), first: 1, last: total, height: height),
                                       row: 1, column: column)
            return
        }
        // A large round: the band and lowest tables after the data, a blank row between.
        var row = chartRow + 1
        let bandRow = row
        try chartSheet.writeText(layout.text("bandHeader", in: messages), row: row, column: 0, style: SummaryStyles.header)
        try chartSheet.writeText(layout.text("bandCount", in: messages), row: row, column: 1, style: SummaryStyles.header)
        var labels = layout.chart.bands.map { $0.label(in: messages) }
        if bandCounts.last ?? 0 > 0 { labels.append(layout.text("bandUncomputable", in: messages)) }
        for (index, label) in labels.enumerated() {
            row += 1
            try chartSheet.writeText(label, row: row, column: 0, style: SummaryStyles.plain)
            try chartSheet.writeNumber(bandCounts[index], row: row, column: 1, style: SummaryStyles.integer)
        }
        let bandHeight = page.chartHeightBudget * 0.3
        let bandChart = Chart(.column, title: layout.text("bandChartTitle", in: messages),
                              categoryAxisTitle: layout.text("bandHeader", in: messages),
                              valueAxisTitle: layout.text("bandCount", in: messages),
                              series: [Chart.Series(name: layout.text("bandCount", in: messages),
                                                    categories: range(bandRow + 1, row, 0), values: range(bandRow + 1, row, 1),
                                                    valueLabelFormat: "0")],
                              showsLegend: false, widthScale: page.chartWidthScale, heightScale: bandHeight / 288,
                              valueAxisNumberFormat: "0", valueAxisMinimum: 0)
        try chartSheet.insertChart(bandChart, row: 1, column: column)
        guard !lowest.entries.isEmpty else { return }
        row += 2
        let lowestRow = row
        let title = layout.text("lowestChartTitle", in: messages, ["count": String(lowest.entries.count)])
        for (index, header) in chartColumns.enumerated() {
            try chartSheet.writeText(header.header(in: messages, unit: unit.label(in: language)), row: row, column: index, style: SummaryStyles.header)
        }
        for entry in lowest.entries {
            row += 1
            try chartSheet.writeText(SummaryText.cellSafe(entry.name), row: row, column: 0, style: SummaryStyles.plain)
            try chartSheet.writeNumber(entry.rate, row: row, column: 1, style: SummaryStyles.rate(4))
            try chartSheet.writeText(SummaryText.cellSafe(entry.file), row: row, column: 2, style: SummaryStyles.plain)
        }
        // Below the band chart, on the same page.
        let lowestHeight = min(page.chartHeightBudget - bandHeight - 2 * page.rowPixels, Double(lowest.entries.count) * 30 + 130)
        let below = 1 + Int((bandHeight / page.rowPixels).rounded(.up)) + 1
        try chartSheet.insertChart(bars(title, first: lowestRow + 1, last: row, height: lowestHeight), row: below, column: column)
    }

    // MARK: - Cells

    /// The style in `slot` (``SummaryStyles/Base/index`` × fills + fill), prepared the first time a cell needs it.
    func style(slot: Int) throws(XLSXWriterError) -> PreparedStyle {
        guard preparedStyles.indices.contains(slot) else { throw XLSXWriterError(.invalidStyle, detail: "style \(slot)") }
        if let prepared = preparedStyles[slot] { return prepared }
        let fills = RowFill.allCases.count
        let base = SummaryStyles.Base.at(slot / fills)
        let prepared = try workbook.prepare(SummaryStyles.filled(base.style, RowFill.allCases[slot % fills].color))
        preparedStyles[slot] = prepared
        return prepared
    }
}
