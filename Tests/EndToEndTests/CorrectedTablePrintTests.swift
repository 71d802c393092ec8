import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// A corrected table of `fix --layout official` as an officer prints it (issue 14): the form on one A4 page, the 校验结果 sheet A4
/// landscape one page wide with its header on every page, its rows tall enough for their wrapped text, the
/// rule's name beside its id, and the stated and expected figures stored as numbers.
@Suite("jixiao fix: the corrected table prints (end to end)")
struct CorrectedTablePrintTests {
    @Test func theFormAndItsFindingsPrintAndTheFiguresAreNumbers() throws {
        let folder = TestFolder()
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("variants/wrong-rates.openpyxl.xlsx"),
                                         to: folder.file("wrong-rates.xlsx"))
        let result = try CommandRunner.run(["fix", "wrong-rates.xlsx", "--out", "out", "--layout", "official"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let url = folder.file("out/wrong-rates.corrected.xlsx")
        let workbook = try Workbook(contentsOf: url)
        #expect(workbook.sheets.map(\.name) == ["自评表", "校验结果"])

        // The form: A4 portrait, one page wide and one tall.
        let form = try PackageParts.text("xl/worksheets/sheet1.xml", in: url)
        #expect(form.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(form.contains("<pageSetup paperSize=\"9\" orientation=\"portrait\"/>"))
        // 校验结果: A4 landscape, one page wide, its header repeated.
        let findings = try PackageParts.text("xl/worksheets/sheet2.xml", in: url)
        #expect(findings.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(findings.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"))
        let book = try PackageParts.text("xl/workbook.xml", in: url)
        #expect(book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'校验结果'!$1:$1</definedName>"))

        let sheet = workbook.sheets[1]
        let cells = Dictionary(sheet.cells.map { ($0.reference.description, $0) }, uniquingKeysWith: { first, _ in first })
        #expect((0..<11).map { cells[CellReference(row: 0, column: $0).description]?.value.text }
                == ["序号", "规则", "规则编号", "级别", "字段", "本表单元格", "原表单元格", "表中填写", "应为", "说明", "处理"])
        // The first finding: 预算完成率 stated 98.8%, 97.8% by the form's own figures; numbers, not texts.
        #expect(cells["B2"]?.value == .text("预算完成率核对"))
        #expect(cells["C2"]?.value == .text("completion-rate"))
        #expect(cells["H2"]?.value.asDouble() == 0.988)
        #expect(cells["I2"]?.value.asDouble() == 0.978)
        #expect(cells["H2"]?.value.text == nil)
        let dump = try CommandRunner.run(["cells", "out/wrong-rates.corrected.xlsx"], in: folder.url)
        #expect(dump.stdout.contains("H2      n  0.988   [0.0%]"))
        #expect(dump.stdout.contains("I2      n  0.978   [0.0%]"))
        // The message wraps in a 56-wide column: its row is two lines tall at least, not one.
        let message = try #require(cells["J2"]?.value.text)
        #expect(message.count > 56)
        let height = try #require(findings.firstMatch(of: /<row r="2"[^>]* ht="([0-9.]+)" customHeight="1"/)?.1)
        #expect(try #require(Double(height)) >= 33)
    }
}
