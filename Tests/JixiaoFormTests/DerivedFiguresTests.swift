import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// The derived figures the rules, the corrector and the reader share (Huangpu: 1505.02 / 1859.01 / 1472.46).
@Suite("Derived figures")
struct DerivedFiguresTests {
    @Test func huangpuFigures() throws {
        let derived = DerivedFigures(annualBudget: Decimal(string: "1505.02"), initialBudget: Decimal(string: "1859.01"),
                                     actual: Decimal(string: "1472.46"))
        #expect(derived.adjustment == Decimal(string: "-353.99"))
        let completion = try #require(derived.completionRate)
        #expect(ShownDecimal(completion, places: 3).text == "0.978")
        let adjustmentRate = try #require(derived.adjustmentRate)
        #expect(ShownDecimal(adjustmentRate, places: 3).text == "-0.190")
    }

    @Test func missingOrZeroInputsGiveNothing() {
        let noBudget = DerivedFigures(annualBudget: 0, initialBudget: 0, actual: 5)
        #expect(noBudget.completionRate == nil && noBudget.adjustmentRate == nil)
        #expect(noBudget.adjustment == 0)
        let noActual = DerivedFigures(annualBudget: 10, initialBudget: nil, actual: nil)
        #expect(noActual.completionRate == nil && noActual.adjustment == nil && noActual.adjustmentRate == nil)
    }

    @Test func panyuScoreSheet() throws {
        let report = FormValidator().validate(fileAt: Fixtures.form("panyu-2021.xlsx"))
        let derived = DerivedScores(try #require(report.form?.score))
        #expect(derived.children(of: 0) == [1, 2, 3, 4, 5, 6])
        #expect(DerivedScores.sum(derived.childScores(of: 0)) == Decimal(string: "43.89"))
        #expect(derived.topLevelRows == [0, 7, 8])
        #expect(derived.gradedTotal == Decimal(string: "96.39"))
        var unstated = derived.sheet
        unstated.total = nil
        #expect(DerivedScores(unstated).gradedTotal == Decimal(string: "96.39"), "the top-level scores' sum")
    }

    @Test func gradeBandsFromTheTemplate() throws {
        let bands = try TemplateBundle.standard.get().form.gradeBands
        #expect(bands.bands.map(\.name) == ["优", "良", "中", "差"])
        #expect(bands.grade(for: 96.39)?.name == "优")
        #expect(bands.grade(for: 80)?.name == "良")
        #expect(bands.grade(for: Decimal(string: "59.99") ?? 0)?.name == "差")
        #expect(bands.grade(named: "良 好")?.name == "良")
        #expect(bands.grade(named: "甲等") == nil)
        let shuffled = GradeBands(bands.bands.reversed())
        #expect(shuffled.bands.map(\.minimum) == [90, 80, 60, 0], "highest first whatever the file's order")
    }
}
