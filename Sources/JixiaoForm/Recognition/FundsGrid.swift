import XLSXReader

/// The rows of a funds grid: below a header row naming 年初预算数 / 全年预算数 / 全年执行数 / 执行率, one row per
/// source of funds, each named by its label at the left, and a total row wherever it stands.
///
/// The total row is told by its label (合计, 总计, 总额, 年度资金总额; form.json `fundsGrid`), first, last or after
/// a 其中 block. A grid without such a row has its total first when the first row names no part (年度资金总额 as an
/// unlisted wording, 部门整体支出); a grid whose rows all name parts (财政拨款, 其他资金) has no total, and no part
/// is promoted to one.
///
/// ```swift
/// // 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率
/// // 财政拨款 | 300 | 320 | 310 | 96.88%
/// // 其他资金 |  20 |  30 |  28 | 93.33%
/// // 合计     | 320 | 350 | 338 | 96.57%
/// let grid = FundsGrid(labels: labels, headerTop: 3, headerRow: 3, labelsLeftOf: 3, excludingRows: [])
/// grid.total?.row        // 6
/// grid.parts.map(\.row)  // [4, 5]
/// ```
struct FundsGrid {
    /// What a row's label says it is.
    enum RowKind: Sendable {
        case total, part, other
    }

    struct Row {
        let row: Int
        let label: LabelAnchor
        let kind: RowKind
        /// The breakdown the row belongs to: 0 before any heading row, then one more after each heading (按资金来源,
        /// 按支出性质分: a label with nothing beside it). Two breakdowns of one total are never added together.
        let group: Int
    }

    /// The rows from the one below the header down to the first row that is no grid row (a row with no label
    /// left of the figures, a section, a table, another field's label, two headings or three blank rows running).
    let rows: [Row]
    /// The row holding the form's figures; nil where there is none.
    let total: Row?

    /// - Parameters:
    ///   - headerRow: the header's last row; `headerTop` its first.
    ///   - labelsLeftOf: a figure column of the grid; row labels stand left of the grid's first figure column (the
    ///     leftmost funds header in the header's first row, this column at most).
    ///   - excludingRows: the tables' rows, never part of the grid.
    init(labels: SheetLabels, headerTop: Int, headerRow: Int, labelsLeftOf column: Int, excludingRows: Set<Int>) {
        // A funds header over the row labels (Sichuan's 年度预算数（万元） over 总额, 其中：财政资金 …) heads no figures.
        let firstFigureColumn = labels.anchors(inRow: headerTop).first { anchor in
            anchor.roles.contains { role in
                if case .field(let key, _) = role { !FormSheetReader.textFieldKeys.contains(key) } else { false }
            } && !(labels.cell(inRow: headerRow + 1, span: anchor.range).map { Self.isRowLabel($0, labels.vocabulary) } ?? false)
        }.map { min($0.reference.column, column) } ?? column
        var rows: [Row] = []
        var row = headerRow + 1
        var group = 0
        var afterHeading = false
        var blankRows = 0
        while row <= labels.lastRow, !excludingRows.contains(row), !labels.isSectionBoundary(row: row) {
            let inRow = labels.anchors(inRow: row)
            // A blank row or two inside the grid (a total row set apart) are passed over.
            if inRow.isEmpty, blankRows < Self.blankRowsSkipped {
                blankRows += 1
                row += 1
                continue
            }
            blankRows = 0
            // The row's label: its last text cell left of the figures (a 其中 merged down beside the parts' names
            // leaves each part's own name last).
            guard let label = inRow.last(where: { $0.range.last.column < firstFigureColumn && Self.isRowLabel($0, labels.vocabulary) })
            else { break }
            let kind = label.fundsKind
            // Another field's label (预算调整率 below the grid) ends it.
            let isField = label.roles.contains { if case .field = $0 { true } else { false } }
            if kind == .other, label.isLabel, isField { break }
            let current = row
            row = labels.range(at: label.reference).last.row + 1
            guard inRow.contains(where: { $0.reference.column > label.range.last.column }) else {
                // A total or a part left blank is still a row. Another label with nothing beside it heads a
                // breakdown (按资金来源, 按支出性质分) and starts a group; two in a row (notes under the grid) end it.
                if kind != .other {
                    afterHeading = false
                    rows.append(Row(row: current, label: label, kind: kind, group: group))
                    continue
                }
                guard !afterHeading else { break }
                afterHeading = true
                group += 1
                continue
            }
            afterHeading = false
            rows.append(Row(row: current, label: label, kind: kind, group: group))
        }
        self.rows = rows
        total = rows.first { $0.kind == .total } ?? rows.first.flatMap { $0.kind == .other && $0.group == 0 ? $0 : nil }
    }

    /// Whether a cell can be a row's label: a text that is no number once separators, percent signs and spaces
    /// are dropped, and no placeholder (`—`, `/`).
    private static func isRowLabel(_ anchor: LabelAnchor, _ vocabulary: LabelVocabulary) -> Bool {
        guard anchor.cell.value.isText else { return false }
        let compact = anchor.compact
        guard !vocabulary.isPlaceholder(compact) else { return false }
        return Double(compact.text.filter { !",%‰ ".contains($0) }) == nil
    }

    /// How many blank rows in a row a grid may hold.
    static let blankRowsSkipped = 2

    /// Whether the grid lists parts and no total.
    var hasOnlyParts: Bool { total == nil && !rows.isEmpty }

    /// The rows that are parts of the total: every other row, where the grid shows them as parts (rows above
    /// its total, or a row named as a part among them). A run of rows under a total naming no part is no
    /// breakdown.
    var parts: [Row] {
        let others = rows.filter { $0.row != total?.row }
        // The first breakdown only (按收入性质 before 按支出性质): each adds up to the total on its own.
        guard let group = others.first(where: { $0.kind == .part })?.group ?? others.first?.group else { return [] }
        let breakdown = others.filter { $0.group == group }
        guard let total else { return breakdown }
        let shownAsParts = breakdown.contains { $0.row < total.row || $0.kind == .part }
        return shownAsParts ? breakdown : []
    }

}
