import XLSXCopy
import XLSXReader
import XLSXWriter

/// Draws the 校验结果 sheet of a corrected table: every finding of the submission, with the rule's name beside
/// its id, where its cell is in this table and in the submission, the stated and expected values (figures as
/// numbers at the precision the form shows them), the message, and whether jixiao corrected it or a person must
/// look. Long texts wrap, each row as tall as its longest text needs; printed A4 landscape, one page wide, the
/// header on every page.
struct FindingsSheetRenderer {
    let layout: OfficialLayout
    let language: MessageLanguage
    /// Rule names (预算完成率核对); ids stand in without it.
    var rules: RuleCatalog?

    /// The columns of the stated and expected values and of the message (see `findingsSheet.headers`).
    static let statedColumn = 7
    static let expectedColumn = 8
    static let messageColumn = 9

    /// One form's findings with where each cell is: in this table (`C6`, or `机关!C6` in a workbook of several
    /// forms) and in the submission (with its sheet when ``namesSourceSheets``).
    struct Entries {
        var findings: [Finding]
        var changes: [CellChange]
        var here: [FieldKey: String]
        var namesSourceSheets: Bool
    }

    /// The sheet of a table holding one form.
    func draw(_ findings: [Finding], changes: [CellChange], positions: [FieldKey: CellReference],
              on sheet: WorksheetWriter) throws(XLSXWriterError) {
        try draw([Entries(findings: findings, changes: changes, here: positions.mapValues(\.description),
                          namesSourceSheets: false)], on: sheet)
    }

    /// The sheet of a table holding one form or several, their findings one after the other, then the parts of
    /// the unit's own workbook that its copy could not carry.
    func draw(_ entries: [Entries], uncarried: [UncarriedPart] = [], on sheet: WorksheetWriter) throws(XLSXWriterError) {
        let spec = layout.findingsSheet
        let styles = RenderStyles(layout: layout)
        let english = language == .en
        for (column, width) in spec.columnWidths.enumerated() {
            try sheet.setColumnWidth(width, columns: column...column)
        }
        for (column, header) in (english ? spec.headersEnglish : spec.headers).enumerated() {
            try sheet.writeText(header, row: 0, column: column, style: styles.label)
        }
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.setPrintSetup(PrintSetup(paper: .a4, orientation: .landscape, fitToPagesWide: 1, fitToPagesTall: 0,
                                           margins: .init(left: layout.print.margins.left, right: layout.print.margins.right,
                                                          top: layout.print.margins.top, bottom: layout.print.margins.bottom),
                                           repeatRows: 0...0))
        let count = entries.reduce(0) { $0 + $1.findings.count }
        try drawUncarried(uncarried, below: max(count, 1) + 1, styles: styles, on: sheet)
        guard count > 0 else {
            try sheet.writeText(english ? spec.noFindingsEnglish : spec.noFindings, row: 1, column: 0)
            return
        }
        var row = 0
        for entry in entries {
            let handled = Dictionary(entry.changes.compactMap { change in change.finding.map { ($0, change.kind) } },
                                     uniquingKeysWith: { first, _ in first })
            for finding in entry.findings {
                row += 1
                let handling: String
                switch handled[finding] {
                case .corrected: handling = english ? spec.correctedEnglish : spec.corrected
                case .filled: handling = english ? spec.filledEnglish : spec.filled
                case nil: handling = english ? spec.manualEnglish : spec.manual
                }
                let severity = english ? finding.severity.rawValue : (spec.severities[finding.severity.rawValue] ?? finding.severity.rawValue)
                var source = finding.cell?.description ?? ""
                if entry.namesSourceSheets, let sheetName = finding.sheet, !source.isEmpty { source = "\(sheetName)!\(source)" }
                let ruleName = rules?.name(of: finding.rule, in: language) ?? finding.rule.rawValue
                let texts: [String] = [String(row), ruleName, finding.rule.rawValue, severity, finding.field.rawValue,
                                       entry.here[finding.field] ?? "", source, finding.stated?.description ?? "",
                                       finding.expected?.description ?? "", finding.message, handling]
                // Each wrapped text whole: the row as tall as the tallest needs.
                let height = texts.enumerated().reduce(layout.font.size * 1.5 + 6) { tallest, item in
                    max(tallest, TextHeight.points(for: item.element, width: spec.columnWidths.indices.contains(item.offset) ? spec.columnWidths[item.offset] : 10,
                                                   minimum: 0))
                }
                try sheet.setRowHeight(height, row: row)
                let isRate = Funds.rateKeys.contains(finding.field)
                for (column, text) in texts.enumerated() {
                    switch column {
                    case 0: try sheet.writeNumber(row, row: row, column: 0, style: styles.centredText)
                    case Self.statedColumn, Self.expectedColumn:
                        let value = column == Self.statedColumn ? finding.stated : finding.expected
                        if let figure = value?.number {
                            // A figure stays a number, shown as the form shows it.
                            try sheet.writeNumber(figure.value, row: row, column: column,
                                                  style: styles.number(places: figure.places, percent: isRate))
                        } else {
                            try sheet.writeTextOrBlank(text, row: row, column: column, style: styles.centredText)
                        }
                    case Self.messageColumn: try sheet.writeText(text, row: row, column: column, style: styles.text)
                    default: try sheet.writeTextOrBlank(text, row: row, column: column, style: styles.centredText)
                    }
                }
            }
        }
        try sheet.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: count,
                                         lastColumn: spec.headers.count - 1))
    }

    /// The parts not carried, below the findings after a blank row: a heading, then one row each.
    private func drawUncarried(_ parts: [UncarriedPart], below row: Int, styles: RenderStyles,
                               on sheet: WorksheetWriter) throws(XLSXWriterError) {
        guard !parts.isEmpty else { return }
        let spec = layout.findingsSheet
        try sheet.writeText(language == .en ? spec.uncarriedHeadingEnglish : spec.uncarriedHeading, row: row + 1,
                            column: Self.messageColumn, style: styles.label)
        for (offset, part) in parts.enumerated() {
            try sheet.writeNumber(offset + 1, row: row + 2 + offset, column: 0, style: styles.centredText)
            try sheet.writeText(part.words(layout: layout, language: language), row: row + 2 + offset,
                                column: Self.messageColumn, style: styles.text)
        }
    }
}
