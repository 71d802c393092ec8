import XLSXReader

extension SheetLabels {
    /// How many blank cells a value may sit beyond its label ("a value one cell further right").
    static let blankCellsSkipped = 2

    /// The value of a label: to its right in the same row (skipping a blank cell or two, stopping at the next
    /// label), else below it when the label heads a column (its neighbour is a label, or nothing is to its
    /// right within the form).
    ///
    /// In the Huangpu layout `整体支出年度预算数` (B5) finds C5; the header `整体目标完成情况` (D9:F9) finds
    /// D10 below it; a blank `部门名称` value is the slot C4.
    /// A cell holding only a unit (`万元`) is skipped, unless `acceptsUnitText` (the unit's own label).
    ///
    /// A label merged down over several rows (年度总体目标 beside a 预期目标 | 实际完成情况 header and the texts
    /// under it) takes its value from its own rows, never from the cell below it, which is the next block's label
    /// whether or not it is one the template knows; only a stack of headers (a label in every row to its right)
    /// looks below. For a prose field (`readsTextBelow`), where nothing is to the right but blank cells that are no
    /// merged value slot (a header with its text below it and no merges), a text directly below the label is its
    /// value.
    func value(for label: LabelAnchor, rightEdge: Int, acceptsUnitText: Bool = false, readsTextBelow: Bool = false)
        -> LocatedValue {
        guard label.range.last.row == label.range.first.row else {
            return valueOfTallLabel(label, rightEdge: rightEdge, acceptsUnitText: acceptsUnitText)
        }
        let row = label.range.first.row
        var slot: CellReference?
        var column = label.range.last.column + 1
        var blanks = 0
        var rightNeighbourIsLabel = false
        var slotIsMerged = false
        var first = true
        while column <= rightEdge {
            let position = CellReference(row: row, column: column)
            let range = self.range(at: position)
            if let anchor = anchor(at: position) {
                if anchor.isLabel {
                    if first { rightNeighbourIsLabel = true }
                    break
                }
                if acceptsUnitText || !anchor.isUnitText || anchor.normalised.isEmpty {
                    return LocatedValue(cell: range.first, value: anchor, inlineText: nil)
                }
            } else {
                if slot == nil { slot = range.first }
                if range.first != range.last { slotIsMerged = true }
                blanks += 1
                if blanks > Self.blankCellsSkipped { break }
            }
            first = false
            column = range.last.column + 1
        }
        let leftNeighbourIsLabel = label.range.first.column > 0
            && isLabel(at: CellReference(row: row, column: label.range.first.column - 1))
        let below = CellReference(row: label.range.last.row + 1, column: label.range.first.column)
        if rightNeighbourIsLabel || leftNeighbourIsLabel || slot == nil {
            if below.row <= lastRow + 1 {
                if let anchor = anchor(at: below) {
                    if !anchor.isLabel {
                        return LocatedValue(cell: self.range(at: below).first, value: anchor, inlineText: nil)
                    }
                } else if slot == nil, below.row <= lastRow {
                    slot = self.range(at: below).first
                }
            }
        } else if readsTextBelow, !slotIsMerged, let text = textBelow(label) {
            return text
        }
        return LocatedValue(cell: slot, value: nil, inlineText: nil)
    }

    /// A text (not a figure, not a label) in the cell directly below a label, starting in the label's column.
    private func textBelow(_ label: LabelAnchor) -> LocatedValue? {
        let below = CellReference(row: label.range.last.row + 1, column: label.range.first.column)
        guard below.row <= lastRow, let anchor = anchor(at: below), !anchor.isLabel, anchor.cell.value.isText,
              anchor.range.first.column == label.range.first.column else { return nil }
        return LocatedValue(cell: anchor.range.first, value: anchor, inlineText: nil)
    }

    /// ``value(for:rightEdge:acceptsUnitText:)`` for a label merged down over several rows: the first value to
    /// the right in its own rows (a row whose first cell to the right is a label is a header row, skipped); below
    /// it only when every one of its rows is such a header row.
    private func valueOfTallLabel(_ label: LabelAnchor, rightEdge: Int, acceptsUnitText: Bool) -> LocatedValue {
        var slot: CellReference?
        var headerRowsOnly = true
        for row in label.range.first.row...label.range.last.row {
            var column = label.range.last.column + 1
            var blanks = 0
            var first = true
            scan: while column <= rightEdge {
                let position = CellReference(row: row, column: column)
                let range = self.range(at: position)
                if let anchor = anchor(at: position) {
                    if anchor.isLabel {
                        if !first { headerRowsOnly = false }
                        break scan
                    }
                    headerRowsOnly = false
                    if acceptsUnitText || !anchor.isUnitText || anchor.normalised.isEmpty {
                        return LocatedValue(cell: range.first, value: anchor, inlineText: nil)
                    }
                } else {
                    headerRowsOnly = false
                    if slot == nil { slot = range.first }
                    blanks += 1
                    if blanks > Self.blankCellsSkipped { break scan }
                }
                first = false
                column = range.last.column + 1
            }
            if column > rightEdge, first { headerRowsOnly = false }
        }
        guard headerRowsOnly else { return LocatedValue(cell: slot, value: nil, inlineText: nil) }
        let below = CellReference(row: label.range.last.row + 1, column: label.range.first.column)
        if below.row <= lastRow, let anchor = anchor(at: below), !anchor.isLabel {
            return LocatedValue(cell: self.range(at: below).first, value: anchor, inlineText: nil)
        }
        return LocatedValue(cell: slot ?? (below.row <= lastRow ? self.range(at: below).first : nil), value: nil, inlineText: nil)
    }

    /// The rightmost column of the form: the last column holding a cell or a merged range in the rows
    /// between `firstRow` and `lastRow`. A stray note far to the right of the form is not counted.
    func rightEdge(firstRow: Int, lastRow: Int) -> Int {
        var edge = -1
        for anchor in anchors where anchor.range.last.row >= firstRow && anchor.range.first.row <= lastRow {
            edge = max(edge, anchor.range.last.column)
        }
        for range in sheet.merges where range.last.row >= firstRow && range.first.row <= lastRow {
            edge = max(edge, range.last.column)
        }
        return edge
    }
}
