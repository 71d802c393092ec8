import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// A reference list as `fill` data: which CSV files are lists (their headers, by the one vocabulary), and the
/// forms a list gives, its figures converted exactly into the forms' money unit.
@Suite("Fill input: a reference list")
struct FormInputReferenceListTests {
    static let templates = try? TemplateBundle.standard.get()
    static let layout = try? OfficialLayout.standard.get()
    static let columns = try? FillColumns.standard.get()
    static let vocabulary = try? ReferenceVocabulary.standard.get()

    static func input() throws -> FormInput {
        FormInput(templates: try #require(templates), layout: try #require(layout))
    }

    static func list(_ csv: String) throws -> ReferenceList? {
        try input().referenceList(csv: Data(csv.utf8), columns: try #require(columns), vocabulary: try #require(vocabulary))
    }

    /// Form data stays form data: a column only a form has (年度, a text, an indicator), or nothing only a list
    /// has. A list: a title or unit line above its header, a 单位编码, a list-only header, a figure stating its unit.
    @Test(arguments: [
        ("部门名称,年度,年度预算数,实际支出数\n甲局,2022,100,90\n", false),
        ("部门名称,年度预算数（元）,关键指标1\n甲局,1000000,培训\n", false),
        ("部门名称,年度预算数,实际支出数\n甲局,100,90\n", false),
        ("部门名称,实际支出数,存在问题\n甲局,90,无\n", false),
        ("2021年度名单\n单位：元\n单位名称,年度预算数\n甲局,1000000\n", true),
        ("单位编码,单位名称,年度预算数\n001,甲局,100\n", true),
        ("预算单位,年度预算数\n甲局,100\n", true),
        ("部门名称,决算数\n甲局,90\n", true),
        ("部门名称,年度预算数（元）\n甲局,1000000\n", true),
    ])
    func aCSVIsAListByItsHeaders(_ csv: String, _ isList: Bool) throws {
        #expect(try (Self.list(csv) != nil) == isList, "\(csv)")
    }

    /// A file that is a list and a bad one is refused as a list (its row and column), not read as form data.
    @Test func aBadListIsRefusedAsAList() throws {
        #expect(throws: ReferenceError(.notANumber, row: 3, column: 3, header: "年度预算数（元）", detail: "一百万")) {
            _ = try Self.list("单位编码,单位名称,年度预算数（元）\n001,甲局,1000000\n002,乙局,一百万\n")
        }
        #expect(throws: ReferenceError(.noNameColumn)) { _ = try Self.list("单位编码,年度预算数（元）\n001,1000000\n") }
    }

    /// 15050200 元 is 1505.02 万元 (the places the point moved over dropped, none of the figure); a figure whose
    /// column states no unit is taken as written; 年度调整额 is the form's formula, noted as computed.
    @Test func formsInTheFormsUnit() throws {
        let list = try #require(try Self.list("""
            单位编码,单位名称,年度预算数（元）,年初预算数（元）,实际支出数,年度调整额（元）,备注
            001,黄埔区总工会,15050200,18590100,1472.46,-3539900,
            002,档案馆,15050201,15000000,1500,50201,新增
            """))
        let reading = try Self.input().forms(fromList: list, year: 2021, unit: "万元")
        #expect(reading.source == .referenceList)
        #expect(reading.forms.map(\.department) == ["黄埔区总工会", "档案馆"])
        #expect(reading.forms.map(\.year) == [2021, 2021])
        #expect(reading.forms.map(\.unit) == ["万元", "万元"])
        #expect(reading.forms.map { $0.funds.annualBudget?.text } == ["1505.02", "1505.0201"])
        #expect(reading.forms.map { $0.funds.initialBudget?.text } == ["1859.01", "1500.00"])
        #expect(reading.forms.map { $0.funds.actual?.text } == ["1472.46", "1500.00"])
        #expect(reading.forms.allSatisfy { $0.funds.adjustment == nil })
        #expect(reading.computed == ["年度调整额（元）"])
        #expect(reading.ignored.map(\.name) == ["单位编码", "备注"])

        let inYuan = try Self.input().forms(fromList: list, year: 2021, unit: "元")
        #expect(inYuan.forms.map { $0.funds.annualBudget?.text } == ["15050200.00", "15050201.00"])
        #expect(inYuan.forms.map { $0.funds.actual?.text } == ["1472.46", "1500.00"], "no unit stated: as written")
    }
}
