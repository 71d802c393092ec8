import Foundation
@testable import JixiaoForm
import Testing
import XLSXReader

/// The rules on hand-made forms, at the edges of their tolerances (form-model.md §3).
@Suite("Rules")
struct RuleTests {
    let rules: RuleSet

    init() throws {
        rules = RuleSet.standard(templates: try TemplateBundle.standard.get())
    }

    func figure(_ text: String) -> ShownDecimal? { ShownDecimal(text: text) }

    /// A complete, consistent form (the Huangpu figures with the sign right).
    func form() -> Form { HandMadeForm.huangpu() }

    func findings(_ form: Form, _ rule: RuleID) -> [Finding] { rules.check(form).filter { $0.rule == rule } }

    @Test func aConsistentFormHasNoFindings() {
        #expect(rules.check(form()).isEmpty)
    }

    @Test func completionRateAtTheEdgesOfHalfAUnit() {
        var form = form()
        form.funds.completionRate = figure("0.979")
        #expect(findings(form, .completionRate).count == 1)
        form.funds.completionRate = figure("0.98")      // 97.836% shown at 0 decimals is 98%
        #expect(findings(form, .completionRate).isEmpty)
        form.funds.completionRate = figure("0.9784")    // two decimals: 97.84% ✓
        #expect(findings(form, .completionRate).isEmpty)
        form.funds.completionRate = figure("0.9783")
        let finding = findings(form, .completionRate).first
        #expect(finding?.stated?.number?.text == "0.9783")
        #expect(finding?.expected?.number?.text == "0.9784")
        #expect(finding?.cell?.description == "C8")
    }

    @Test func roundingIsHalfUpNotTruncation() {
        // 1538.82 ÷ 1576.21 = 0.976279 → 97.63% (truncation would give 97.62%).
        var form = form()
        form.funds.annualBudget = figure("1576.21")
        form.funds.actual = figure("1538.82")
        form.funds.generalPublicBudget = figure("1538.82")
        form.funds.initialBudget = nil
        form.funds.adjustment = nil
        form.funds.adjustmentRate = nil
        form.funds.completionRate = figure("0.9763")
        #expect(findings(form, .completionRate).isEmpty)
        form.funds.completionRate = figure("0.9762")
        #expect(findings(form, .completionRate).count == 1)
    }

    @Test func adjustmentSignOnlyIsAWarningOfKindSign() throws {
        var form = form()
        form.funds.adjustment = figure("353.99")
        let finding = try #require(findings(form, .adjustmentAmount).first)
        #expect(finding.severity == .warning)
        #expect(finding.kind == .sign)
        #expect(finding.stated?.number?.text == "353.99")
        #expect(finding.expected?.number?.text == "-353.99")
        form.funds.adjustment = figure("-350.00")
        let wrong = try #require(findings(form, .adjustmentAmount).first)
        #expect(wrong.severity == .error)
        #expect(wrong.kind == nil)
        form.funds.adjustment = figure("-354.0")      // −353.99 shown at one decimal
        #expect(findings(form, .adjustmentAmount).isEmpty)
        form.funds.adjustment = figure("-354.00")     // off by 0.01 = two half-units of the parts: passes
        #expect(findings(form, .adjustmentAmount).isEmpty)
        form.funds.adjustment = figure("-354.01")
        #expect(findings(form, .adjustmentAmount).count == 1)
    }

    @Test func adjustmentRateUsesTheComputedAdjustment() {
        var form = form()
        form.funds.adjustment = figure("353.99")     // the stated sign does not matter to the rate
        #expect(findings(form, .adjustmentRate).isEmpty)
        form.funds.adjustmentRate = figure("0.190")
        let finding = findings(form, .adjustmentRate).first
        #expect(finding?.severity == .error)
        #expect(finding?.messageKey == "adjustment-rate.sign")
        #expect(finding?.expected?.number?.text == "-0.190")
    }

    @Test func breakdownMayDifferByItsPartsHalfUnits() {
        var form = form()
        form.funds.annualBudget = figure("1576.21")
        form.funds.actual = figure("1576.21")
        form.funds.completionRate = figure("1.000")
        form.funds.initialBudget = nil
        form.funds.adjustment = nil
        form.funds.adjustmentRate = nil
        form.funds.generalPublicBudget = figure("1049.13")
        form.funds.otherFunds = figure("527.07")       // 1576.20 against 1576.21: within 2 × 0.005
        #expect(findings(form, .breakdownTotal).isEmpty)
        form.funds.otherFunds = figure("527.05")       // 1576.18: off by 0.03
        let finding = findings(form, .breakdownTotal).first
        #expect(finding?.field == .actual)
        #expect(finding?.cell?.description == "C6")
    }

    @Test func taskFundsAndOverBudget() {
        var form = form()
        form.tasks = [MainTask(name: "甲", goalResult: "完成", funds: figure("1000.00")),
                      MainTask(name: "乙", goalResult: "完成", funds: figure("472.47"))]
        // 1472.47 against 1472.46: within 2 × 0.005.
        #expect(findings(form, .taskFundsTotal).isEmpty)
        form.tasks[1].funds = figure("472.48")
        #expect(findings(form, .taskFundsTotal).first?.field == .tasks)
        form.funds.actual = figure("1505.03")
        form.funds.generalPublicBudget = figure("1505.03")
        form.funds.completionRate = figure("1.000")
        #expect(findings(form, .overBudget).first?.field == .actual)
        #expect(findings(form, .overBudget).first?.severity == .warning)
    }

    @Test func requiredFields() {
        var form = form()
        form.department = nil
        form.unit = nil
        form.funds.actual = nil
        form.sources[.department] = FieldSource(sheet: "Sheet1", cell: CellReference("C4"))
        let found = findings(form, .requiredField)
        #expect(found.map(\.field) == [.department, .unit, .actual])
        #expect(found.first?.cell?.description == "C4")
        #expect(found[1].messageKey == "required-field.no-label")
        form.sources[.actual] = FieldSource(sheet: "Sheet1", cell: CellReference("C6"), text: "见附表")
        #expect(findings(form, .requiredField).last?.messageKey == "required-field.not-a-number")
        form.sources[.actual] = FieldSource(sheet: "Sheet1", cell: CellReference("C6"), text: "--", notApplicable: true)
        #expect(findings(form, .requiredField).last?.messageKey == "required-field")
    }

    @Test func emptyTexts() {
        var form = form()
        form.problems = nil
        form.tasks = [MainTask(name: "甲", goalResult: nil)]
        form.sources[.task(0, .goalResult)] = FieldSource(sheet: "Sheet1", cell: CellReference("C22"))
        let found = findings(form, .emptyText)
        #expect(found.map(\.field) == [.problems, .task(0)])
        #expect(found.last?.cell?.description == "C22")
    }

    @Test func indicatorsRespectDirectionAndUnits() {
        var form = form()
        form.keyIndicators = [
            KeyIndicator(name: "各类活动次数", targetValue: figure("161"), resultValue: figure("159"), targetUnit: "场次", resultUnit: "场次"),
            KeyIndicator(name: "安全事故", targetValue: figure("2"), resultValue: figure("1"), targetUnit: "起", resultUnit: "起",
                         direction: .lower),
            KeyIndicator(name: "安全事故", targetValue: figure("2"), resultValue: figure("3"), targetUnit: "起", resultUnit: "起",
                         direction: .lower),
            KeyIndicator(name: "满意度", targetValue: figure("90"), resultValue: figure("85"), targetUnit: "%", resultUnit: nil),
            KeyIndicator(name: "培训", targetValue: figure("0"), resultValue: figure("2"), targetUnit: "场次", resultUnit: "场次"),
            KeyIndicator(name: "新增", targetValue: figure("80"), resultValue: figure("80"), targetUnit: "家", resultUnit: "家",
                         targetOperator: .greaterThan),
        ]
        #expect(findings(form, .indicatorUnmet).map(\.field) == [.keyIndicator(0), .keyIndicator(2), .keyIndicator(5)])
    }

    @Test func numberAsTextNamesTheField() {
        var form = form()
        form.sources[.annualBudget] = FieldSource(sheet: "Sheet1", cell: CellReference("C5"), typedAsText: true, text: "1,505.02")
        let finding = findings(form, .numberAsText).first
        #expect(finding?.field == .annualBudget)
        #expect(finding?.severity == .info)
    }

    @Test func scores() {
        var form = form()
        var sheet = ScoreSheet(sheet: "评分表")
        sheet.rows = [
            ScoreRow(level1: "管理效能", weight: figure("45"), score: figure("43.89")),
            ScoreRow(level2: "资金管理", level3: "预算完成率", weight: figure("16"), score: figure("15.45")),
            ScoreRow(level2: "采购管理", level3: "政府采购执行率", weight: figure("2"), score: figure("1.94")),
            ScoreRow(level2: "其他", weight: figure("27"), score: figure("26.50")),
            ScoreRow(level1: "履职效能", weight: figure("50"), score: figure("50.00")),
            ScoreRow(level1: "加减分项", weight: figure("5"), score: figure("2.50")),
        ]
        sheet.total = figure("96.39")
        sheet.totalWeight = figure("100")
        sheet.grade = "优秀"
        form.score = sheet
        #expect(rules.check(form).isEmpty)
        form.score?.rows[2].score = figure("2.50")
        form.score?.total = figure("97.00")
        form.score?.grade = "良"
        let found = rules.check(form).map { "\($0.rule) \($0.field)" }
        #expect(found == ["score-over-weight score.rows[2]", "score-total score.rows[0]", "score-total score.total",
                          "score-grade score.grade"])
    }

    @Test func rulesNeverSeeNothingAsZero() {
        // A blank rate, adjustment or adjustment rate is not a finding, and a zero budget is not divided by.
        var form = form()
        form.funds.completionRate = nil
        form.funds.adjustment = nil
        form.funds.adjustmentRate = nil
        #expect(rules.check(form).isEmpty)
        form.funds.annualBudget = figure("0")
        form.funds.completionRate = figure("0.978")
        #expect(findings(form, .completionRate).isEmpty)
    }

    /// A Sichuan grid's 其中 rows: 财政资金 and 其他资金 keyed, 财政专户管理资金 and 单位资金 not.
    func sichuanBreakdown(unitFunds: String) -> Form {
        var form = form()
        form.funds.actual = figure("1900.00")
        form.funds.annualBudget = figure("2000.00")
        form.funds.completionRate = figure("0.9500")
        form.funds.initialBudget = nil
        form.funds.adjustment = nil
        form.funds.adjustmentRate = nil
        form.funds.generalPublicBudget = figure("1580.00")
        form.funds.otherFunds = figure("50.00")
        form.sources[.actual] = FieldSource(sheet: "Sheet1", cell: CellReference("E6"))
        form.sources[.generalPublicBudget] = FieldSource(sheet: "Sheet1", cell: CellReference("E7"))
        form.sources[.otherFunds] = FieldSource(sheet: "Sheet1", cell: CellReference("E10"))
        form.funds.unlistedParts = [
            BreakdownPart(label: "财政专户管理资金", amount: figure("200.00")!, sheet: "Sheet1", cell: CellReference("E8")!),
            BreakdownPart(label: "单位资金", amount: figure(unitFunds)!, sheet: "Sheet1", cell: CellReference("E9")!),
        ]
        return form
    }

    @Test func breakdownCountsTheGridRowsWithoutAKey() throws {
        // 1580 + 200 + 70 + 50 = 1900: the keyed rows alone (1630) are not the whole breakdown.
        #expect(findings(sichuanBreakdown(unitFunds: "70.00"), .breakdownTotal).isEmpty)
        let finding = try #require(findings(sichuanBreakdown(unitFunds: "90.00"), .breakdownTotal).first)
        #expect(finding.field == .actual)
        #expect(finding.cell?.description == "E6")
        #expect(finding.messageKey == "breakdown-total.unlisted")
        // In sheet order, the unlisted rows named with their cells.
        #expect(finding.arguments["parts"] == "1580.00 + 200.00 + 90.00 + 50.00")
        #expect(finding.arguments["sum"] == "1920.00")
        #expect(finding.arguments["difference"] == "\u{2212}20.00")
        #expect(finding.arguments["unlisted"] == "财政专户管理资金 E8 200.00, 单位资金 E9 90.00")
        let catalog = try TemplateBundle.standard.get().rules
        let message = MessageRenderer(catalog: catalog, language: .zh).render(finding)
        #expect(message.contains("1580.00 + 200.00 + 90.00 + 50.00 = 1920.00"))
        #expect(message.contains("单位资金 E9 90.00"))
        #expect(MessageRenderer(catalog: catalog, language: .en).render(finding).contains("no field for: 财政专户管理资金 E8"))
    }

    /// A MOF grid: 预算执行 scored 9.8 of 10 in the funds block, three indicators of 30, 总分 of 100.
    func mofScores(total: String, totalWeight: String? = "100", withFundsBlock: Bool = true) -> Form {
        var form = form()
        var sheet = ScoreSheet(sheet: "Sheet1")
        sheet.rows = [
            ScoreRow(level1: "产出指标", level2: "数量指标", level3: "面积", weight: figure("30"), score: figure("30.0")),
            ScoreRow(level2: "质量指标", level3: "合格率", weight: figure("30"), score: figure("30.0")),
            ScoreRow(level1: "效益指标", level2: "满意度指标", level3: "满意度", weight: figure("30"), score: figure("28.0")),
        ]
        sheet.total = figure(total)
        sheet.totalWeight = totalWeight.flatMap(figure)
        if withFundsBlock {
            sheet.fundsBlock = FundsBlockScore(weight: figure("10"), score: figure("9.8")!,
                                               source: FieldSource(sheet: "Sheet1", cell: CellReference("H5")))
        }
        form.sources[.scoreTotal] = FieldSource(sheet: "Sheet1", cell: CellReference("H15"))
        form.score = sheet
        return form
    }

    @Test func theTotalCountsTheFundsBlockScore() throws {
        #expect(findings(mofScores(total: "97.8"), .scoreTotal).isEmpty)
        #expect(findings(mofScores(total: "97.8", totalWeight: nil), .scoreTotal).isEmpty)
        let finding = try #require(findings(mofScores(total: "98.8"), .scoreTotal).first)
        #expect(finding.field == .scoreTotal)
        #expect(finding.cell?.description == "H15")
        #expect(finding.messageKey == "score-total.total-with-funds")
        #expect(finding.arguments["parts"] == "9.8 + 30.0 + 30.0 + 28.0")
        #expect(finding.arguments["sum"] == "97.8")
        #expect(finding.arguments["fundsCell"] == "H5")
        // Without a funds block score, the level-1 scores alone make the total, as before.
        #expect(findings(mofScores(total: "88.0", withFundsBlock: false), .scoreTotal).isEmpty)
        // A total stating only the level-1 scores leaves out the funds block the total weight (100) counts.
        #expect(findings(mofScores(total: "88.0"), .scoreTotal).count == 1)
    }

    @Test func fundsBlockScoreLeftOutWhenTheGridAloneMakesTheTotalWeight() {
        // Weights 30 + 30 + 30 = 90 = the stated total weight: the grid's total is its own, without the block.
        #expect(findings(mofScores(total: "88.0", totalWeight: "90"), .scoreTotal).isEmpty)
        #expect(findings(mofScores(total: "97.8", totalWeight: "90"), .scoreTotal).count == 1)
    }

    @Test func theGradeCountsTheFundsBlockScoreWithoutATotal() {
        // No total: the grade is judged on 9.8 + 30 + 30 + 28 = 97.8 → 优 (88 alone would be 良).
        var form = mofScores(total: "97.8")
        form.score?.total = nil
        form.score?.grade = "优"
        #expect(findings(form, .scoreGrade).isEmpty)
    }

    @Test func aDepartmentFromTheTitleIsAnInfoOnTheTitleCell() throws {
        var form = form()
        form.department = "广州市某某局"
        form.sources[.department] = FieldSource(sheet: "Sheet1", cell: CellReference("A1"), takenFrom: .title)
        let finding = try #require(findings(form, .requiredField).first)
        #expect(finding.severity == .info)
        #expect(finding.kind == .title)
        #expect(finding.field == .department)
        #expect(finding.cell?.description == "A1")
        let catalog = try TemplateBundle.standard.get().rules
        #expect(MessageRenderer(catalog: catalog, language: .zh).render(finding) == "表中没有「部门名称」栏，已从标题读取为「广州市某某局」。请核对标题中的部门名称是否正确")
        #expect(MessageRenderer(catalog: catalog, language: .en).render(finding).contains("read from the title as “广州市某某局”"))
    }
}
