import XLSXReader

/// A funds grid laid the other way round: the figures' labels (年初预算数, 全年预算数, 实际支出数, 预算完成率) head
/// the rows, and the sources of funds head the columns (项目 | 合计 | 一般公共预算 | 其他资金), the total column first
/// or last.
///
/// Found from a figure read beside its label: the header row is the nearest row above whose cell over the figure
/// is a text. Each header cell right of the row labels is a total (合计, 总计 …), a part (其中…, a breakdown
/// field's label, a source of funds) or other, as ``FundsGrid`` tells a row label.
///
/// ```swift
/// // 项目       | 一般公共预算 | 其他资金 | 合计
/// // 实际支出数 | 530          | 25       | 555
/// let columns = FundsColumns(labels: labels, figure: CellReference(row: 6, column: 1), labelColumn: 0)
/// columns?.total?.reference.column   // 3
/// ```
struct FundsColumns {
    /// The header row's cells right of the row labels, with their kinds.
    let headers: [(anchor: LabelAnchor, kind: FundsGrid.RowKind)]
    /// The total column's header: labelled as a total; else the first column when it names no part.
    let total: LabelAnchor?
    let headerRow: Int

    /// The most rows a header may stand above a figure (a header over 年初预算数, 全年预算数, 实际支出数, 执行率 and
    /// an adjustment row).
    static let reach = 8

    /// Nil unless the figure's column is headed by a part or a total of funds (most figures beside their
    /// labels have no such header: nothing changes for them).
    init?(labels: SheetLabels, figure: CellReference, labelColumn: Int) {
        // The first text above the figure (figures of the rows between are skipped); only a source's or a
        // total's name there makes a header, so climbing into the block above finds nothing of the kind.
        var row = figure.row - 1
        var header: LabelAnchor?
        while row >= 0, figure.row - row <= Self.reach {
            if let anchor = labels.anchor(at: CellReference(row: row, column: figure.column)), anchor.cell.value.isText {
                header = anchor
                break
            }
            row -= 1
        }
        guard let header, header.fundsKind != .other else { return nil }
        let headerRow = header.range.first.row
        let headers = labels.anchors(inRow: headerRow)
            .filter { $0.reference.column > labelColumn && $0.cell.value.isText }
            .map { ($0, $0.fundsKind) }
        self.headers = headers
        self.headerRow = headerRow
        total = headers.first { $0.1 == .total }?.0 ?? headers.first.flatMap { $0.1 == .other ? $0.0 : nil }
    }

    /// The part columns' headers: every column but the total's.
    var parts: [LabelAnchor] {
        headers.filter { $0.anchor.reference != total?.reference && $0.kind != .other }.map(\.anchor)
    }
}
