@testable import JixiaoForm
import Testing

/// The closest known name to one that names nothing: containment of the core label first, then edits.
@Suite("Closest name")
struct ClosestNameTests {
    static let labels = ["部门名称", "年度", "整体支出年度预算数", "年度预算数", "实际支出数", "全年预算"]

    @Test(arguments: [
        ("年度预算", "年度预算数"),          // contained in two labels: the one needing fewer edits
        ("部门", "部门名称"),
        ("实际支出", "实际支出数"),
        ("实际支处数", "实际支出数"),        // one typo, no containment
        ("备注", nil),
        ("", nil),
    ] as [(String, String?)])
    func closest(_ name: String, _ expected: String?) {
        #expect(ClosestName.closest(to: name, among: Self.labels) == expected)
    }

    @Test func keysCompareWithoutCase() {
        #expect(ClosestName.closest(to: "Funds.AnnualBudgt", among: ["funds.annualBudget", "funds.actual"]) == "funds.annualBudget")
    }

    @Test func theNormalisationIsTheCallers() {
        // Full-width brackets and a unit suffix are the caller's to drop.
        let dropUnit = { (text: String) in text.replacingOccurrences(of: "（万元）", with: "") }
        #expect(ClosestName.closest(to: "实际支出数（万元）", among: ["实际支出数", "年度"], normalise: dropUnit) == "实际支出数")
    }

    @Test func distance() {
        #expect(ClosestName.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(ClosestName.distance([], Array("abc")) == 3)
        #expect(ClosestName.distance(Array("年度预算"), Array("年度预算数")) == 1)
    }
}
