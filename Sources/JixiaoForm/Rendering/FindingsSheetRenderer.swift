import XLSXReader
import XLSXWriter

/// Draws the 校验结果 sheet of a corrected table: every finding of the submission, with where its cell is in
/// this table and in the submission, the stated and expected values, the message, and whether jixiao corrected
/// it or a person must look.
struct FindingsSheetRenderer {
    let layout: OfficialLayout
    let language: MessageLanguage

    func draw(_ findings: [Finding], changes: [CellChange], positions: [FieldKey: CellReference],
              on sheet: WorksheetWriter) throws(XLSXWriterError) {
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
        guard !findings.isEmpty else {
            try sheet.writeText(english ? spec.noFindingsEnglish : spec.noFindings, row: 1, column: 0)
            return
        }
        let handled = Dictionary(changes.compactMap { change in change.finding.map { ($0, change.kind) } },
                                 uniquingKeysWith: { first, _ in first })
        for (index, finding) in findings.enumerated() {
            let row = index + 1
            let here = positions[finding.field]
            let handling: String
            switch handled[finding] {
            case .corrected: handling = english ? spec.correctedEnglish : spec.corrected
            case .filled: handling = english ? spec.filledEnglish : spec.filled
            case nil: handling = english ? spec.manualEnglish : spec.manual
            }
            let severity = english ? finding.severity.rawValue : (spec.severities[finding.severity.rawValue] ?? finding.severity.rawValue)
            let values: [String] = [String(row), finding.rule.rawValue, severity, finding.field.rawValue,
                                    here?.description ?? "", finding.cell?.description ?? "",
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
        try sheet.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: findings.count,
                                         lastColumn: spec.headers.count - 1))
    }
}
