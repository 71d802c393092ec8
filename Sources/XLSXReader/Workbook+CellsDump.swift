/// The reader's own account of a workbook, in the shape of `spec/cells-dump.md`: every non-empty cell of every
/// sheet with its type, exact value, number format, formula and date. Other readers can be checked against it.
extension Workbook {
    /// The one-letter type of a value in the dump: `s` text, `n` number, `b` boolean, `e` error, `d` ISO date.
    public static func dumpTypeCode(_ value: CellValue) -> String {
        switch value {
        case .empty: ""
        case .text: "s"
        case .number: "n"
        case .boolean: "b"
        case .error: "e"
        case .isoDate: "d"
        }
    }

    /// The cells-dump JSON document.
    ///
    /// ```swift
    /// let json = try Workbook(contentsOf: url).cellsDumpJSON(path: "tests/date_1904.xlsx")
    /// // {"path": "tests/date_1904.xlsx", "date1904": true, "sheets": [...]}
    /// ```
    /// - Parameter path: the path to write in the document's `path` (as the user gave it).
    public func cellsDumpJSON(path: String) -> String {
        var out = "{\n  \"path\": \(JSONText.string(path)),\n  \"date1904\": \(date1904),\n  \"sheets\": ["
        for (sheetIndex, sheet) in sheets.enumerated() {
            out += sheetIndex == 0 ? "\n" : ",\n"
            out += "    {\n      \"name\": \(JSONText.string(sheet.name)),\n"
            out += "      \"state\": \"\(sheet.state.rawValue)\",\n"
            out += "      \"merges\": [" + sheet.merges.map { JSONText.string($0.description) }.joined(separator: ", ")
            out += "],\n      \"cells\": ["
            var first = true
            for cell in sheet.cells where !cell.value.isEmpty {
                out += first ? "\n" : ",\n"
                first = false
                out += "        {\"ref\": \"\(cell.reference)\", \"type\": \"\(Workbook.dumpTypeCode(cell.value))\", \"value\": "
                if case .boolean(let flag) = cell.value { out += flag ? "true" : "false" } else {
                    out += JSONText.string(cell.value.displayText)
                }
                if let code = cell.numberFormat.code { out += ", \"format\": " + JSONText.string(code) }
                if let formula = cell.formula { out += ", \"formula\": " + JSONText.string(formula) }
                if let date = sheet.date(of: cell) { out += ", \"date\": \"\(date)\"" }
                out += "}"
            }
            out += first ? "]\n    }" : "\n      ]\n    }"
        }
        out += sheets.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
