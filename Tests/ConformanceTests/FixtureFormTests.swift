import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing

/// Every fixture form (made by XlsxWriter, openpyxl and LibreOffice) gives exactly its expected form and
/// findings.
@Suite("Fixture forms")
struct FixtureFormTests {
    static let names: [String] = Fixtures.files(in: Fixtures.forms, suffix: ".expected.json")
        .map { $0.lastPathComponent.replacingOccurrences(of: ".expected.json", with: ".xlsx") }

    @Test func allFixturesAreHere() {
        #expect(Self.names.count == 5)
    }

    @Test(arguments: names)
    func matchesExpected(_ name: String) throws {
        let report = FormValidator().validate(fileAt: Fixtures.form(name), path: name)
        let expected = Fixtures.form(name.replacingOccurrences(of: ".xlsx", with: ".expected.json"))
        let problems = try ExpectedReport.differences(report, expectedAt: expected)
        #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
    }

    @Test func huangpuSignMessageShowsTheArithmetic() throws {
        let report = FormValidator().validate(fileAt: Fixtures.form("huangpu-2021.xlsx"))
        let sign = try #require(report.findings.first { $0.rule == .adjustmentAmount })
        #expect(sign.message == "年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 353.99（符号相反）。请将 E6 改为 −353.99")
        #expect(sign.kind == .sign)
        #expect(sign.severity == .warning)
    }

    @Test func englishMessages() throws {
        let report = FormValidator(language: .en).validate(fileAt: Fixtures.form("huangpu-2021.xlsx"))
        let sign = try #require(report.findings.first { $0.rule == .adjustmentAmount })
        #expect(sign.message.contains("1505.02 − 1859.01 = −353.99"))
        #expect(sign.message.contains("opposite sign"))
        #expect(!sign.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        let unmet = try #require(report.findings.first { $0.rule == .indicatorUnmet })
        #expect(unmet.message.hasPrefix("key indicator “各类活动次数” falls short of its target"))
    }

    @Test func panyuScoreSheet() throws {
        let report = FormValidator().validate(fileAt: Fixtures.form("panyu-2021.xlsx"))
        let score = try #require(report.form?.score)
        #expect(score.sheet == "评分表")
        #expect(score.rows.count == 9)
        #expect(score.total?.text == "96.39")
        #expect(score.parents == [nil, 0, 0, 0, 0, 0, 0, nil, nil])
        #expect(report.form?.sources[.scoreTotal]?.cell?.description == "E12")
        #expect(report.form?.sources[.scoreGrade]?.cell?.description == "D13")
    }

    @Test func sourcesNameTheValueCells() throws {
        let form = try #require(FormValidator().validate(fileAt: Fixtures.form("huangpu-2021.xlsx")).form)
        let cells: [FieldKey: String] = [
            .department: "C4", .annualBudget: "C5", .initialBudget: "E5", .actual: "C6", .adjustment: "E6",
            .generalPublicBudget: "C7", .completionRate: "C8", .adjustmentRate: "E8", .overallGoal: "B10",
            .overallGoalResult: "D10", .problems: "B26", .improvements: "B27", .title: "A1", .year: "A2", .unit: "A3",
            .task(3, .funds): "F25", .keyIndicator(0, .result): "D12",
        ]
        for (key, cell) in cells {
            #expect(form.sources[key]?.cell?.description == cell, "\(key)")
        }
    }
}
