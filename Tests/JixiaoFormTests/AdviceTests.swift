import Foundation
@testable import JixiaoForm
import Testing
import XLSXReader

/// Each finding's message ends with what to do (`rules.json` `advice`), and a sum of one part reads as an
/// equality, not as `900.00 = 900.00`.
@Suite("Advice")
struct AdviceTests {
    func figure(_ text: String) -> ShownDecimal? { ShownDecimal(text: text) }

    /// The Huangpu figures with the sign right, the breakdown's cells placed and no breakdown given.
    func form() -> Form {
        var form = HandMadeForm.huangpu()
        form.funds.generalPublicBudget = nil
        form.sources[.generalPublicBudget] = FieldSource(sheet: "Sheet1", cell: CellReference("C9"))
        form.sources[.otherFunds] = FieldSource(sheet: "Sheet1", cell: CellReference("C10"))
        return form
    }

    func messages(_ form: Form, _ language: MessageLanguage = .zh) -> [String] {
        FormValidator(language: language).check(form).map(\.message)
    }

    @Test func anArithmeticFindingSaysWhichCellToChangeToWhat() {
        var form = form()
        form.funds.adjustment = figure("353.99")
        #expect(messages(form) == [
            "年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 353.99（符号相反）。请将 E6 改为 −353.99",
        ])
        #expect(messages(form, .en) == [
            "the budget adjustment should be annual budget − initial budget = 1505.02 − 1859.01 = −353.99; the sheet states 353.99 (opposite sign). Change E6 to −353.99",
        ])
        form = self.form()
        form.funds.completionRate = figure("0.9783")
        #expect(messages(form).first?.hasSuffix("表中填写 97.83%。请将 C8 改为 97.84%") == true)
    }

    @Test func aBreakdownNamesThePartsCellsAndOnePartIsNotASum() {
        var form = form()
        form.funds.generalPublicBudget = figure("1000.00")
        form.funds.otherFunds = figure("400.00")
        #expect(messages(form) == [
            "其中各项资金之和应等于实际支出数：1000.00 + 400.00 = 1400.00，实际支出数为 1472.46，相差 72.46。请核对 C6 与其中各项 C9 + C10",
        ])
        form.funds.otherFunds = nil
        #expect(messages(form) == ["其中项资金 1000.00 应等于实际支出数 1472.46，相差 472.46。请核对 C6 与其中各项 C9"])
        #expect(messages(form, .en) == [
            "the one breakdown amount 1000.00 should equal actual spending 1472.46; the difference is 472.46. Check C6 against its parts C9",
        ])
    }

    @Test func aSingleTaskReadsWithoutASumOfOne() {
        var form = form()
        form.tasks = [MainTask(name: "甲", goalResult: "完成", funds: figure("1500.00"))]
        form.sources[.task(0, .funds)] = FieldSource(sheet: "Sheet1", cell: CellReference("D20"))
        let message = messages(form).first { $0.hasPrefix("主要任务") }
        #expect(message == "主要任务涉及资金 1500.00，超过实际支出数 1472.46，多出 27.54。请核对各项任务资金 D20 与实际支出数 C6")
        form.tasks.append(MainTask(name: "乙", goalResult: "完成", funds: figure("100.00")))
        form.tasks.append(MainTask(name: "丙", goalResult: "完成", funds: figure("1.00")))
        form.sources[.task(1, .funds)] = FieldSource(sheet: "Sheet1", cell: CellReference("D21"))
        form.sources[.task(2, .funds)] = FieldSource(sheet: "Sheet1", cell: CellReference("D22"))
        #expect(messages(form).first { $0.hasPrefix("主要任务") }
                == "主要任务涉及资金合计 1500.00 + 100.00 + 1.00 = 1601.00，超过实际支出数 1472.46，多出 128.54。请核对各项任务资金 D20:D22 与实际支出数 C6")
    }

    @Test func aScoreOnAnotherSheetIsNamedWithItsSheet() {
        var form = form()
        var sheet = ScoreSheet(sheet: "评分表", rows: [
            ScoreRow(level1: "管理效能", weight: figure("45"), score: figure("44.00")),
            ScoreRow(level1: "管理效能", level2: "资金管理", weight: figure("45"), score: figure("43.89")),
        ])
        sheet.total = figure("44.00")
        sheet.totalWeight = figure("45")
        form.score = sheet
        form.sources[.scoreRow(0, .score)] = FieldSource(sheet: "评分表", cell: CellReference("E3"))
        #expect(messages(form).first { $0.contains("管理效能") }
                == "「管理效能」的自评分应等于其下级指标的自评分 43.89，表中填写 44.00。请将 评分表!E3 改为 43.89，或核对下级指标的自评分")
    }

    @Test func aFindingWithoutACellIsToldWhatToAdd() {
        var form = form()
        form.department = nil
        #expect(messages(form) == ["表中找不到必填项「部门名称」。请在表中增加「部门名称」栏并填写"])
        form.problems = nil
        form.sources[.problems] = FieldSource(sheet: "Sheet1", cell: CellReference("B30"))
        #expect(messages(form).last == "「存在问题」未填写。请在 B30 填写")
        form.sources[.problems] = nil
        #expect(messages(form).last == "「存在问题」未填写。请在表中填写「存在问题」")
        #expect(FormValidator(language: .en).check(form).last?.message == "“problems” is empty. Fill in “problems” on the form")
    }

    @Test func everyMessageHasAdviceInBothLanguagesWithTheSamePlaceholders() throws {
        let catalog = try TemplateBundle.standard.get().rules
        #expect(catalog.adviceCell != nil)
        for key in catalog.messages.keys {
            let rule = String(key.split(separator: ".").first ?? "")
            let advice = catalog.advice?[key] ?? catalog.advice?[rule]
            #expect(advice != nil, "no advice for \(key)")
            guard let advice else { continue }
            #expect(Set(MessageRenderer.placeholders(in: advice.zh)) == Set(MessageRenderer.placeholders(in: advice.en)),
                    "advice placeholders of \(key)")
            #expect(advice.zh.hasPrefix("请"), "zh advice of \(key) asks: \(advice.zh)")
            #expect(advice.en.first?.isUppercase == true, "en advice of \(key) starts a sentence: \(advice.en)")
        }
        for key in Array((catalog.advice ?? [:]).keys) + Array((catalog.adviceWithoutCell ?? [:]).keys) {
            #expect(catalog.messages[key] != nil, "advice \(key) has no message")
        }
        for (key, advice) in catalog.adviceWithoutCell ?? [:] {
            #expect(!advice.zh.contains("{cell}") && !advice.en.contains("{cell}"), "\(key) without a cell names one")
        }
    }
}
