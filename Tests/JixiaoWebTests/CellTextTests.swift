import Testing
import XLSXReader
@testable import JixiaoWeb

@Suite("Cell text as the sheet shows it")
struct CellTextTests {
    func shown(_ value: CellValue, _ format: NumberFormat, date1904: Bool = false) -> String {
        CellText.shown(Cell(row: 0, column: 0, value: value, numberFormat: format), date1904: date1904)
    }

    @Test("decimals, percentages and thousands as the format shows them")
    func numbers() {
        #expect(shown(.number("353.99"), NumberFormat(builtInID: 2)) == "353.99")
        #expect(shown(.number("3.3"), NumberFormat(builtInID: 2)) == "3.30")
        #expect(shown(.number("1859.01"), NumberFormat(builtInID: 4)) == "1,859.01")
        #expect(shown(.number("-1234567.5"), NumberFormat(builtInID: 4)) == "-1,234,567.50")
        #expect(shown(.number("999.5"), NumberFormat(builtInID: 3)) == "1,000")
        #expect(shown(.number("0.978"), NumberFormat(id: 164, customCode: "0.0%")) == "97.8%")
        #expect(shown(.number("0.97836"), NumberFormat(builtInID: 10)) == "97.84%")
        #expect(shown(.number("0.978"), NumberFormat(builtInID: 9)) == "98%")
        #expect(shown(.number("-0.19"), NumberFormat(id: 164, customCode: "0.0%")) == "-19.0%")
        #expect(shown(.number("66.45"), NumberFormat(builtInID: 1)) == "66")
    }

    @Test("General shows what a cell of ordinary width does; text format shows the number as stored")
    func generalAndText() {
        #expect(shown(.number("1505.0199999999"), .general) == "1505.02")
        #expect(shown(.number("3.3"), .general) == "3.3")
        #expect(shown(.number("00123"), NumberFormat(builtInID: 49)) == "00123")
    }

    @Test("dates as their codes read")
    func dates() {
        #expect(shown(.number("44562"), NumberFormat(id: 165, customCode: "yyyy-mm-dd")) == "2022-01-01")
        #expect(shown(.number("44562"), NumberFormat(builtInID: 31)) == "2022年1月1日")
        #expect(shown(.number("44562"), NumberFormat(builtInID: 27)) == "2022年1月")
        #expect(shown(.number("44562.5"), NumberFormat(builtInID: 22)) == "2022-01-01 12:00")
        #expect(shown(.number("43100"), NumberFormat(id: 165, customCode: "yyyy-mm-dd"), date1904: true) == "2022-01-01")
    }

    @Test("text, booleans and errors as stored")
    func others() {
        #expect(shown(.text("<p>完成</p>"), .general) == "<p>完成</p>")
        #expect(shown(.boolean(true), .general) == "TRUE")
        #expect(shown(.error("#DIV/0!"), NumberFormat(builtInID: 2)) == "#DIV/0!")
    }
}
