/// The merged ranges of one sheet, so a new merge that overlaps an earlier one is refused.
///
/// libxlsxwriter 1.1.4 accepts overlapping merges, and Excel then repairs the file by dropping them. Ranges are
/// kept in buckets by row, so checking a merge costs the number of rows it spans times the merges on those rows.
struct MergeRegistry {
    private var rangesByRow: [Int: [CellRect]] = [:]
    private(set) var all: [CellRect] = []

    /// The earlier merge `range` overlaps, if any.
    func firstOverlap(with range: CellRect) -> CellRect? {
        for row in range.firstRow...range.lastRow {
            if let clash = rangesByRow[row]?.first(where: { $0.overlaps(range) }) { return clash }
        }
        return nil
    }

    mutating func add(_ range: CellRect) {
        all.append(range)
        for row in range.firstRow...range.lastRow {
            rangesByRow[row, default: []].append(range)
        }
    }
}
