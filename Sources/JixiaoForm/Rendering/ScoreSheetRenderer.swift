import Foundation
import XLSXReader
import XLSXWriter

/// Draws the 评分表 sheet: a header, one row per indicator in sheet order, then 合计 and 自评等级. A parent's
/// score, the total and the grade are live formulas over the rows below them, with their values cached.
struct ScoreSheetRenderer {
    let layout: OfficialLayout
    let template: FormTemplate
    let styles: RenderStyles
    let language: MessageLanguage
    let changes: [FieldKey: CellChange]
    private(set) var positions: [FieldKey: CellReference] = [:]

    init(layout: OfficialLayout, template: FormTemplate, language: MessageLanguage, changes: [CellChange]) {
        self.layout = layout
        self.template = template
        styles = RenderStyles(layout: layout)
        self.language = language
        self.changes = Dictionary(changes.map { ($0.field, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rows a blank template carries, from the layout.
    static func blankSheet(_ layout: OfficialLayout) -> ScoreSheet {
        ScoreSheet(sheet: layout.scoreSheet.name, rows: layout.scoreSheet.blankRows.map { row in
            ScoreRow(level1: row.level1, level2: row.level2, level3: row.level3,
                     weight: row.weight.map { ShownDecimal($0, places: DecimalMath.fractionDigits($0)) })
        })
    }

    mutating func draw(_ score: ScoreSheet, form: Form, on sheet: WorksheetWriter) throws(XLSXWriterError) {
        let spec = layout.scoreSheet
        for (column, width) in spec.columnWidths.enumerated() {
            try sheet.setColumnWidth(width, columns: column...column)
        }
        let title: String
        if let department = form.department, let year = form.year {
            title = OfficialLayout.fill(spec.titlePattern, ["department": department, "year": String(year)])
        } else {
            title = spec.blankTitle
        }
        try sheet.setRowHeight(layout.title.height, row: 0)
        try sheet.mergeCells(CellRect(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 5), text: title,
                             style: styles.title)
        for (column, header) in spec.headers.enumerated() {
            try sheet.writeText(header, row: 1, column: column, style: styles.label)
        }
        let firstRow = 2
        let derived = DerivedScores(score)
        let places = score.rows.compactMap(\.score?.places).max() ?? spec.scorePlaces
        for (index, scoreRow) in score.rows.enumerated() {
            let row = firstRow + index
            try sheet.setRowHeight(TextHeight.points(for: scoreRow.level3 ?? "", width: spec.columnWidths[2],
                                                     minimum: layout.keyIndicators.rowHeight), row: row)
            let texts = [scoreRow.level1, scoreRow.level2, scoreRow.level3]
            for (column, text) in texts.enumerated() {
                try sheet.writeTextOrBlank(text, row: row, column: column, style: styles.text)
            }
            let weightStyle = styles.number(places: scoreRow.weight?.places ?? 0, percent: false)
            try sheet.writeFigure(scoreRow.weight?.value, row: row, column: 3, style: weightStyle)
            let field = FieldKey.scoreRow(index, .score)
            let change = changes[field]
            let scoreStyle = styles.number(places: scoreRow.score?.places ?? places, percent: false, mark: change?.kind)
            let children = derived.children(of: index)
            let formula = children.isEmpty ? nil : children.map { "E\(firstRow + $0 + 1)" }.joined(separator: "+")
            try sheet.writeFigure(scoreRow.score?.value, formula: formula, row: row, column: 4, style: scoreStyle)
            positions[field] = CellReference(row: row, column: 4)
            positions[.scoreRow(index)] = CellReference(row: row, column: 4)
            if let change {
                try CellMarks(layout: layout, language: language).comment(change, formula: formula, row: row, column: 4,
                                                                          on: sheet)
            }
            try sheet.writeTextOrBlank(scoreRow.reason, row: row, column: 5, style: styles.text)
        }
        let totalRow = firstRow + score.rows.count
        let topLevel = derived.topLevelRows
        try sheet.mergeCells(CellRect(firstRow: totalRow, firstColumn: 0, lastRow: totalRow, lastColumn: 2),
                             text: spec.totalLabel, style: styles.label)
        let sumOfTop = { (column: String) in topLevel.map { "\(column)\(firstRow + $0 + 1)" }.joined(separator: "+") }
        let weightStyle = styles.number(places: score.totalWeight?.places ?? 0, percent: false)
        try sheet.writeFigure(topLevel.isEmpty ? nil : score.totalWeight?.value, formula: sumOfTop("D"), row: totalRow,
                              column: 3, style: weightStyle)
        let totalChange = changes[.scoreTotal]
        let totalStyle = styles.number(places: score.total?.places ?? places, percent: false, mark: totalChange?.kind)
        let totalFormula = topLevel.isEmpty ? nil : sumOfTop("E")
        try sheet.writeFigure(score.total?.value, formula: totalFormula, row: totalRow, column: 4, style: totalStyle)
        positions[.scoreTotal] = CellReference(row: totalRow, column: 4)
        if let totalChange {
            try CellMarks(layout: layout, language: language).comment(totalChange, formula: totalFormula, row: totalRow,
                                                                      column: 4, on: sheet)
        }
        try sheet.writeBlank(row: totalRow, column: 5, style: styles.text)

        let gradeRow = totalRow + 1
        try sheet.mergeCells(CellRect(firstRow: gradeRow, firstColumn: 0, lastRow: gradeRow, lastColumn: 2),
                             text: spec.gradeLabel, style: styles.label)
        let gradeChange = changes[.scoreGrade]
        let gradeStyle = styles.marked(styles.centredText, gradeChange?.kind)
        let gradeRange = CellRect(firstRow: gradeRow, firstColumn: 3, lastRow: gradeRow, lastColumn: 5)
        try sheet.mergeCells(gradeRange, style: gradeStyle)
        let gradeFormula = template.gradeBands.formula(totalCell: "E\(totalRow + 1)")
        if let grade = score.grade, score.total != nil, let gradeFormula {
            try sheet.writeFormula(gradeFormula, cachedText: grade, row: gradeRow, column: 3, style: gradeStyle)
        } else if let grade = score.grade {
            try sheet.writeText(grade, row: gradeRow, column: 3, style: gradeStyle)
        }
        positions[.scoreGrade] = CellReference(row: gradeRow, column: 3)
        if let gradeChange {
            try CellMarks(layout: layout, language: language).comment(gradeChange, formula: gradeFormula, row: gradeRow,
                                                                      column: 3, on: sheet)
        }
        try sheet.setPrintSetup(PrintSetup(paper: .a4, orientation: .portrait, fitToPagesWide: 1, fitToPagesTall: 0,
                                           centersHorizontally: true))
    }
}
