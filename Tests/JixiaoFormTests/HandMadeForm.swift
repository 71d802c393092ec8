import Foundation
@testable import JixiaoForm
import XLSXReader

/// Forms made by hand for the rules' tests.
enum HandMadeForm {
    /// A complete, consistent form (the Huangpu figures with the sign right), its figures' cells placed.
    static func huangpu() -> Form {
        func figure(_ text: String) -> ShownDecimal? { ShownDecimal(text: text) }
        var form = Form(sheet: "Sheet1", title: "自评表", year: 2021, unit: "万元", department: "某部门")
        form.funds.annualBudget = figure("1505.02")
        form.funds.initialBudget = figure("1859.01")
        form.funds.actual = figure("1472.46")
        form.funds.adjustment = figure("-353.99")
        form.funds.generalPublicBudget = figure("1472.46")
        form.funds.completionRate = figure("0.978")
        form.funds.adjustmentRate = figure("-0.190")
        form.overallGoalResult = "完成"
        form.problems = "无"
        form.improvements = "无"
        for (key, cell) in [(FieldKey.actual, "C6"), (.adjustment, "E6"), (.completionRate, "C8"), (.adjustmentRate, "E8")] {
            form.sources[key] = FieldSource(sheet: "Sheet1", cell: CellReference(cell))
        }
        return form
    }
}
