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
        folder = destination.standardizedFileURL.deletingLastPathComponent()
        linkCachedText = SummaryText.cellSafe(layout.text("linkText", in: language.messages))
        findingsTruncated = layout.text("findingsTruncated", in: language.messages)
        chartColumns = SummaryEntryRenderer.chartColumns(of: layout)
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
                                               style: style(slot: Styles.Base.alert.index * RowFill.allCases.count))
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
            try sheet.writeText(column.header(in: language.messages), row: 0, column: index, style: Styles.header)
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

    /// The style in `slot` (``Styles/Base/index`` × fills + fill), prepared the first time a cell needs it.
    private func style(slot: Int) throws(XLSXWriterError) -> PreparedStyle {
        guard preparedStyles.indices.contains(slot) else { throw XLSXWriterError(.invalidStyle, detail: "style \(slot)") }
        if let prepared = preparedStyles[slot] { return prepared }
        let fills = RowFill.allCases.count
        let base = Styles.Base.at(slot / fills)
        let prepared = try workbook.prepare(Styles.filled(base.style, RowFill.allCases[slot % fills].color))
        preparedStyles[slot] = prepared
        return prepared
    }
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

        /// The style at `index` (the inverse of ``index`` for every index below ``count``).
        static func at(_ index: Int) -> Base {
            switch index {
            case 0: .plain
            case 1: .prose
            case 2: .alert
            case 3: .link
            case 4: .integer
            case 5..<(5 + Styles.amounts.count): .amount(index - 5)
            default: .rate(index - 5 - Styles.amounts.count + 2)
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
