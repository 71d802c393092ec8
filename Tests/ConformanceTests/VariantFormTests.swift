import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing

/// The variants made by `Tests/Fixtures/variants/make_variants.py` (openpyxl): shifted rows, synonyms,
/// numbers as text, 元, cached formulas, a form behind other sheets, injected errors, HTML and full-width
/// text, a compact layout with a 评分表, funds grids (Huangpu-style and MOF-style), values below labels,
/// numbered and merged labels, indicator operators and extra columns, notes rows, the Sichuan 2023 grid (其中
/// rows without a key, a 合计 counting the 预算执行 得分), MOF grids with a 总分, a department only in the title,
/// forms without a title or with a block missing, other budget tables refused with what they are (项目支出明细表,
/// 项目支出绩效自评表, 决算收支总表, budget lists), a workbook with no form and an old .xls. Each expected JSON was
/// worked out by hand from the contract.
@Suite("Variant forms")
struct VariantFormTests {
    static let folder = Fixtures.root.appendingPathComponent("variants")
    static let names: [String] = Fixtures.files(in: folder, suffix: ".expected.json").map { url in
        let stem = url.lastPathComponent.replacingOccurrences(of: ".expected.json", with: "")
        let xlsx = stem + ".xlsx"
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent(xlsx).path) ? xlsx : stem + ".xls"
    }

    @Test func variantsAreHere() {
        #expect(Self.names.count >= 73)
    }

    @Test(arguments: names)
    func matchesExpected(_ name: String) throws {
        let report = FormValidator().validate(fileAt: Self.folder.appendingPathComponent(name), path: name)
        let stem = name.replacingOccurrences(of: ".xlsx", with: "").replacingOccurrences(of: ".xls", with: "")
        let problems = try ExpectedReport.differences(report, expectedAt: Self.folder.appendingPathComponent(stem + ".expected.json"))
        #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
    }

    @Test func unreadableFilesSayWhy() {
        let legacy = FormValidator().validate(fileAt: Self.folder.appendingPathComponent("legacy-form.xls"))
        guard case .reader(let error) = legacy.error else { Issue.record("expected a reader error"); return }
        #expect(error.kind == .legacyXLS)
        let notAForm = FormValidator().validate(fileAt: Self.folder.appendingPathComponent("not-a-form.openpyxl.xlsx"))
        guard case .form(let formError) = notAForm.error else { Issue.record("expected a form error"); return }
        #expect(formError.kind == .notRecognised)
        #expect(formError.closestSheet == "工资表")
        #expect(notAForm.findings.isEmpty)
    }

    @Test func yuanMessagesSpeakYuan() throws {
        let report = FormValidator().validate(fileAt: Self.folder.appendingPathComponent("yuan-unit.openpyxl.xlsx"))
        #expect(report.form?.unit == "元")
        let breakdown = try #require(report.findings.first { $0.rule == .breakdownTotal })
        // One 其中 line: an equality, not a sum of one.
        #expect(breakdown.message == "其中项资金 14724500.00 应等于实际支出数 14724600.00，相差 100.00。请核对 C6 与其中各项 C7")
    }

    @Test func inputFilesAreNotModified() throws {
        let url = Self.folder.appendingPathComponent("wrong-amounts.openpyxl.xlsx")
        let before = try Data(contentsOf: url)
        _ = FormValidator().validate(fileAt: url)
        #expect(try Data(contentsOf: url) == before)
    }
}
