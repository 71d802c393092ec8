import Foundation
import XLSXReader

/// Reads the form from the sheet recognition chose: header lines, scalar fields by label, and the two tables.
struct FormSheetReader {
    /// Fields whose value is prose: the text fields a unit fills in (not the header's title and money unit).
    static let textFieldKeys = Set(FormField.all.filter { $0.kind == .text && !$0.isHeader }.map(\.key))
    static let indicatorTable = "keyIndicators"
    static let taskTable = "tasks"

    let templates: TemplateBundle
    let labels: SheetLabels
    let figures: FigureReader
    let indicatorParser: IndicatorValueParser
    let plan: Plan

    private var template: FormTemplate { templates.form }
    private var sheetName: String { labels.sheet.name }

    /// What the reader takes from the template, worked out once for a batch of forms rather than per form.
    struct Plan: Sendable {
        /// The scalar fields in reading order: the 其中 rows last (see ``readScalars(into:excludingRows:rightEdge:)``).
        let fields: [(key: FieldKey, field: FormField)]
        let breakdown: Set<FieldKey>
        /// The fields holding a figure (amounts and rates): a row heading two of them is a funds grid's header.
        let figureFields: Set<FieldKey>
        /// The title keywords in compact form, and whether all are plain (``PlainText``) and not empty.
        let titleKeywords: [CompactText]
        let yearPatterns: [NSRegularExpression]
        let unitLinePatterns: [NSRegularExpression]
        let unitSuffixPatterns: [NSRegularExpression]
        let titleDepartment: TitleDepartmentReader

        init(template: FormTemplate) {
            let breakdown = Set(FieldKey.breakdown)
            // The 其中 rows last: on a grid whose header row names 全年执行数 with figures below, a 其中 row's
            // figure is the one in the 执行数 column, not the first one to the right of its label.
            fields = template.fields.sorted { lhs, rhs in
                let left = breakdown.contains(FieldKey(rawValue: lhs.key)), right = breakdown.contains(FieldKey(rawValue: rhs.key))
                return left == right ? lhs.key < rhs.key : !left
            }.compactMap { entry in FormField.named(FieldKey(rawValue: entry.key)).map { (key: $0.key, field: $0) } }
            self.breakdown = breakdown
            figureFields = Set(fields.filter { $0.field.kind.isFigure }.map(\.key))
            titleKeywords = template.title.keywords.map(CompactText.init)
            yearPatterns = template.year.patterns.compactMap { RegexCache.compiled($0) }
            unitLinePatterns = template.unit.linePatterns.compactMap { RegexCache.compiled($0) }
            unitSuffixPatterns = template.unit.labelSuffixPatterns.compactMap { RegexCache.compiled($0) }
            titleDepartment = TitleDepartmentReader(template: template.title.department)
        }
    }

    init(templates: TemplateBundle, labels: SheetLabels) {
        self.init(templates: templates, labels: labels, figures: FigureReader(template: templates.form),
                  indicatorParser: IndicatorValueParser(grammar: templates.indicatorGrammar),
                  plan: Plan(template: templates.form))
    }

    /// With readers built once for many sheets.
    init(templates: TemplateBundle, labels: SheetLabels, figures: FigureReader, indicatorParser: IndicatorValueParser,
         plan: Plan) {
        self.templates = templates
        self.labels = labels
        self.figures = figures
        self.indicatorParser = indicatorParser
        self.plan = plan
    }

    func read() -> Form {
        var form = Form(sheet: sheetName)
        // Room for the keys of a usual form and its 评分表 at once, rather than growing the table row by row.
        form.sources.reserveCapacity(256)
        let tables = locateTables()
        let tableRows = Set(tables.values.flatMap { $0.headerTop..<$0.endRow })
        let formRows = labels.anchors.filter { $0.roles.contains { $0.isFormRole } }.map(\.reference.row)
        let firstRow = formRows.min() ?? 0
        let rightEdge = max(labels.rightEdge(firstRow: firstRow, lastRow: formRows.max() ?? labels.lastRow), 0)

        if let funds = readScalars(into: &form, excludingRows: tableRows, rightEdge: rightEdge) {
            readUnlistedBreakdown(into: &form, funds: funds)
        } else {
            readUnlistedBreakdownBesideLabels(into: &form, excludingRows: tableRows, rightEdge: rightEdge)
        }
        readHeader(into: &form, headerRows: 0..<firstRow)
        readDepartmentFromTitle(into: &form)
        if let layout = tables[Self.indicatorTable] { readIndicators(layout, into: &form) }
        if let layout = tables[Self.taskTable] { readTasks(layout, into: &form) }
        return form
    }

    // MARK: - Tables

    /// Both tables, each ending where the next section, the other table's header or a funds grid's header row
    /// (the MOF form's 年度主要任务 table runs into 年初预算数 | 全年预算数 | 全年执行数) begins.
    private func locateTables() -> [String: TableLayout] {
        var tables: [String: TableLayout] = [:]
        for (name, layout) in template.tables {
            if let table = labels.locateTable(name, layout: layout) { tables[name] = table }
        }
        let headerTops = tables.values.map(\.headerTop)
        for (name, var table) in tables {
            var end = labels.lastRow + 1
            for top in headerTops where top > table.headerRow { end = min(end, top) }
            var row = table.headerRow + 1
            while row < end {
                if labels.isSectionBoundary(row: row) || isFundsHeader(row: row) { end = row; break }
                row += 1
            }
            table.endRow = end
            tables[name] = table
        }
        return tables
    }

    /// Whether a row heads a funds grid: two or more labels of figure fields (全年预算数, 全年执行数, 执行率).
    private func isFundsHeader(row: Int) -> Bool {
        var count = 0
        for anchor in labels.anchors(inRow: row) where anchor.roles.contains(where: { role in
            if case .field(let key, _) = role { plan.figureFields.contains(key) } else { false }
        }) {
            count += 1
            if count >= 2 { return true }
        }
        return false
    }

    /// A data row of a table: the anchor starting in each column, by column key.
    struct TableRow {
        var row: Int
        /// The column keys, shared by every row of the table, and each one's anchor.
        let columns: [String]
        var anchors: [LabelAnchor?]

        /// The anchor in a column (a handful of short keys: a scan, no hashing).
        subscript(column: String) -> LabelAnchor? {
            guard let index = columns.firstIndex(of: column) else { return nil }
            return anchors[index]
        }

        var present: some Sequence<LabelAnchor> { anchors.lazy.compactMap { $0 } }
    }

    /// The data rows of a table: rows with something in a column, except template rows left blank and total
    /// rows (合计).
    private func dataRows(_ layout: TableLayout, nameColumn: String) -> [TableRow] {
        var result: [TableRow] = []
        let spans = Array(layout.columns)
        // A table without a header over the name column takes the name from left of the table.
        let nameHasHeader = layout.columns[nameColumn] != nil
        let columns = spans.map(\.key) + (nameHasHeader ? [] : [nameColumn])
        let nameIndex = columns.firstIndex(of: nameColumn)
        for row in layout.bodyRows {
            var anchors = [LabelAnchor?](repeating: nil, count: columns.count)
            var any = false
            var placeholderOnly = true
            for (index, column) in spans.enumerated() {
                guard let anchor = labels.cell(inRow: row, span: column.value) else { continue }
                anchors[index] = anchor
                any = true
                if placeholderOnly {
                    placeholderOnly = anchor.cell.value.isText && {
                        labels.vocabulary.isPlaceholder(anchor.compact)
                    }()
                }
            }
            guard any, !placeholderOnly else { continue }
            if !nameHasHeader, let name = nameWithoutHeader(row: row, layout: layout), let nameIndex {
                anchors[nameIndex] = name
            }
            if let nameIndex, let name = anchors[nameIndex], name.isTotalLabel { continue }
            result.append(TableRow(row: row, columns: columns, anchors: anchors))
        }
        return result
    }

    /// The most blank rows of a table recorded as places for rows of data.
    static let blankRowsRecorded = 100

    /// A table's blank body rows (nothing in its columns but template placeholders), where a blank form filled
    /// in (`fill --template`) puts rows of data: recorded as sources after the rows read, so the first blank
    /// row of a table with two rows read is `keyIndicators[2]`, each column's cell under its key.
    private func recordBlankRows(_ layout: TableLayout, used: [Int], into form: inout Form,
                                 key: (Int, String) -> FieldKey?) {
        var index = used.count
        var seen = Set(used)
        for row in layout.bodyRows.prefix(used.count + Self.blankRowsRecorded) where !seen.contains(row) {
            let cells = layout.columns.map { column in (column.key, labels.cell(inRow: row, span: column.value)) }
            guard cells.allSatisfy({ $0.1.map { $0.cell.value.isText && labels.vocabulary.isPlaceholder($0.compact) } ?? true }),
                  !cells.contains(where: { $0.1?.isTotalLabel ?? false }) else { continue }
            var placed = false
            for (column, span) in layout.columns {
                let cell = labels.slot(inRow: row, span: span)
                // A cell merged down over several rows is one row's place.
                guard cell.row == row, let field = key(index, column) else { continue }
                form.sources[field] = FieldSource(sheet: sheetName, cell: cell)
                placed = true
            }
            seen.insert(row)
            if placed { index += 1 }
        }
    }

    /// A row's name when the table has no header over the name column (the section label stands where the
    /// header would be): the first cell starting in the row left of the table's columns.
    private func nameWithoutHeader(row: Int, layout: TableLayout) -> LabelAnchor? {
        var column = layout.columnSpan.lowerBound - 1
        while column >= 0 {
            if let anchor = labels.anchor(startingAt: CellReference(row: row, column: column)) { return anchor }
            column -= 1
        }
        return nil
    }

    private func readIndicators(_ layout: TableLayout, into form: inout Form) {
        let rows = dataRows(layout, nameColumn: "name")
        defer {
            recordBlankRows(layout, used: rows.map(\.row), into: &form) { index, column in FieldKey.IndicatorColumn(rawValue: column).map { .keyIndicator(index, $0) } }
        }
        for (index, entry) in rows.enumerated() {
            let name = entry["name"]?.shownText
            let target = entry["target"]?.shownText
            let result = entry["result"]?.shownText
            var targetReading = indicatorParser.parse(target, side: .target)
            var resultReading = indicatorParser.parse(result, side: .result)
            // A grid's own 计量单位 and 指标性质 columns complete what the texts leave out.
            if let unit = entry["unit"]?.shownText.map(indicatorParser.unit(named:)) {
                if targetReading != nil && targetReading?.unit == nil { targetReading?.unit = unit }
                if resultReading != nil && resultReading?.unit == nil { resultReading?.unit = unit }
            }
            if let comparison = indicatorParser.comparison(inOperatorCell: entry["targetOperator"]?.shownText),
               targetReading != nil, targetReading?.comparison == nil {
                targetReading?.comparison = comparison
            }
            let direction = targetReading?.comparison?.direction ?? resultReading?.comparison?.direction
                ?? indicatorParser.direction(forName: name)
            var targetValue = targetReading?.value
            if let upper = targetReading?.upperValue, direction == .lower { targetValue = upper }
            form.keyIndicators.append(KeyIndicator(
                name: name, target: target, result: result, targetValue: targetValue, resultValue: resultReading?.value,
                targetUnit: targetReading?.unit, resultUnit: resultReading?.unit,
                targetOperator: targetReading?.comparison, direction: direction))
            // The row's cell: the result's, else the name's (where the table has those columns).
            var resultCell: CellReference?, nameCell: CellReference?
            for column in [FieldKey.IndicatorColumn.name, .target, .result] {
                guard let span = layout.columns[column.rawValue] else { continue }
                let cell = entry[column.rawValue]?.reference ?? labels.slot(inRow: entry.row, span: span)
                form.sources[.keyIndicator(index, column)] = FieldSource(sheet: sheetName, cell: cell)
                if column == .result { resultCell = cell } else if column == .name { nameCell = cell }
            }
            form.sources[.keyIndicator(index)] = FieldSource(sheet: sheetName, cell: resultCell ?? nameCell)
        }
    }

    private func readTasks(_ layout: TableLayout, into form: inout Form) {
        let rows = dataRows(layout, nameColumn: "name")
        defer { recordBlankRows(layout, used: rows.map(\.row), into: &form) { index, column in FieldKey.TaskColumn(rawValue: column).map { .task(index, $0) } } }
        for (index, entry) in rows.enumerated() {
            var task = MainTask()
            task.name = entry["name"]?.shownText
            task.goal = entry["goal"]?.shownText
            task.goalResult = entry["goalResult"]?.shownText
            task.indicator = entry["indicator"]?.shownText
            task.indicatorResult = entry["indicatorResult"]?.shownText
            var nameCell: CellReference?
            for column in FieldKey.TaskColumn.allCases {
                guard let span = layout.columns[column.rawValue] else { continue }
                let cell = entry[column.rawValue]?.reference ?? labels.slot(inRow: entry.row, span: span)
                form.sources[.task(index, column)] = FieldSource(sheet: sheetName, cell: cell)
                if column == .name { nameCell = cell }
            }
            if let anchor = entry["funds"] {
                let reading = figures.read(anchor)
                task.funds = reading.figure?.value
                form.sources[.task(index, .funds)] = source(for: reading, cell: anchor.reference, label: nil)
            }
            let rowCell = nameCell ?? entry.present.map(\.reference).min()
            form.sources[.task(index)] = FieldSource(sheet: sheetName, cell: rowCell)
            form.tasks.append(task)
        }
    }

    // MARK: - Scalar fields

    /// How the funds figures were laid out, where they form a grid: read down a grid's columns (sources of funds
    /// as rows, ``FundsGrid``) with the 实际支出数 column, or along a row under sources of funds as columns
    /// (``FundsColumns``) with the 实际支出数 row.
    enum FundsLayout {
        case rows(FundsGrid, actualColumn: (span: CellRange, headerRow: Int))
        case columns(FundsColumns, actualRow: Int)
    }

    /// Reads the scalar fields; returns the funds grid their figures were read from, if any.
    ///
    /// A figure read below its label is in a grid column: it is taken from the grid's total row wherever that
    /// row stands, and is missing (``FieldSource/withoutTotalRow``) where the grid lists parts and no total. A
    /// figure read beside its label under a header of sources of funds is taken from the total column likewise.
    private func readScalars(into form: inout Form, excludingRows tableRows: Set<Int>, rightEdge: Int) -> FundsLayout? {
        var rates: [(FieldKey, FigureReading, LocatedValue, CellReference?, Bool)] = []
        let breakdown = plan.breakdown
        var grids: [Int: FundsGrid] = [:]
        var funds: FundsLayout?
        for (key, field) in plan.fields {
            var (located, label) = locate(key, excludingRows: tableRows, rightEdge: rightEdge)
            var withoutTotalRow = false
            if breakdown.contains(key) {
                switch funds {
                case .rows(_, let column)?:
                    if let inGrid = locateInGrid(key, column: column, excludingRows: tableRows) { (located, label) = inGrid }
                case .columns(let columns, let row)?:
                    // A source's column header: its figure in the 实际支出数 row.
                    if let label, label.row == columns.headerRow, row > label.row {
                        located = value(inRow: row, span: labels.range(at: label))
                    }
                case nil:
                    break
                }
            } else if field.kind.isFigure, let label, let cell = located?.cell,
                      let column = labels.gridColumn(label: label, cell: cell) {
                let grid = grids[column.headerRow]
                    ?? FundsGrid(labels: labels, headerTop: column.span.first.row, headerRow: column.headerRow,
                                 labelsLeftOf: column.span.first.column, excludingRows: tableRows)
                grids[column.headerRow] = grid
                if let total = grid.total, total.row != cell.row {
                    located = value(inRow: total.row, span: column.span)
                } else if grid.hasOnlyParts {
                    located = .nowhere
                    withoutTotalRow = true
                }
                if key == .actual { funds = .rows(grid, actualColumn: column) }
            } else if field.kind.isFigure, let label, let cell = located?.cell, cell.row == label.row,
                      let columns = FundsColumns(labels: labels, figure: cell, labelColumn: labels.range(at: label).last.column) {
                if let total = columns.total {
                    if !(total.range.first.column...total.range.last.column).contains(cell.column) {
                        located = value(inRow: cell.row, span: total.range)
                    }
                } else {
                    located = .nowhere
                    withoutTotalRow = true
                }
                if key == .actual { funds = .columns(columns, actualRow: cell.row) }
            }
            guard let located else { continue }
            switch field.kind {
            case .text, .year:
                let text = located.inlineText.flatMap(TextCleaner.clean) ?? located.value?.shownText
                if key == .year || key == .unit {
                    // A `年度 | 2021` or `金额单位 | 万元` pair; a title or unit line found later takes precedence.
                    guard let value = headerValue(key, from: text) else {
                        // A blank form's empty 年度 cell is where the year belongs.
                        if key == .year, text?.isEmpty ?? true, let cell = located.cell, form.sources[key] == nil {
                            form.sources[key] = FieldSource(sheet: sheetName, cell: cell, label: label)
                        }
                        continue
                    }
                    if key == .year { form.year = Int(value) } else { form.unit = value }
                } else {
                    field.setText(text, in: &form)
                }
                form.sources[key] = FieldSource(sheet: sheetName, cell: located.cell, label: label)
            case .amount:
                let reading = reading(of: located)
                form.funds[key] = reading.figure?.value
                var source = source(for: reading, cell: located.cell, label: label)
                source.withoutTotalRow = withoutTotalRow
                form.sources[key] = source
            case .rate:
                rates.append((key, reading(of: located), located, label, withoutTotalRow))
            case .weight, .score, .table:
                continue
            }
        }
        // Rates last: a bare 97.8 or 0.978 is read as whichever is nearer the rate the amounts give.
        for (key, reading, located, label, withoutTotalRow) in rates {
            if let figure = reading.figure {
                form.funds[key] = FigureReader.rate(from: figure, reference: referenceRate(key, funds: form.funds))
            }
            var source = source(for: reading, cell: located.cell, label: label)
            source.withoutTotalRow = withoutTotalRow
            form.sources[key] = source
        }
        return funds
    }

    /// The value of a grid row in a column: the cell starting in the row within the column's span, unless it is
    /// a label; else the blank slot.
    private func value(inRow row: Int, span: CellRange) -> LocatedValue {
        if let anchor = labels.cell(inRow: row, span: span), !anchor.isLabel {
            return LocatedValue(cell: anchor.reference, value: anchor, inlineText: nil)
        }
        return LocatedValue(cell: labels.slot(inRow: row, span: span), value: nil, inlineText: nil)
    }

    /// The parts of a funds grid that no template label names (Sichuan's 财政专户管理资金 and 单位资金, the MOF
    /// grid's 上年结转资金, a 花都 grid's 财政拨款), with their figures in the actual column or row. A blank or `/`
    /// figure is no part.
    private func readUnlistedBreakdown(into form: inout Form, funds: FundsLayout) {
        // Each part's label and where its actual figure is.
        let parts: [(label: LabelAnchor, row: Int, span: CellRange)]
        switch funds {
        case .rows(let grid, let column):
            parts = grid.parts.map { ($0.label, $0.row, column.span) }
        case .columns(let columns, let row):
            parts = columns.parts.map { ($0, row, $0.range) }
        }
        guard !parts.isEmpty else { return }
        var unlisted: [BreakdownPart] = []
        for part in parts {
            // Keyed parts (其中：一般公共预算, 其他资金) are read as their fields.
            let keyed = part.label.roles.contains { role in
                if case .field(let key, _) = role { plan.breakdown.contains(key) } else { false }
            }
            guard !keyed, let value = labels.cell(inRow: part.row, span: part.span), !value.isLabel else { continue }
            let reading = figures.read(value)
            // A source a 其中 line names (财政拨款 is 其中：财政拨款, the 一般公共预算 line) is that field, where the
            // form has no label of its own for it.
            if let key = breakdownKey(namedAsPart: part.label), form.sources[key] == nil {
                form.funds[key] = reading.figure?.value
                form.sources[key] = source(for: reading, cell: value.reference, label: part.label.reference)
                continue
            }
            guard let amount = reading.figure?.value else { continue }
            unlisted.append(BreakdownPart(label: part.label.cleanedText, amount: amount, sheet: sheetName, cell: value.reference))
        }
        form.funds.unlistedParts = unlisted
    }

    /// The breakdown field a part's name gives once it opens with 其中 (`财政拨款` → 其中:财政拨款 → the 一般公共预算
    /// line), nil when it gives none.
    private func breakdownKey(namedAsPart label: LabelAnchor) -> FieldKey? {
        let normalised = label.normalised
        guard !normalised.isEmpty else { return nil }
        let vocabulary = labels.vocabulary
        for prefix in vocabulary.fundsPartPrefixes {
            for spelling in [prefix + ":" + normalised, prefix + normalised] {
                for role in vocabulary.roles(for: spelling) {
                    if case .field(let key, _) = role, plan.breakdown.contains(key) { return key }
                }
            }
        }
        return nil
    }

    /// The 其中 lines of a form whose figures stand beside their labels that no template label names
    /// (`其中：财政专户管理资金 | 200`, as a corrected table writes a grid's unlisted parts): texts naming a part
    /// (``LabelReading/fundsKind``) that are no field's label, with a figure beside them.
    private func readUnlistedBreakdownBesideLabels(into form: inout Form, excludingRows tableRows: Set<Int>, rightEdge: Int) {
        var parts: [BreakdownPart] = []
        for anchor in labels.anchors where anchor.fundsKind == .part && !anchor.isLabel {
            guard !tableRows.contains(anchor.reference.row) else { continue }
            let located = labels.value(for: anchor, rightEdge: rightEdge)
            guard let value = located.value, let cell = located.cell, cell.row == anchor.reference.row,
                  let amount = figures.read(value).figure?.value else { continue }
            parts.append(BreakdownPart(label: anchor.cleanedText, amount: amount, sheet: sheetName, cell: cell))
        }
        form.funds.unlistedParts = parts
    }

    // MARK: - Department from the title

    /// For a form with no 部门名称 field anywhere (not even a blank one): the department named in the title line,
    /// its source the title's cell, marked as taken from the title.
    private func readDepartmentFromTitle(into form: inout Form) {
        guard form.department == nil, form.sources[.department] == nil, let title = form.title,
              let titleCell = form.sources[.title]?.cell,
              let department = plan.titleDepartment.department(in: title) else { return }
        form.department = department
        form.sources[.department] = FieldSource(sheet: sheetName, cell: titleCell, takenFrom: .title)
    }

    /// A 其中 row of a grid: its label below the header row and left of the actual column (a row label), its
    /// figure in the actual column. A 其中 label standing in a row of labels with values below them (the label
    /// itself in or right of that column) is not a grid row: its value is found like any other field's.
    private func locateInGrid(_ key: FieldKey, column: (span: CellRange, headerRow: Int), excludingRows: Set<Int>)
        -> (LocatedValue?, CellReference?)? {
        let anchors = labels.labels(for: "field:\(key.rawValue)")
            .filter { !excludingRows.contains($0.reference.row) && $0.reference.row > column.headerRow
                && $0.range.last.column < column.span.first.column }
        guard let anchor = anchors.first else { return nil }
        let row = anchor.reference.row
        if let value = labels.cell(inRow: row, span: column.span) {
            guard !value.isLabel else { return nil }
            return (LocatedValue(cell: value.reference, value: value, inlineText: nil), anchor.reference)
        }
        return (LocatedValue(cell: labels.slot(inRow: row, span: column.span), value: nil, inlineText: nil), anchor.reference)
    }

    /// The best label of a field and its value: a label in a visible row before one in a hidden row (a stale
    /// template row left hidden), then the most specific synonym, then sheet order; the first label with a
    /// value wins, else the first with a place for one.
    ///
    /// For a figure, a label whose value is a text that is no figure yields to a label with a figure: on the
    /// Sichuan grid `年度预算数（万元）` heads the row labels (总额 below it), `调整后预算数` the figures.
    private func locate(_ key: FieldKey, excludingRows: Set<Int>, rightEdge: Int) -> (LocatedValue?, CellReference?) {
        let identity = "field:\(key.rawValue)"
        func rank(_ anchor: LabelAnchor) -> Int {
            anchor.roles.compactMap { role -> Int? in
                if case .field(let field, let rank) = role, field == key { return rank }
                return nil
            }.min() ?? Int.max
        }
        // Each label's sort key worked out once (a comparator reaching `labels` copied the whole reader per
        // comparison).
        let sheetLabels = labels
        let candidates = sheetLabels.labels(for: identity)
            .filter { !excludingRows.contains($0.reference.row) }
            .map { (key: (hidden: sheetLabels.isHidden($0) ? 1 : 0, rank: rank($0), reference: $0.reference), anchor: $0) }
            .sorted { $0.key < $1.key }
            .map(\.anchor)
        var fallback: (LocatedValue, CellReference)?
        var textInsteadOfFigure: (LocatedValue, CellReference)?
        // Only where another label could still give a figure is a text value worth reading here.
        let wantsFigure = candidates.count > 1 && plan.figureFields.contains(key)
        let isFigure = plan.figureFields.contains(key)
        for anchor in candidates {
            var located = labels.value(for: anchor, rightEdge: rightEdge, acceptsUnitText: key == .unit,
                                       readsTextBelow: Self.textFieldKeys.contains(key))
            // A figure's blank cell beside its label, with a note further right (a blank 花都 form's 调整后预算数
            // | (blank) | 含年中追加…): the blank cell is the figure's place, the note no figure.
            if isFigure, let value = located.value, value.cell.value.isText, case .unreadable = figures.read(value) {
                if let gap = blankCell(between: anchor, and: value) {
                    located = LocatedValue(cell: gap, value: nil, inlineText: nil)
                } else if let below = figureBelow(headerOf: anchor, besides: value) {
                    // A grid header (年度调整额 | 预算调整率 | 原因) whose right neighbour is a text no template
                    // knows: the figure is below the header, or its blank cell is.
                    located = below
                }
            }
            if located.hasValue {
                guard wantsFigure, let value = located.value, value.cell.value.isText,
                      case .unreadable = figures.read(value) else { return (located, anchor.reference) }
                // A grid's row label under a header (总额 under 年度预算数 in a blank Sichuan grid) is no value:
                // another label's empty cell is the place.
                if value.isTotalLabel || value.fundsKind != .other { continue }
                if textInsteadOfFigure == nil { textInsteadOfFigure = (located, anchor.reference) }
                continue
            }
            if fallback == nil || (fallback?.0.cell == nil && located.cell != nil) {
                fallback = (located, anchor.reference)
            }
        }
        for anchor in labels.inlineLabels(for: identity) where !excludingRows.contains(anchor.reference.row) {
            if let value = anchor.inline?.value {
                return (LocatedValue(cell: anchor.reference, value: nil, inlineText: value), anchor.reference)
            }
        }
        if let textInsteadOfFigure { return (textInsteadOfFigure.0, textInsteadOfFigure.1) }
        if let fallback { return (fallback.0, fallback.1) }
        return (nil, nil)
    }

    /// The figure below a header label of a grid row (its left neighbour is a label too), or the blank cell
    /// there; nil where the cell below holds a label or a text.
    private func figureBelow(headerOf label: LabelAnchor, besides value: LabelAnchor) -> LocatedValue? {
        let row = label.range.first.row
        guard value.reference.row == row, label.range.first.column > 0,
              labels.isLabel(at: CellReference(row: row, column: label.range.first.column - 1)) else { return nil }
        let below = CellReference(row: label.range.last.row + 1, column: label.range.first.column)
        guard below.row <= labels.lastRow else { return nil }
        guard let anchor = labels.anchor(at: below) else { return LocatedValue(cell: labels.range(at: below).first, value: nil, inlineText: nil) }
        guard !anchor.isLabel, figures.read(anchor).figure != nil else { return nil }
        return LocatedValue(cell: anchor.range.first, value: anchor, inlineText: nil)
    }

    /// The first cell right of a label when it is blank and stands before `value` in the label's row.
    private func blankCell(between label: LabelAnchor, and value: LabelAnchor) -> CellReference? {
        let next = CellReference(row: label.range.first.row, column: label.range.last.column + 1)
        guard value.reference.row == next.row, value.reference.column > next.column, labels.anchor(at: next) == nil else { return nil }
        return labels.range(at: next).first
    }

    private func reading(of located: LocatedValue) -> FigureReading {
        if let inline = located.inlineText { return figures.read(text: inline) }
        return figures.read(located.value)
    }

    private func source(for reading: FigureReading, cell: CellReference?, label: CellReference?) -> FieldSource {
        var source = FieldSource(sheet: sheetName, cell: cell, label: label)
        switch reading {
        case .figure(let figure):
            source.typedAsText = figure.typedAsText
            source.text = figure.text
        case .notApplicable(let text):
            source.notApplicable = true
            source.text = text
        case .unreadable(let text):
            source.text = text
        case .blank:
            break
        }
        return source
    }

    private func referenceRate(_ key: FieldKey, funds: Funds) -> Decimal? {
        switch key {
        case .completionRate: DerivedFigures(funds).completionRate
        case .adjustmentRate: DerivedFigures(funds).adjustmentRate
        default: nil
        }
    }

    /// The year or unit a labelled cell gives: a year in any of the year patterns or a bare four-digit year;
    /// a unit only if it is one of the template's units.
    private func headerValue(_ key: FieldKey, from text: String?) -> String? {
        guard let text else { return nil }
        let compact = TextForm.compact(text)
        if key == .unit { return template.unit.units.first { TextForm.compact($0) == compact } }
        if compact.count == 4, let year = Int(compact), (1900...2099).contains(year) { return compact }
        for pattern in plan.yearPatterns {
            if let year = Self.firstGroup(pattern, in: compact) { return year }
        }
        return nil
    }

    // MARK: - Header: title, year, unit

    private func readHeader(into form: inout Form, headerRows: Range<Int>) {
        // Anchors are in sheet order already. A text anchor's shown text is its cleaned text, whose compact
        // form the anchor holds.
        let headerAnchors = labels.anchors.filter { headerRows.contains($0.reference.row) && $0.cell.value.isText }
        var titleAnchor: LabelAnchor?
        for anchor in headerAnchors {
            guard let text = anchor.shownText else { continue }
            if isTitle(anchor) {
                titleAnchor = anchor
                form.title = UTF8Bytes.contains(text, byte: UInt8(ascii: "\n")) ? text.replacingOccurrences(of: "\n", with: "") : text
                form.sources[.title] = FieldSource(sheet: sheetName, cell: anchor.reference)
                break
            }
        }
        // The year: in the title, else on a line of its own in the header.
        let yearSources = (titleAnchor.map { [$0] } ?? []) + headerAnchors.filter { $0.reference != titleAnchor?.reference }
        search: for anchor in yearSources {
            guard anchor.shownText != nil else { continue }
            for pattern in plan.yearPatterns {
                if let match = Self.firstGroup(pattern, in: anchor.compact.text), let year = Int(match) {
                    form.year = year
                    form.sources[.year] = FieldSource(sheet: sheetName, cell: anchor.reference)
                    break search
                }
            }
        }
        readUnit(into: &form, headerAnchors: headerAnchors)
    }

    /// Whether a header anchor is the title line: short, with a title keyword.
    private func isTitle(_ anchor: LabelAnchor) -> Bool {
        let compact = anchor.compact
        return compact.count <= template.title.maxLength && plan.titleKeywords.contains { compact.contains($0) }
    }

    /// The unit line (`单位：万元`) in the header, else anywhere on the sheet, else a `（万元）` suffix on a label.
    private func readUnit(into form: inout Form, headerAnchors: [LabelAnchor]) {
        let linePatterns = plan.unitLinePatterns
        let everywhere = labels.anchors.lazy.filter { $0.cell.value.isText }
        for anchor in [AnySequence(headerAnchors), AnySequence(everywhere)].joined() {
            guard anchor.cell.value.isText else { continue }
            let compact = anchor.compact.text
            for pattern in linePatterns {
                if let unit = Self.firstGroup(pattern, in: compact) {
                    form.unit = unit
                    form.sources[.unit] = FieldSource(sheet: sheetName, cell: anchor.reference)
                    return
                }
            }
        }
        guard form.unit == nil else { return }
        let suffixPatterns = plan.unitSuffixPatterns
        // A field's label first (年度预算数（万元）), then a block's heading (年度部门整体支出预算（万元）).
        let isField = { (anchor: LabelAnchor) in anchor.roles.contains { if case .field = $0 { true } else { false } } }
        let headings = everywhere.filter { !isField($0) && !$0.normalised.isEmpty }
        for anchor in [AnySequence(everywhere.filter(isField)), AnySequence(headings)].joined() {
            let compact = anchor.compact.text.replacingOccurrences(of: ":", with: "")
            for pattern in suffixPatterns {
                if let unit = Self.firstGroup(pattern, in: compact) {
                    form.unit = unit
                    form.sources[.unit] = FieldSource(sheet: sheetName, cell: anchor.reference)
                    return
                }
            }
        }
    }

    static func firstGroup(_ pattern: NSRegularExpression, in text: String) -> String? {
        let range = NSRange(location: 0, length: (text as NSString).length)
        guard let match = pattern.firstMatch(in: text, range: range), match.numberOfRanges > 1,
              match.range(at: 1).location != NSNotFound else { return nil }
        return (text as NSString).substring(with: match.range(at: 1))
    }
}
