import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// Custom document properties (`docProps/custom.xml`) as other programs keep them, read only when asked for.
@Suite("Custom document properties")
struct CustomPropertiesTests {
    static let outputs = Fixtures.root.appendingPathComponent("outputs")

    @Test(arguments: [
        // Written by jixiao, then saved again by LibreOffice Calc and by openpyxl: the property survives both.
        ("summary.libreoffice.xlsx", ["jixiao-output": "summary"]),
        ("corrected.openpyxl.xlsx", ["jixiao-output": "corrected-table"]),
        // Written before jixiao marked its outputs, and a form from XlsxWriter: none.
        ("old-summary.xlsx", [:]),
    ])
    func readAsOtherProgramsKeepThem(_ name: String, _ expected: [String: String]) throws {
        let reader = try WorkbookReader(contentsOf: Self.outputs.appendingPathComponent(name))
        #expect(try reader.customProperties() == expected)
    }

    @Test func aFormHasNone() throws {
        #expect(try WorkbookReader(contentsOf: Fixtures.form("huangpu-2021.xlsx")).customProperties().isEmpty)
        #expect(try WorkbookReader(contentsOf: Fixtures.form("huangpu-2021.libreoffice.xlsx")).customProperties().isEmpty)
    }
}
