import XLSXReader

extension Workbook {
    /// The cells-dump JSON document (`spec/cells-dump.md`) of the whole workbook: what `jixiao cells --format json`
    /// streams, made from a workbook read whole (the tests hold the two, and the conformance corpus, together).
    ///
    /// ```swift
    /// let json = try Workbook(contentsOf: url).cellsDumpJSON(path: "tests/date_1904.xlsx")
    /// // {"path": "tests/date_1904.xlsx", "date1904": true, "sheets": [...]}
    /// ```
    /// - Parameter path: the path to write in the document's `path` (as the user gave it).
    func cellsDumpJSON(path: String) -> String {
        var out: [UInt8] = []
        CellsDumpJSON.appendDocumentStart(path: path, date1904: date1904, to: &out)
        for (index, sheet) in sheets.enumerated() {
            CellsDumpJSON.appendSheetStart(name: sheet.name, state: sheet.state, merges: sheet.merges,
                                           isFirst: index == 0, to: &out)
            var hasCells = false
            for cell in sheet.cells where !cell.value.isEmpty {
                CellsDumpJSON.appendCell(cell, date1904: sheet.date1904, isFirst: !hasCells, to: &out)
                hasCells = true
            }
            CellsDumpJSON.appendSheetEnd(hasCells: hasCells, to: &out)
        }
        CellsDumpJSON.appendDocumentEnd(hasSheets: !sheets.isEmpty, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
