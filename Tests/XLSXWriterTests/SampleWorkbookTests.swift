import JixiaoTestSupport
import Foundation
import Testing
import XLSXReader
import XLSXWriter

/// The sample workbook read back with our reader. With `XLSXWRITER_SAMPLE_DIR` set, the test also leaves
/// `sample.xlsx` and `sample.expected.json` in that folder for `Scripts/check-writer-openpyxl.py`.
@Suite("Sample workbook")
struct SampleWorkbookTests {
    @Test func sampleReadsBackAsDescribed() throws {
        let folder = TestFolder()
        let url = folder.file("sample.xlsx")
        try SampleWorkbook.write(to: url)
        let read = try ReadBack(url)
        #expect(read.sheetNames == [SampleWorkbook.sheetName, SampleWorkbook.summaryName])
        let cells = read.cells(0)
        for entry in SampleWorkbook.cells {
            let cell = try #require(cells[entry.reference], "\(entry.reference) missing")
            switch entry.content {
            case .text(let text): #expect(cell.value == .text(text), "\(entry.reference)")
            case .decimal(let text): #expect(cell.value == .number(text), "\(entry.reference)")
            case .boolean(let value): #expect(cell.value == .boolean(value), "\(entry.reference)")
            case .formula(let formula, let cached):
                #expect(cell.formula == formula, "\(entry.reference)")
                #expect(cell.value.asDouble() == cached, "\(entry.reference)")
            case .formulaText(let formula, let cached):
                #expect(cell.formula == formula, "\(entry.reference)")
                #expect(cell.value == .text(cached), "\(entry.reference)")
            }
            #expect(cell.numberFormat.code == entry.style?.numberFormat, "\(entry.reference)")
        }
        #expect(read.merges(0) == SampleWorkbook.merges.map(\.range.description))
        #expect(read.cells(1)["D2"]?.value == .text("查看"))
        #expect(try PackageParts.names(in: url).contains("xl/charts/chart1.xml"))

        if let folder = ProcessInfo.processInfo.environment["XLSXWRITER_SAMPLE_DIR"] {
            let target = URL(fileURLWithPath: folder)
            try SampleWorkbook.write(to: target.appendingPathComponent("sample.xlsx"))
            try SampleWorkbook.expectedJSON().write(to: target.appendingPathComponent("sample.expected.json"))
        }
    }
}
