import XLSXReader
import XLSXWriter

/// Draws the 校验结果 sheet of a corrected table: every finding of the submission, with where its cell is in
/// this table and in the submission, the stated and expected values, the message, and whether jixiao corrected
/// it or a person must look.
struct FindingsSheetRenderer {
    let layout: OfficialLayout
    let language: MessageLanguage

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

    /// The sheet of a table holding one form or several, their findings one after the other.
    func draw(_ entries: [Entries], on sheet: WorksheetWriter) throws(XLSXWriterError) {
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
        let count = entries.reduce(0) { $0 + $1.findings.count }
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
                let values: [String] = [String(row), finding.rule.rawValue, severity, finding.field.rawValue,
                                        entry.here[finding.field] ?? "", source,
                                        finding.stated?.description ?? "", finding.expected?.description ?? "",
                                        finding.message, handling]
                for (column, value) in values.enumerated() {
                    if column == 0 {
                        try sheet.writeNumber(row, row: row, column: 0, style: styles.centredText)
                    } else {
                        try sheet.writeText(value, row: row, column: column, style: column == 8 ? styles.text : styles.centredText)
                    }
                }
            }
        }
        try sheet.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: count,
                                         lastColumn: spec.headers.count - 1))
    }
}
