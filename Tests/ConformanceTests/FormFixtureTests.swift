import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// The 自评表 fixtures as three other programs wrote them (XlsxWriter, openpyxl with inline strings,
/// LibreOffice): the reader sees the same values, merges and number formats in each.
@Suite("Form fixtures from XlsxWriter, openpyxl and LibreOffice")
struct FormFixtureTests {
    static let huangpuFiles = ["huangpu-2021.xlsx", "huangpu-2021.openpyxl.xlsx", "huangpu-2021.libreoffice.xlsx"]

    static func sheet(_ name: String) throws -> Sheet {
        let workbook = try Workbook(contentsOf: Fixtures.form(name))
        return try #require(workbook.sheets.first)
    }

    @Test(arguments: huangpuFiles)
    func fundsBlockValuesAndFormats(_ file: String) throws {
        let grid = try Self.sheet(file).grid
        func cell(_ ref: String) throws -> Cell {
            let reference = try #require(CellReference(ref))
            return try #require(grid[reference], "\(file) \(ref)")
        }

        #expect(try cell("A1").value == .text("黄埔区广州开发区部门整体支出绩效自评表"))
        #expect(try cell("A3").value == .text("单位：万元"))
        #expect(try cell("C5").value.asDecimal() == Decimal(string: "1505.02"))
        #expect(try cell("E5").value.asDecimal() == Decimal(string: "1859.01"))
        #expect(try cell("E5").numberFormat.code == "#,##0.00")
        #expect(try cell("C6").value.asDecimal() == Decimal(string: "1472.46"))
        #expect(try cell("E6").value.asDecimal() == Decimal(string: "353.99"))
        let completion = try cell("C8")
        #expect(completion.value.asDecimal() == Decimal(string: "0.978"))
        #expect(completion.numberFormat.isPercent)
        #expect(completion.numberFormat.decimalPlaces == 1)
        #expect(try cell("E8").value.asDecimal() == Decimal(string: "-0.19"))
        #expect(try cell("C5").numberFormat.decimalPlaces == 2)
        #expect(try cell("F25").value.asDecimal() == Decimal(string: "3.3"))
        #expect(try cell("F25").numberFormat.isGeneral)
        #expect(try cell("D12").value == .text("159场次"))
    }

    @Test(arguments: huangpuFiles)
    func mergedRanges(_ file: String) throws {
        let sheet = try Self.sheet(file)
        let merges = Set(sheet.merges.map(\.description))
        for expected in ["A1:F1", "A2:F2", "A3:F3", "A4:B4", "C4:F4", "A5:A8", "E5:F5", "E6:F6", "A11:A20",
                         "D12:F12", "B26:F26", "B27:F27"] {
            #expect(merges.contains(expected), "\(file) lacks merge \(expected)")
        }
        #expect(sheet.grid.visibleCell(at: CellReference("F6")!)?.value.asDecimal() == Decimal(string: "353.99"))
    }

    @Test func openpyxlWritesInlineStrings() throws {
        // Same text whether it comes from sharedStrings.xml (XlsxWriter) or inline <is> (openpyxl).
        let fromShared = try Self.sheet("huangpu-2021.xlsx").cells.filter(\.value.isText).map(\.value)
        let fromInline = try Self.sheet("huangpu-2021.openpyxl.xlsx").cells.filter(\.value.isText).map(\.value)
        #expect(fromShared == fromInline)
        #expect(fromShared.count > 40)
    }

    @Test func panyuScoreSheet() throws {
        let workbook = try Workbook(contentsOf: Fixtures.form("panyu-2021.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["自评表", "评分表"])
        let scores = try #require(workbook.sheet(named: "评分表"))
        let texts = scores.cells.compactMap(\.value.text)
        #expect(texts.contains("自评分"))
        let scoreCells = scores.cells.filter { $0.numberFormat.code == "0.00" }
        #expect(scoreCells.contains { $0.value.asDecimal() == Decimal(string: "96.39") })
        let completion = try #require(workbook.sheets[0].cells.first { $0.numberFormat.code == "0.00%" })
        // XlsxWriter stored the binary float's shortest repr; the sheet shows 97.63%.
        #expect(completion.value.numberText == "0.9762999999999999")
        #expect(completion.numberFormat.decimalPlaces == 2)
    }
}
