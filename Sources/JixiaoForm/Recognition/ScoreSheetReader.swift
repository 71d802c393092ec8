import XLSXReader

/// Reads a 评分表: the header row (一级指标 / 二级指标 / 三级指标 / 分值 / 自评分 / 扣分原因), the rows below
/// it up to the total row (合计), the total and the stated grade (自评等级).
struct ScoreSheetReader {
    let template: FormTemplate
    let labels: SheetLabels
    let figures: FigureReader

    /// The header row and its columns, when the sheet has one with the template's required columns.
    func locateHeader() -> (row: Int, columns: [String: CellRange])? {
        let rows = labels.rowsWithAnchors
        for row in rows {
            var columns: [String: CellRange] = [:]
            for anchor in labels.anchors(inRow: row) {
                let candidates = anchor.roles.compactMap { role -> (String, Int)? in
                    if case .scoreColumn(let column, let rank) = role { return (column, rank) }
                    return nil
                }
                if let column = candidates.filter({ columns[$0.0] == nil }).min(by: { $0.1 < $1.1 })?.0 {
                    columns[column] = anchor.range
                }
            }
            let hasLevel = columns["level1"] != nil || columns["level2"] != nil || columns["level3"] != nil
            if hasLevel, template.scoreSheet.required.allSatisfy({ columns[$0] != nil }) { return (row, columns) }
        }
        return nil
    }

    func read(into form: inout Form) -> Bool {
        guard let header = locateHeader() else { return false }
        let sheetName = labels.sheet.name
        let headerBottom = header.columns.values.map(\.last.row).max() ?? header.row
        var score = ScoreSheet(sheet: sheetName)
        var row = headerBottom + 1
        var index = 0
        var totalRow: Int?
        while row <= labels.lastRow {
            defer { row += 1 }
            let anchors = labels.anchors(inRow: row)
            if anchors.contains(where: { $0.roles.contains(.scoreTotal) }) { totalRow = row; break }
            if anchors.contains(where: { $0.roles.contains(.scoreGrade) }) { break }
            func exact(_ column: String) -> LabelAnchor? {
                guard let span = header.columns[column] else { return nil }
                return labels.cell(inRow: row, span: span)
            }
            var entry = ScoreRow()
            entry.level1 = exact("level1")?.shownText
            entry.level2 = exact("level2")?.shownText
            entry.level3 = exact("level3")?.shownText
            entry.reason = exact("reason")?.shownText
            let weight = exact("weight")
            let value = exact("score")
            guard entry.level != nil || weight != nil || value != nil else { continue }
            // On the form's own sheet the grid ends at the next section (存在问题, 改进措施 below an indicator grid
            // with 分值 / 得分 and no 合计), where no weight or score stands.
            if weight == nil, value == nil, labels.isSectionBoundary(row: row) { break }
            let weightReading = figures.read(weight)
            let scoreReading = figures.read(value)
            entry.weight = weightReading.figure?.value
            entry.score = scoreReading.figure?.value
            form.sources[.scoreRow(index)] = FieldSource(sheet: sheetName, cell: value?.reference ?? slot(row, header.columns["score"]))
            form.sources[.scoreRow(index, .weight)] = source(weightReading, weight?.reference ?? slot(row, header.columns["weight"]))
            form.sources[.scoreRow(index, .score)] = source(scoreReading, value?.reference ?? slot(row, header.columns["score"]))
            score.rows.append(entry)
            index += 1
        }
        if let totalRow {
            if let span = header.columns["weight"] {
                let anchor = labels.cell(inRow: totalRow, span: span)
                let reading = figures.read(anchor)
                score.totalWeight = reading.figure?.value
                form.sources[.scoreTotalWeight] = source(reading, anchor?.reference ?? slot(totalRow, span))
            }
            if let span = header.columns["score"] {
                let anchor = labels.cell(inRow: totalRow, span: span)
                let reading = figures.read(anchor)
                score.total = reading.figure?.value
                form.sources[.scoreTotal] = source(reading, anchor?.reference ?? slot(totalRow, span))
            }
        }
        readGrade(into: &score, sources: &form.sources, after: headerBottom)
        if sheetName == form.sheet { score.fundsBlock = fundsBlockScore(form) }
        form.score = score
        return true
    }

    /// The score of a funds grid on the same sheet: where the actual figure was read below a header
    /// (`全年执行数`, `预算执行数`), the figures under that header row's 得分 and 分值 (权重) labels in the
    /// actual figure's row (年度资金总额, 总额).
    private func fundsBlockScore(_ form: Form) -> FundsBlockScore? {
        guard let column = labels.gridColumn(of: form.sources[.actual]), let row = form.sources[.actual]?.cell?.row
        else { return nil }
        var weight: ShownDecimal?
        var found: (score: ShownDecimal?, source: FieldSource)?
        for header in labels.anchors(inRow: column.span.first.row) {
            for role in header.roles {
                guard case .scoreColumn(let name, _) = role, name == "score" || name == "weight" else { continue }
                guard let anchor = labels.cell(inRow: row, span: header.range) else {
                    // A blank 得分 (a blank form): its cell is where the score goes.
                    if name == "score", found == nil {
                        found = (nil, FieldSource(sheet: labels.sheet.name, cell: labels.slot(inRow: row, span: header.range)))
                    }
                    continue
                }
                guard !anchor.isLabel else { continue }
                let reading = figures.read(anchor)
                guard let value = reading.figure?.value else { continue }
                if name == "weight" {
                    weight = weight ?? value
                } else if found?.score == nil {
                    found = (value, source(reading, anchor.reference))
                }
            }
        }
        return found.map { FundsBlockScore(weight: weight, score: $0.score, source: $0.source) }
    }

    private func readGrade(into score: inout ScoreSheet, sources: inout [FieldKey: FieldSource], after row: Int) {
        let edge = max(labels.lastColumn, 0)
        for anchor in labels.labels(for: LabelRole.scoreGrade.identity) where anchor.reference.row > row {
            let located = labels.value(for: anchor, rightEdge: edge)
            let text = located.inlineText.flatMap(TextCleaner.clean) ?? located.value?.shownText
            score.grade = text
            sources[.scoreGrade] = FieldSource(sheet: labels.sheet.name, cell: located.cell, label: anchor.reference)
            if text != nil { return }
        }
        for anchor in labels.inlineLabels(for: LabelRole.scoreGrade.identity) {
            score.grade = anchor.inline.flatMap { TextCleaner.clean($0.value) }
            sources[.scoreGrade] = FieldSource(sheet: labels.sheet.name, cell: anchor.reference, label: anchor.reference)
            return
        }
    }

    private func slot(_ row: Int, _ span: CellRange?) -> CellReference? {
        span.map { labels.slot(inRow: row, span: $0) }
    }

    private func source(_ reading: FigureReading, _ cell: CellReference?) -> FieldSource {
        var source = FieldSource(sheet: labels.sheet.name, cell: cell)
        if let figure = reading.figure {
            source.typedAsText = figure.typedAsText
            source.text = figure.text
        }
        if case .notApplicable(let text) = reading {
            source.notApplicable = true
            source.text = text
        }
        return source
    }
}
