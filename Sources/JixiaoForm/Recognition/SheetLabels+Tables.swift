import XLSXReader

extension SheetLabels {
    /// Finds a table by its header row: the row whose labels name the most of the table's columns, at least
    /// two of them, one of them distinctive (预期实现值 tells the indicator table from the task table, which
    /// shares 关键指标 and 指标完成情况).
    func locateTable(_ name: String, layout: FormTemplate.Table) -> TableLayout? {
        var best: (row: Int, columns: [String: CellRange])?
        let rows = rowsWithAnchors
        for row in rows {
            let rowAnchors = anchors(inRow: row)
            // Each header fills one column at most and two are needed: most rows are ruled out by a count.
            var headerCount = 0
            for anchor in rowAnchors where anchor.roles.contains(where: { role in
                if case .column(let table, _, _) = role { table == name } else { false }
            }) {
                headerCount += 1
            }
            guard headerCount >= 2 else { continue }
            var assigned: [String: CellRange] = [:]
            let headers = rowAnchors.compactMap { anchor -> (anchor: LabelAnchor, candidates: [(String, Int)])? in
                guard anchor.isLabel else { return nil }
                let candidates = anchor.roles.compactMap { role -> (String, Int)? in
                    if case .column(let table, let column, let rank) = role, table == name { return (column, rank) }
                    return nil
                }
                return candidates.isEmpty ? nil : (anchor, candidates)
            }
            // A header cell taller than the row's shortest header is a section label merged down beside the table
            // (`绩效指标` over A11:A15 beside `三级指标`): the row's own headers fill the columns first, then the
            // more specific synonym, then left to right.
            let shortest = headers.map(\.anchor.range.last.row).min() ?? row
            let ordered = headers.sorted { lhs, rhs in
                let left = (lhs.anchor.range.last.row > shortest ? 1 : 0, lhs.candidates.map(\.1).min() ?? Int.max,
                            lhs.anchor.reference.column)
                let right = (rhs.anchor.range.last.row > shortest ? 1 : 0, rhs.candidates.map(\.1).min() ?? Int.max,
                             rhs.anchor.reference.column)
                return left < right
            }
            for header in ordered {
                // A header cell takes the first column it can still fill, in template column order.
                if let column = header.candidates.filter({ assigned[$0.0] == nil }).min(by: { $0.1 < $1.1 })?.0 {
                    assigned[column] = header.anchor.range
                }
            }
            let distinctive = layout.distinctive.filter { assigned[$0] != nil }.count
            guard assigned.count >= 2, distinctive >= 1 else { continue }
            if best == nil || assigned.count > (best?.columns.count ?? 0) { best = (row, assigned) }
        }
        guard let best else { return nil }
        let headerBottom = best.columns.values.map(\.last.row).max() ?? best.row
        return TableLayout(name: name, headerTop: best.row, headerRow: headerBottom, columns: best.columns,
                           endRow: lastRow + 1)
    }

    /// Whether a row starts another section: a section label, a text field's label, or the footer
    /// (填表人：…, 联系电话：…).
    func isSectionBoundary(row: Int) -> Bool {
        anchors(inRow: row).contains { anchor in
            anchor.meaning.opensSection
                || vocabulary.startsFooter(anchor)
        }
    }

    /// The anchor of a data row in a column: the first showing cell that starts in `row` within the header's
    /// span (a value may sit one cell right of where the header starts).
    func cell(inRow row: Int, span: CellRange) -> LabelAnchor? {
        for column in span.first.column...span.last.column {
            if let anchor = anchor(startingAt: CellReference(row: row, column: column)) { return anchor }
        }
        return nil
    }

    /// The blank cell of a data row under a header (for a finding about a blank value).
    func slot(inRow row: Int, span: CellRange) -> CellReference {
        range(at: CellReference(row: row, column: span.first.column)).first
    }

    /// The column of a grid a figure was read from: where the figure sits below its label (a header such as
    /// `全年执行数` or `预算执行数`), the label's column span and its last row; nil for a figure beside its label.
    func gridColumn(of source: FieldSource?) -> (span: CellRange, headerRow: Int)? {
        guard let source, let label = source.label, let cell = source.cell else { return nil }
        return gridColumn(label: label, cell: cell)
    }

    /// ``gridColumn(of:)`` for a figure's cell and its label's cell.
    func gridColumn(label: CellReference, cell: CellReference) -> (span: CellRange, headerRow: Int)? {
        guard cell.row > label.row else { return nil }
        let span = range(at: label)
        guard span.first.column <= cell.column, cell.column <= span.last.column else { return nil }
        return (span, span.last.row)
    }
}
