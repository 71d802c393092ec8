import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// A 主管部门's return: its 下属单位' forms in one workbook, one sheet each, with or without a 评分表 per unit
/// (`Tests/Fixtures/workbooks/make_workbooks.py`, openpyxl and LibreOffice copies). Every form is reported, in
/// workbook order, each with its sheet and the 评分表 of its unit; each expected report was worked out by hand.
@Suite("Workbooks of several forms")
struct WorkbookFormTests {
    static let folder = Fixtures.root.appendingPathComponent("workbooks")
    static let names: [String] = Fixtures.files(in: folder, suffix: ".expected.json").map {
        $0.lastPathComponent.replacingOccurrences(of: ".expected.json", with: ".xlsx")
    }

    @Test func workbooksAreHere() {
        // Two, three and five units; one form with its 评分表; each by openpyxl and re-saved by LibreOffice.
        #expect(Self.names.count == 8)
        #expect(Self.names.filter { $0.contains(".libreoffice.") }.count == 4)
    }

    @Test(arguments: names)
    func everyFormIsReported(_ name: String) throws {
        let expectedURL = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".xlsx", with: ".expected.json"))
        let expected = try #require(try JSONDiff.parse(contentsOf: expectedURL) as? [String: Any])
        let expectedReports = try #require(expected["reports"] as? [[String: Any]])
        let reports = FormValidator().validateForms(fileAt: Self.folder.appendingPathComponent(name), path: name)
        #expect(reports.map(\.form?.sheet) == expectedReports.map { $0["sheet"] as? String })
        // Only a workbook of several forms names each report's sheet; one form is reported as it always was.
        let several = expectedReports.count > 1
        #expect(reports.map(\.sheet) == expectedReports.map { several ? $0["sheet"] as? String : nil })
        #expect(reports.allSatisfy { $0.path == name })
        for (report, expectedReport) in zip(reports, expectedReports) {
            let problems = try ExpectedReport.differences(report, expected: expectedReport)
            #expect(problems.isEmpty, "\(name) \(report.sheet ?? "-"):\n\(problems.joined(separator: "\n"))")
        }
    }

    @Test func theFirstFormIsWhatASingleReportGives() {
        let url = Self.folder.appendingPathComponent("three-units-scores.openpyxl.xlsx")
        let validator = FormValidator()
        #expect(validator.validate(fileAt: url) == validator.validateForms(fileAt: url)[0])
    }

    @Test func scoreSheetsJoinTheirUnits() throws {
        let forms = try FormRecognizer().recognizeAll(Workbook(contentsOf: Self.folder.appendingPathComponent("five-units.openpyxl.xlsx")))
        #expect(forms.map(\.sheet) == ["档案馆", "培训中心", "执法大队", "信息中心", "机关"])
        #expect(forms.map(\.score?.sheet) == ["评分C", nil, "评分A", nil, "评分B"])
        let named = try FormRecognizer().recognizeAll(Workbook(contentsOf: Self.folder.appendingPathComponent("three-units-scores.libreoffice.xlsx")))
        #expect(named.map(\.score?.sheet) == ["机关评分表", "信息中心评分表", "执法大队评分表"])
    }
}
