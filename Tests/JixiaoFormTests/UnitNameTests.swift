import Foundation
@testable import JixiaoForm
import Testing

/// Unit names as a city-wide list writes them: another city's or province's prefix drops, but a district
/// followed by 市场 (市场监督管理局, in every district) is no city, so two districts' bureaus stay two units.
@Suite("Unit names: prefixes that are a city and those that are not")
struct UnitNameTests {
    static let vocabulary = try? ReferenceVocabulary.standard.get()

    @Test(arguments: [
        ("深圳市第一中学", "第一中学"),
        ("湖南省某某县财政局", "某某县财政局"),
        ("广州市黄埔区市场监督管理局", "黄埔区市场监督管理局"),
        ("南沙区市场监督管理局", "南沙区市场监督管理局"),
        ("某某县市场监督管理局", "某某县市场监督管理局"),
        ("江南市场管理处", "江南市场管理处"),
        ("番禺区市政园林局", "番禺区市政园林局"),
    ])
    func localName(_ name: String, _ local: String) throws {
        let unitName = UnitName(name, vocabulary: try #require(Self.vocabulary))
        #expect(unitName.parts.first?.local == local)
    }

    @Test func twoDistrictsMarketRegulatorsAreTwoUnits() throws {
        let vocabulary = try #require(Self.vocabulary)
        let csv = Data("单位名称,年度预算数\n南沙区市场监督管理局,100\n广州市黄埔区市场监督管理局,200\n".utf8)
        let list = try ReferenceList(csv: csv, template: try TemplateBundle.standard.get().form, vocabulary: vocabulary)
        #expect(list.units.map(\.name) == ["南沙区市场监督管理局", "广州市黄埔区市场监督管理局"])
        let matcher = UnitMatcher(list: list, vocabulary: vocabulary)
        #expect(matcher.match(name: "广州市南沙区市场监督管理局") == UnitMatch(unit: 0, kind: .name))
        #expect(matcher.match(name: "黄埔区市场监督管理局") == UnitMatch(unit: 1, kind: .name))
        #expect(matcher.match(name: "广州市番禺区市场监督管理局") == nil)
    }

    /// Another district's unit is not the listed one, however alike the rest of the name: the listed unit that
    /// sent nothing stays missing, and the form is of a unit not on the list (suggested as closest).
    @Test func anotherDistrictIsNoCloseMatch() throws {
        let vocabulary = try #require(Self.vocabulary)
        let list = ReferenceList(units: [ReferenceUnit(name: "广州市花都区城市管理和综合执法局", row: 2),
                                         ReferenceUnit(name: "黄埔区总工会", row: 3)])
        let matcher = UnitMatcher(list: list, vocabulary: vocabulary)
        #expect(matcher.match(name: "广州市从化区城市管理和综合执法局") == nil)
        #expect(matcher.closestNames(to: "广州市从化区城市管理和综合执法局") == ["广州市花都区城市管理和综合执法局"])
        // The district itself may still be misspelt, or left out on one side.
        #expect(matcher.match(name: "广州市花都区城市管理和综合执法") == UnitMatch(unit: 0, kind: .fuzzy))
        #expect(matcher.match(name: "城市管理和综合执法局") == UnitMatch(unit: 0, kind: .name))
        #expect(UnitName("广州市黄埔区总工会（广州开发区总工会）", vocabulary: vocabulary).parts.map(\.district) == ["黄埔区", "广州开发区"])
    }
}
