import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// jixiao's own outputs told from submissions by content, whatever their names (Tests/Fixtures/outputs,
/// made by make_outputs.py with a jixiao from before the mark, LibreOffice, openpyxl).
@Suite("jixiao's own outputs")
struct OutputRecognizerTests {
    static let outputs = Fixtures.root.appendingPathComponent("outputs")
    let recognizer = OutputRecognizer.standard

    @Test(arguments: [
        ("old-summary.xlsx", SkipReason.summary), ("old-summary-en.xlsx", .summary),
        ("old-summary.libreoffice.xlsx", .summary), ("summary.libreoffice.xlsx", .summary),
        ("old-corrected.xlsx", .correctedTable), ("corrected.openpyxl.xlsx", .correctedTable),
        ("json-report.xlsx", .report), ("csv-report.xlsx", .report),
    ])
    func ownOutputsAreToldByContent(_ name: String, _ reason: SkipReason) {
        let url = Self.outputs.appendingPathComponent(name)
        #expect(recognizer.output(ofFileAt: url) == reason)
        // The validator skips them (a corrected table only when asked to: named, it is a form and is checked).
        let report = FormValidator().validate(fileAt: url, skippingCorrectedTables: true)
        #expect(report.status == .skipped)
        #expect(report.skipReason == reason)
        #expect(report.form == nil && report.findings.isEmpty)
    }

    @Test func aCorrectedTableAskedForByNameIsChecked() {
        let url = Self.outputs.appendingPathComponent("old-corrected.xlsx")
        let report = FormValidator().validate(fileAt: url)
        #expect(report.status == .findings)
        #expect(report.findings.map(\.rule.rawValue) == ["indicator-unmet"])
    }

    @Test(arguments: ["not-ours-summary-sheets.openpyxl.xlsx", "not-ours-findings-sheet.openpyxl.xlsx"])
    func lookAlikesAreForms(_ name: String) {
        let url = Self.outputs.appendingPathComponent(name)
        #expect(recognizer.output(ofFileAt: url) == nil)
        let report = FormValidator().validate(fileAt: url, skippingCorrectedTables: true)
        #expect(report.status == .findings)
        #expect(report.form?.funds.annualBudget?.text == "1505.02")
    }

    @Test func formsAndOtherFilesAreNotOutputs() throws {
        for url in Fixtures.files(in: Fixtures.forms, suffix: ".xlsx") {
            #expect(recognizer.output(ofFileAt: url) == nil, "\(url.lastPathComponent)")
        }
        let folder = TestFolder()
        let text = folder.file("notes.xlsx")
        try Data("{\"files\": 1}".utf8).write(to: text)
        #expect(recognizer.output(ofFileAt: text) == nil)
        #expect(FormValidator().validate(fileAt: text).status == .unreadable)
        // The CSV header alone, with a byte-order mark and Windows line ends, is a report.
        let csv = folder.file("r.xlsx")
        try Data(([0xEF, 0xBB, 0xBF] + Array((ReportCSV.header.joined(separator: ",") + "\r\n").utf8))).write(to: csv)
        #expect(recognizer.output(ofFileAt: csv) == .report)
    }

    /// The CSV a person gets (byte-order mark, Chinese or English header) and the keys' CSV, each with and
    /// without the mark, LF or CRLF, are reports; a CSV whose header only starts like one is not.
    @Test(arguments: [
        ("文件,部门,工作表,状态,严重程度,规则,规则名称,字段,字段名称,单元格,填写值,应为,类型,说明", true),
        ("File,Department,Sheet,Status,Severity,Rule,Rule name,Field,Field name,Cell,Stated,Expected,Kind,Message", true),
        ("path,status,severity,rule,field,sheet,cell,stated,expected,kind,message", true),
        ("文件,部门,工作表,状态", false),
        ("部门名称,年度预算数,实际支出数", false),
    ])
    func csvReportsByTheirHeader(_ header: String, _ isReport: Bool) throws {
        let folder = TestFolder()
        for (mark, lineEnd) in [([UInt8](), "\n"), ([0xEF, 0xBB, 0xBF], "\n"), ([0xEF, 0xBB, 0xBF], "\r\n")] {
            let csv = folder.file("r.csv")
            try Data(mark + Array((header + lineEnd + "a.xlsx,x" + lineEnd).utf8)).write(to: csv)
            #expect(recognizer.output(ofFileAt: csv) == (isReport ? .report : nil), "\(header) \(mark) \(lineEnd.debugDescription)")
        }
    }

    @Test func theMarkIsWhatTheWritersWrite() {
        #expect(OutputRecognizer.mark(.summary) == ["jixiao-output": "summary"])
        #expect(OutputRecognizer.mark(.correctedTable) == ["jixiao-output": "corrected-table"])
    }
}
