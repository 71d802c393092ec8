import Foundation
import XLSXReader
import XLSXWriter

/// Draws the 自评表 sheet of the official layout for one form, block by block, and records where each field
/// landed so formulas, marks and the findings sheet can point at it.
///
/// Derived cells are live formulas with the computed value cached (预算完成率 `=ROUND(C6/C5,3)`, 年度调整额
/// `=C5-E5`, 预算调整率 `=ROUND(E6/E5,3)`), so the table shows the right number where nothing recalculates and
/// stays right when a department edits an amount.
struct FormSheetRenderer {
    let layout: OfficialLayout
    let styles: RenderStyles
    let language: MessageLanguage
    /// The changed cells by field, to mark and comment.
    let changes: [FieldKey: CellChange]

    /// Where each field's value cell is (0-based row and column).
    private(set) var positions: [FieldKey: CellReference] = [:]
    private var row = 0

    init(layout: OfficialLayout, language: MessageLanguage, changes: [CellChange]) {
        self.layout = layout
        styles = RenderStyles(layout: layout)
        self.language = language
        self.changes = Dictionary(changes.map { ($0.field, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static let lastColumn = 5   // F

    mutating func draw(_ form: Form, on sheet: WorksheetWriter) throws(XLSXWriterError) {
        for (column, width) in layout.columnWidths.enumerated() {
            try sheet.setColumnWidth(width, columns: column...column)
        }
        try drawHeader(form, on: sheet)
        try drawFunds(form, on: sheet)
        try drawGoals(form, on: sheet)
        try drawKeyIndicators(form, on: sheet)
        try drawTasks(form, on: sheet)
        for closing in layout.closing {
            try sheet.setRowHeight(TextHeight.points(for: form.text(closing.field) ?? "", width: widths(1...5),
                                                     minimum: layout.closingHeight), row: row)
            try sheet.writeText(closing.label, row: row, column: 0, style: styles.label)
            try text(form.text(closing.field), field: closing.field, range: CellRect(firstRow: row, firstColumn: 1,
                                                                                    lastRow: row, lastColumn: 5), on: sheet)
            row += 1
        }
        try sheet.setPrintSetup(PrintSetup(paper: .a4, orientation: layout.print.landscape ? .landscape : .portrait,
                                           fitToPagesWide: layout.print.fitToWidth ? 1 : nil,
                                           fitToPagesTall: layout.print.fitToOnePage == true ? 1 : layout.print.fitToWidth ? 0 : nil,
                                           margins: .init(left: layout.print.margins.left, right: layout.print.margins.right,
                                                          top: layout.print.margins.top, bottom: layout.print.margins.bottom),
                                           centersHorizontally: true))
    }

    // MARK: Blocks

    private mutating func drawHeader(_ form: Form, on sheet: WorksheetWriter) throws(XLSXWriterError) {
        let full = { (row: Int) in CellRect(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: FormSheetRenderer.lastColumn) }
        try sheet.setRowHeight(layout.title.height, row: row)
        try sheet.mergeCells(full(row), text: form.title ?? layout.title.defaultText, style: styles.title)
        positions[.title] = CellReference(row: row, column: 0)
        row += 1
        try sheet.setRowHeight(layout.yearLine.height, row: row)
        let yearText = form.year.map { OfficialLayout.fill(layout.yearLine.pattern, ["year": String($0)]) }
            ?? layout.yearLine.blank ?? ""
        try sheet.mergeCells(full(row), text: yearText, style: styles.yearLine)
        positions[.year] = CellReference(row: row, column: 0)
        row += 1
        try sheet.setRowHeight(layout.unitLine.height, row: row)
        let unit = form.unit ?? layout.unitLine.defaultUnit ?? ""
        try sheet.mergeCells(full(row), text: OfficialLayout.fill(layout.unitLine.pattern, ["unit": unit]),
                             style: styles.unitLine)
        positions[.unit] = CellReference(row: row, column: 0)
        row += 1
        try sheet.setRowHeight(layout.department.height, row: row)
        try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1),
                             text: layout.department.label, style: styles.label)
        try text(form.department, field: .department,
                 range: CellRect(firstRow: row, firstColumn: 2, lastRow: row, lastColumn: 5), on: sheet)
        row += 1
    }

    private mutating func drawFunds(_ form: Form, on sheet: WorksheetWriter) throws(XLSXWriterError) {
        let first = row
        // Positions first: the formulas of the derived cells refer to cells on later rows.
        for (offset, pair) in layout.funds.rows.enumerated() {
            for (side, field) in pair.enumerated() {
                positions[field.field] = CellReference(row: first + offset, column: side == 0 ? 2 : 4)
            }
        }
        for pair in layout.funds.rows {
            try sheet.setRowHeight(layout.funds.rowHeight, row: row)
            for (side, field) in pair.enumerated() {
                let labelColumn = side == 0 ? 1 : 3
                try sheet.writeText(field.label, row: row, column: labelColumn, style: styles.label)
                if side == 1 {
                    try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 4, lastRow: row, lastColumn: 5),
                                         style: styles.number(places: 2, percent: false))
                }
                try fundsValue(field.field, form: form, row: row, column: labelColumn + 1, on: sheet)
            }
            row += 1
        }
        // Parts no 其中 line of the layout names (a grid's 单位资金, 财政专户管理资金): a line each, two to a row, so
        // that the table still adds up.
        let parts = form.funds.unlistedParts
        for start in stride(from: 0, to: parts.count, by: 2) {
            try sheet.setRowHeight(layout.funds.rowHeight, row: row)
            for (side, part) in parts[start..<min(start + 2, parts.count)].enumerated() {
                let labelColumn = side == 0 ? 1 : 3
                let label = part.label.hasPrefix(layout.funds.partPrefix) ? part.label : layout.funds.partPrefix + part.label
                try sheet.writeText(label, row: row, column: labelColumn, style: styles.label)
                if side == 1 {
                    try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 4, lastRow: row, lastColumn: 5),
                                         style: styles.number(places: 2, percent: false))
                }
                try sheet.writeFigure(part.amount.value, row: row, column: labelColumn + 1,
                                      style: styles.number(places: part.amount.places, percent: false))
            }
            row += 1
        }
        try sheet.mergeCells(CellRect(firstRow: first, firstColumn: 0, lastRow: row - 1, lastColumn: 0),
                             text: layout.funds.label, style: styles.label)
    }

    private func fundsValue(_ field: FieldKey, form: Form, row: Int, column: Int,
                            on sheet: WorksheetWriter) throws(XLSXWriterError) {
        let isRate = field == .completionRate || field == .adjustmentRate
        let value = form.funds[field]
        let places = value?.places ?? (isRate ? layout.funds.ratePlaces : layout.funds.amountPlaces)
        let change = changes[field]
        let style = styles.number(places: places, percent: isRate, mark: change?.kind)
        try sheet.writeFigure(value?.value, formula: formula(for: field, places: places), row: row, column: column,
                              style: style)
        if let change { try comment(change, formula: formula(for: field, places: places), row: row, column: column, on: sheet) }
    }

    /// The live formula of a derived funds cell (``DerivedFigures/definition(of:)``), in terms of the cells its inputs
    /// were drawn in; a rate rounded to the places shown.
    private func formula(for field: FieldKey, places: Int) -> String? {
        func at(_ key: FieldKey) -> String? { positions[key]?.description }
        switch DerivedFigures.definition(of: field) {
        case .ratio(let numerator, let denominator)?:
            guard let top = at(numerator), let bottom = at(denominator) else { return nil }
            return "ROUND(\(top)/\(bottom),\(places))"
        case .difference(let first, let second)?:
            guard let left = at(first), let right = at(second) else { return nil }
            return "\(left)-\(right)"
        case nil:
            return nil
        }
    }

    private mutating func drawGoals(_ form: Form, on sheet: WorksheetWriter) throws(XLSXWriterError) {
        try sheet.setRowHeight(layout.goals.headerHeight, row: row)
        try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 0, lastRow: row + 1, lastColumn: 0),
                             text: layout.goals.label, style: styles.label)
        try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 1, lastRow: row, lastColumn: 2),
                             text: layout.goals.headers[0], style: styles.label)
        try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 3, lastRow: row, lastColumn: 5),
                             text: layout.goals.headers[1], style: styles.label)
        row += 1
        let height = max(TextHeight.points(for: form.overallGoal ?? "", width: widths(1...2), minimum: layout.goals.minimumHeight),
                         TextHeight.points(for: form.overallGoalResult ?? "", width: widths(3...5),
                                           minimum: layout.goals.minimumHeight))
        try sheet.setRowHeight(height, row: row)
        try text(form.overallGoal, field: .overallGoal,
                 range: CellRect(firstRow: row, firstColumn: 1, lastRow: row, lastColumn: 2), on: sheet)
        try text(form.overallGoalResult, field: .overallGoalResult,
                 range: CellRect(firstRow: row, firstColumn: 3, lastRow: row, lastColumn: 5), on: sheet)
        row += 1
    }

    private mutating func drawKeyIndicators(_ form: Form, on sheet: WorksheetWriter) throws(XLSXWriterError) {
        let table = layout.keyIndicators
        let count = form.keyIndicators.isEmpty ? table.blankRows : form.keyIndicators.count
        try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 0, lastRow: row + count, lastColumn: 0),
                             text: table.label ?? "", style: styles.label)
        try sheet.setRowHeight(table.headerHeight, row: row)
        try sheet.writeText(table.headers[0], row: row, column: 1, style: styles.label)
        try sheet.writeText(table.headers[1], row: row, column: 2, style: styles.label)
        try sheet.mergeCells(CellRect(firstRow: row, firstColumn: 3, lastRow: row, lastColumn: 5),
                             text: table.headers[2], style: styles.label)
        row += 1
        for index in 0..<count {
            let indicator = index < form.keyIndicators.count ? form.keyIndicators[index] : KeyIndicator()
            let height = max(TextHeight.points(for: indicator.name ?? "", width: widths(1...1), minimum: table.rowHeight),
                             TextHeight.points(for: indicator.target ?? "", width: widths(2...2), minimum: table.rowHeight),
                             TextHeight.points(for: indicator.result ?? "", width: widths(3...5), minimum: table.rowHeight))
            try sheet.setRowHeight(height, row: row)
            try text(indicator.name, field: .keyIndicator(index, .name),
                     range: CellRect(row: row, column: 1), on: sheet)
            try text(indicator.target, field: .keyIndicator(index, .target),
                     range: CellRect(row: row, column: 2), on: sheet)
            try text(indicator.result, field: .keyIndicator(index, .result),
                     range: CellRect(firstRow: row, firstColumn: 3, lastRow: row, lastColumn: 5), on: sheet)
            positions[.keyIndicator(index)] = CellReference(row: row, column: 3)   // where findings point: the result
            row += 1
        }
    }

    private mutating func drawTasks(_ form: Form, on sheet: WorksheetWriter) throws(XLSXWriterError) {
        let table = layout.tasks
        try sheet.setRowHeight(table.headerHeight, row: row)
        for (column, header) in table.headers.enumerated() {
            try sheet.writeText(header, row: row, column: column, style: styles.label)
        }
        row += 1
        let count = form.tasks.isEmpty ? table.blankRows : form.tasks.count
        for index in 0..<count {
            let task = index < form.tasks.count ? form.tasks[index] : MainTask()
            let texts: [(String?, FieldKey.TaskColumn)] = [(task.name, .name), (task.goal, .goal),
                                                           (task.goalResult, .goalResult), (task.indicator, .indicator),
                                                           (task.indicatorResult, .indicatorResult)]
            var height = table.rowHeight
            for (column, (value, _)) in texts.enumerated() {
                height = max(height, TextHeight.points(for: value ?? "", width: widths(column...column),
                                                       minimum: table.rowHeight))
            }
            try sheet.setRowHeight(height, row: row)
            for (column, (value, key)) in texts.enumerated() {
                try text(value, field: .task(index, key), range: CellRect(row: row, column: column), on: sheet)
            }
            let fundsStyle = styles.number(places: task.funds?.places ?? layout.funds.amountPlaces, percent: false)
            try sheet.writeFigure(task.funds?.value, row: row, column: 5, style: fundsStyle)
            positions[.task(index, .funds)] = CellReference(row: row, column: 5)
            positions[.task(index)] = CellReference(row: row, column: 0)
            row += 1
        }
    }

    // MARK: Cells

    /// A text value in a cell or merged range, with borders even when blank.
    private mutating func text(_ value: String?, field: FieldKey, range: CellRect,
                               on sheet: WorksheetWriter) throws(XLSXWriterError) {
        positions[field] = CellReference(row: range.firstRow, column: range.firstColumn)
        if range.isSingleCell {
            try sheet.writeTextOrBlank(value, row: range.firstRow, column: range.firstColumn, style: styles.text)
        } else {
            try sheet.mergeCells(range, text: value ?? "", style: styles.text)
        }
    }

    private func widths(_ columns: ClosedRange<Int>) -> Double {
        columns.reduce(0) { $0 + (layout.columnWidths.indices.contains($1) ? layout.columnWidths[$1] : 10) }
    }

    private func comment(_ change: CellChange, formula: String?, row: Int, column: Int,
                         on sheet: WorksheetWriter) throws(XLSXWriterError) {
        try CellMarks(layout: layout, language: language)
            .comment(change, formula: formula, row: row, column: column, on: sheet)
    }
}
