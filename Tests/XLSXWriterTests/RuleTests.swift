import Testing
@testable import XLSXWriter

/// The guard rules on their own.
@Suite("Guard rules")
struct RuleTests {
    @Test func cellTextEncoding() {
        #expect(CellTextEncoding.encode("a\u{1}b") == "a_x0001_b")
        #expect(CellTextEncoding.encode("a\rb") == "a_x000D_b")
        #expect(CellTextEncoding.encode("tab\tand\nnewline") == "tab\tand\nnewline")
        #expect(CellTextEncoding.encode("_x0041_ literal") == "_x005F_x0041_ literal")
        #expect(CellTextEncoding.encode("_x004_ and _xZZZZ_ and _x") == "_x004_ and _xZZZZ_ and _x")
        #expect(CellTextEncoding.encode("预算执行率") == "预算执行率")
    }

    @Test func formulaRules() throws {
        for good in ["=C6/C5", "SUM(C5:C9)", "=IF(C7>=0.9,\"达标（好）\",\"未达标\")", "='黄浦区 (1)'!A1*2",
                     "=\"say \"\"hi\"\"\"", "=Table1[[#This Row],[金额]]*2", "='It''s'!A1"] {
            #expect(throws: Never.self, "\(good)") { try FormulaRules.check(good) }
        }
        for bad in ["", "=", " ", "SUM(", "SUM())", "=SUM（A1）", "=A1，B1", "=\"open", "='sheet!A1", "=Table1[x"] {
            #expect(throws: XLSXWriterError.self, "\(bad)") { try FormulaRules.check(bad) }
        }
        #expect(throws: XLSXWriterError.self) { try FormulaRules.check("=" + String(repeating: "1+", count: 4_100) + "1") }
    }

    @Test func definedNameRules() {
        for good in ["预算总额", "_total", "\\path", "Budget.2021", "TAXES2021", "XFE1", "A1048577", "RC_", "科目1"] {
            #expect(throws: Never.self, "\(good)") { try DefinedNameRules.check(good) }
        }
        for bad in ["", "A1", "xfd1048576", "R", "c", "R1C1", "rc", "R12", "C3", "1abc", "a b", "总额(元)", "a-b"] {
            #expect(throws: XLSXWriterError.self, "\(bad)") { try DefinedNameRules.check(bad) }
        }
    }

    @Test func sheetNameRules() {
        #expect(throws: Never.self) { try SheetNameRules.check("汇总", existing: ["明细"]) }
        #expect(SheetNameRules.quoted("It's") == "'It''s'")
    }

    @Test func cellRects() {
        #expect(CellRect("A1:F1")?.description == "A1:F1")
        #expect(CellRect("$C$5")?.description == "C5")
        #expect(CellRect("C5:A1") == CellRect(firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 2))
        #expect(CellRect("XFD1048576")?.lastColumn == 16_383)
        #expect(CellRect("XFE1") == nil)
        #expect(CellRect("A0") == nil)
        #expect(CellRect("A1:B2:C3") == nil)
        #expect(CellRect("A1:B2")!.overlaps(CellRect("B2:C3")!))
        #expect(!CellRect("A1:B2")!.overlaps(CellRect("C1:C9")!))
        #expect(CellName.column(0) == "A" && CellName.column(25) == "Z" && CellName.column(26) == "AA")
    }

    @Test func colours() {
        #expect(RGBColor(hex: "#D9E1F2") == RGBColor(red: 0xD9, green: 0xE1, blue: 0xF2))
        #expect(RGBColor(hex: "12345") == nil)
        #expect(RGBColor(hex: "GGGGGG") == nil)
        #expect(RGBColor.black.libraryValue == 0x1000000)
        #expect(RGBColor.white.hex == "FFFFFF")
    }
}
