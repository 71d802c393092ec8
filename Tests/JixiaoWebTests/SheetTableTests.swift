import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader
@testable import JixiaoWeb

@Suite("A sheet as an HTML table")
struct SheetTableTests {
    let words: PageWords
    init() throws { words = try PageWords.standard(.zh) }

    /// The `<td …>` opening tag of a cell, found by its id, and the text up to its `</td>`.
    func cell(_ id: String, in html: String) -> (tag: String, text: String)? {
        guard let start = html.range(of: "<td id=\"\(id)\"") else { return nil }
        let rest = html[start.lowerBound...]
        guard let close = rest.range(of: ">"), let end = rest.range(of: "</td>") else { return nil }
        return (String(rest[..<close.upperBound]), String(rest[close.upperBound..<end.lowerBound]))
    }

    @Test("the Huangpu form: merges as spans, numbers as the sheet shows them")
    func huangpu() throws {
        let workbook = try Workbook(contentsOf: Fixtures.form("huangpu-2021.xlsx"))
        let html = SheetTable.html(workbook.sheets[0], in: workbook, highlights: [], words: words)
        // A1:F1, the title, spans six columns; A5:A8 four rows; the cells they cover are not drawn.
        #expect(cell("c-A1", in: html)?.tag.contains("colspan=\"6\"") == true)
        #expect(cell("c-A1", in: html)?.text == "黄埔区广州开发区部门整体支出绩效自评表")
        #expect(cell("c-A5", in: html)?.tag.contains("rowspan=\"4\"") == true)
        #expect(cell("c-B1", in: html) == nil)
        #expect(cell("c-A6", in: html) == nil)
        #expect(cell("c-E6", in: html)?.tag.contains("colspan=\"2\"") == true)
        #expect(cell("c-F6", in: html) == nil)
        // C5 0.00, E5 #,##0.00, E6 0.00, C8 and E8 0.0%, F25 General.
        #expect(cell("c-C5", in: html)?.text == "1505.02")
        #expect(cell("c-E5", in: html)?.text == "1,859.01")
        #expect(cell("c-E6", in: html)?.text == "353.99")
        #expect(cell("c-C8", in: html)?.text == "97.8%")
        #expect(cell("c-E8", in: html)?.text == "-19.0%")
        #expect(cell("c-F25", in: html)?.text == "3.3")
        // Text as typed (the export's <p> markup shows, escaped); column letters and row numbers.
        #expect(cell("c-B10", in: html)?.text.hasPrefix("&lt;p&gt;认真履行") == true)
        #expect(html.contains("<th scope=\"col\" class=\"ch\">F</th>"))
        #expect(html.contains("<th scope=\"row\" class=\"rh\">27</th>"))
        #expect(!html.contains("<th scope=\"col\" class=\"ch\">G</th>"))
        #expect(!html.contains("style="))
    }

    @Test("the same form written by openpyxl and LibreOffice shows the same figures",
          arguments: ["huangpu-2021.openpyxl.xlsx", "huangpu-2021.libreoffice.xlsx"])
    func producers(_ name: String) throws {
        let workbook = try Workbook(contentsOf: Fixtures.form(name))
        let sheet = try #require(workbook.sheets.first)
        let html = SheetTable.html(sheet, in: workbook, highlights: [], words: words)
        #expect(cell("c-A1", in: html)?.tag.contains("colspan=\"6\"") == true)
        for (id, text) in [("c-C5", "1505.02"), ("c-C6", "1472.46"), ("c-E6", "353.99"), ("c-C8", "97.8%")] {
            #expect(cell(id, in: html)?.text == text, "\(name) \(id)")
        }
    }

    @Test("highlights land on their cells, a covered cell's on its merge, the gravest severity shows")
    func highlights() throws {
        let workbook = try Workbook(contentsOf: Fixtures.form("huangpu-2021.xlsx"))
        let html = SheetTable.html(workbook.sheets[0], in: workbook, highlights: [
            CellHighlight(sheet: "Sheet1", cell: "E6", severity: "warning", finding: 0),
            CellHighlight(sheet: "Sheet1", cell: "D12", severity: "warning", finding: 1),
            CellHighlight(sheet: "Sheet1", cell: "F12", severity: "error", finding: 2),
            CellHighlight(sheet: "Other", cell: "C5", severity: "error", finding: 3),
        ], words: words)
        #expect(cell("c-E6", in: html)?.tag
            == "<td id=\"c-E6\" class=\"al-r va-m finding warning\" colspan=\"2\" data-finding=\"0\" data-findings=\"0\">")
        // F12 lies in D12:F12: both findings mark D12, shown as the error.
        let d12 = try #require(cell("c-D12", in: html)?.tag)
        #expect(d12.contains("finding error") && d12.contains("data-finding=\"1\"") && d12.contains("data-findings=\"1 2\""))
        // A highlight of another sheet marks nothing here.
        #expect(cell("c-C5", in: html)?.tag.contains("finding") == false)
    }

    @Test("hostile cell text and sheet names show as text")
    func hostile() {
        let sheet = Sheet(name: "<img src=x onerror=alert(1)>", cells: [
            Cell(row: 0, column: 0, value: .text("<script>alert(1)</script>")),
            Cell(row: 0, column: 1, value: .text("\" onclick=\"alert(2)")),
        ])
        let workbook = Workbook(sheets: [sheet])
        let html = SheetTable.html(sheet, in: workbook, highlights: [], words: words)
        #expect(cell("c-A1", in: html)?.text == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(cell("c-B1", in: html)?.text == "&quot; onclick=&quot;alert(2)")
        #expect(html.contains("data-sheet=\"&lt;img src=x onerror=alert(1)&gt;\""))
        #expect(html.contains("工作表：&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("<script") && !html.contains("<img"))
    }

    @Test("a large sheet is cut to the limits and says so; a cell far out does not make the page huge")
    func large() {
        let sheet = Sheet(name: "Sheet1", cells: [
            Cell(row: 0, column: 0, value: .text("部门名称")),
            Cell(row: 1_048_575, column: 16_383, value: .number("1")),
        ])
        let html = SheetTable.html(sheet, in: Workbook(sheets: [sheet]), highlights: [], words: words,
                                   limits: SheetTable.Limits(rows: 5, columns: 3))
        #expect(html.contains("表格较大，只显示前 5 行、前 3 列（共 1048576 行、16384 列）"))
        #expect(html.components(separatedBy: "<tr").count - 1 == 6)   // the header row and five
        #expect(cell("c-C5", in: html) != nil && cell("c-D1", in: html) == nil)
        #expect(html.count < 3_000)
    }

    @Test("overlapping merges: the first placed wins; countless ones cost bounded time")
    func overlappingMerges() {
        let sheet = Sheet(name: "S", cells: [Cell(row: 0, column: 0, value: .text("x"))],
                          merges: [CellRange("B2:C3")!, CellRange("A1:B2")!, CellRange("C3:D4")!, CellRange("D1:D2")!])
        let html = SheetTable.html(sheet, in: Workbook(sheets: [sheet]), highlights: [], words: words)
        #expect(cell("c-B2", in: html)?.tag == "<td id=\"c-B2\" rowspan=\"2\" colspan=\"2\">")
        #expect(cell("c-A1", in: html)?.tag == "<td id=\"c-A1\">")
        #expect(cell("c-D1", in: html)?.tag == "<td id=\"c-D1\" rowspan=\"2\">")
        #expect(cell("c-C3", in: html) == nil && cell("c-D3", in: html)?.tag == "<td id=\"c-D3\">")
        // The last cell of the area merged first, then 20,000 merges of the whole area that each reach it last.
        let hostile = Sheet(name: "S", cells: [], merges: [CellRange("BG999:BH1000")!]
                            + Array(repeating: CellRange("A1:BH1000")!, count: 20_000))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let drawn = SheetTable.html(hostile, in: Workbook(sheets: [hostile]), highlights: [], words: words)
            #expect(drawn.contains("<td id=\"c-BG999\" rowspan=\"2\" colspan=\"2\">"))
        }
        #expect(elapsed < .seconds(20))
    }

    @Test("hidden rows and columns are drawn and marked, widths become classes")
    func layout() {
        let layout = SheetLayout(columns: [ColumnInfo(firstColumn: 1, lastColumn: 1, width: 40, hidden: false),
                                           ColumnInfo(firstColumn: 2, lastColumn: 2, width: 9, hidden: true)],
                                 rows: [RowInfo(row: 1, hidden: true)])
        let sheet = Sheet(name: "S", cells: [Cell(row: 2, column: 2, value: .text("x"))], layout: layout)
        let html = SheetTable.html(sheet, in: Workbook(sheets: [sheet]), highlights: [], words: words)
        #expect(html.contains("<colgroup><col class=\"rh\"><col class=\"cw-9\"><col class=\"cw-44\"><col class=\"cw-9 hidden-col\"></colgroup>"))
        #expect(html.contains("<tr class=\"hidden-row\"><th scope=\"row\" class=\"rh\" title=\"隐藏的行\">2</th>"))
        #expect(cell("c-C3", in: html)?.tag == "<td id=\"c-C3\" class=\"hidden-col\">")
    }

    @Test("an empty sheet says so")
    func empty() {
        let sheet = Sheet(name: "空")
        #expect(SheetTable.html(sheet, in: Workbook(sheets: [sheet]), highlights: [], words: words)
            == "<p class=\"note\">该工作表是空的</p>")
    }
}
