@testable import JixiaoCLI
import Testing

/// The summary's column widths and row heights, from the texts written into them.
@Suite("Column widths")
struct ColumnWidthsTests {
    @Test func aChineseCharacterTakesAboutTwoAndTheLongestLineCounts() {
        #expect(ColumnWidths.units(of: "") == 0)
        #expect(ColumnWidths.units(of: "E6") == 2.2)
        #expect(ColumnWidths.units(of: "部门") == 4)
        #expect(ColumnWidths.units(of: "部门\n广州市番禺区总工会") == 18)
        var widths = ColumnWidths(count: 2)
        widths.measure(text: "广州市番禺区总工会", column: 0)
        widths.measure(text: "甲局", column: 0)
        #expect(widths.fitted(column: 0, header: "部门", cap: 30) == 19.5)
        #expect(widths.fitted(column: 0, header: "部门", cap: 10) == 10, "wider content wraps at the cap")
        #expect(widths.fitted(column: 1, header: "年度预算数（万元）", cap: 30) == 11, "an empty column fits its header (18 units) on two lines")
    }

    @Test func aRowIsAsTallAsItsWrappedLines() {
        #expect(ColumnWidths.height(of: "甲", width: 10) == 18)
        // 20 Chinese characters (40 units) in 11 usable units: 4 lines; a blank line still takes one.
        #expect(ColumnWidths.height(of: String(repeating: "甲", count: 20), width: 12) == 63)
        #expect(ColumnWidths.height(of: "a\n\nb", width: 12) == 48)
        #expect(ColumnWidths.height(of: String(repeating: "甲\n", count: 100), width: 12) == 409, "Excel's tallest row")
    }
}
