import XLSXReader

/// Cells as a message names them: a run of three or more cells down one column as a range (`C5:C8`), others
/// added up as the arithmetic does (`C5 + E5`). The same in both languages, so a rule can put it among a
/// finding's arguments.
///
/// ```swift
/// MessageCells.list([CellReference("C5")!, CellReference("C6")!, CellReference("C7")!])   // "C5:C7"
/// MessageCells.list([CellReference("C5")!, CellReference("E5")!])                         // "C5 + E5"
/// ```
enum MessageCells {
    static func list(_ cells: [CellReference]) -> String {
        guard let first = cells.first else { return "" }
        let contiguous = cells.count > 2 && cells.indices.dropFirst().allSatisfy { index in
            cells[index].column == first.column && cells[index].row == cells[index - 1].row + 1
        }
        return contiguous ? "\(first):\(cells[cells.count - 1])" : cells.map(\.description).joined(separator: " + ")
    }
}
