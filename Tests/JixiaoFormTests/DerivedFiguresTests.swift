import Foundation
@testable import JixiaoForm
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
}
