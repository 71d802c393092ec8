import XLSXReader

/// PLACEHOLDER until web-render's: one sheet as an HTML table with row and column headers, each cell's text
/// escaped, highlighted cells marked with `data-finding`.
///
/// ```swift
/// SheetTable.html(sheet, in: workbook, highlights: [], language: .zh)   // "<table class=\"sheet\">…"
/// ```
enum SheetTable {
    static func html(_ sheet: Sheet, in workbook: Workbook, highlights: [CellHighlight], language: WebLanguage) -> String {
        var byCell: [CellReference: Cell] = [:]
        var rows = 0, columns = 0
        for cell in sheet.cells {
            byCell[cell.reference] = cell
            rows = max(rows, cell.row + 1)
            columns = max(columns, cell.column + 1)
        }
        rows = min(rows, 500)
        columns = min(columns, 60)
        let marked = Dictionary(highlights.filter { $0.sheet == sheet.name }.map { ($0.cell, $0) }) { first, _ in first }
        var html = "<table class=\"sheet\"><thead><tr><th></th>"
        for column in 0..<columns { html += "<th>\(CellReference.columnName(column))</th>" }
        html += "</tr></thead><tbody>"
        for row in 0..<rows {
            html += "<tr><th>\(row + 1)</th>"
            for column in 0..<columns {
                let reference = CellReference(row: row, column: column)
                let text = byCell[reference].map { SheetTable.text($0.value) } ?? ""
                if let mark = marked[reference.description] {
                    html += "<td id=\"cell-\(HTML.attribute(reference.description))\" class=\"finding \(HTML.attribute(mark.severity))\""
                        + " data-finding=\"\(mark.finding)\">\(HTML.text(text))</td>"
                } else {
                    html += "<td>\(HTML.text(text))</td>"
                }
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    private static func text(_ value: CellValue) -> String {
        switch value {
        case .empty: ""
        case .text(let text), .number(let text), .error(let text), .isoDate(let text): text
        case .boolean(let value): value ? "TRUE" : "FALSE"
        }
    }
}
