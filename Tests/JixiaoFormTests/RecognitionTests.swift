import Foundation
@testable import JixiaoForm
import Testing
import XLSXReader

/// Recognition of layouts the fixtures do not show, built in memory.
@Suite("Recognition")
struct RecognitionTests {
    let recognizer: FormRecognizer

    init() throws {
        recognizer = try FormRecognizer()
    }

    func recognise(_ sheets: SheetBuilder...) throws -> Form {
        try recognizer.recognize(Workbook(sheets: sheets.map(\.sheet)))
    }

    /// A small form in the compact layout: labels in A, values in B.
    func compact(_ name: String = "表1", state: SheetState = .visible) -> SheetBuilder {
        var sheet = SheetBuilder(name, state: state)
        sheet["A1"] = "部门整体支出绩效自评表"
        sheet["A2"] = "(2021)"
        sheet["A3"] = "部门名称：广州市某局"
        sheet["A4"] = "年度预算数（万元）"
        sheet.number("B4", "200", format: "0.00")
        sheet["A5"] = "实际支出数（万元）"
        sheet.number("B5", "150", format: "0.00")
        sheet["A6"] = "预算执行率(%)"
        sheet["B6"] = "75"
        sheet["A7"] = "整体目标完成情况"
        sheet["B7"] = "完成"
        sheet["A8"] = "存在问题"
        sheet["B8"] = "无"
        sheet["A9"] = "改进措施"
        sheet["B9"] = "无"
        return sheet
    }

    @Test func inlineLabelsBareYearAndUnitFromLabelSuffix() throws {
        let form = try recognise(compact())
        #expect(form.department == "广州市某局")
        #expect(form.sources[.department]?.cell?.description == "A3")
        #expect(form.year == 2021)
        #expect(form.unit == "万元")
        #expect(form.funds.annualBudget?.text == "200.00")
        #expect(form.funds.completionRate?.text == "0.75")
        #expect(form.sources[.completionRate]?.typedAsText == true)
    }

    @Test func visibleFormBeatsAHiddenCopyAndHiddenIsUsedWhenAlone() throws {
        var hidden = compact("旧表", state: .hidden)
        hidden["A3"] = "部门名称：旧部门"
        #expect(try recognise(hidden, compact("新表")).department == "广州市某局")
        #expect(try recognise(hidden).department == "旧部门")
    }

    @Test func noFormIsAFormError() {
        var sheet = SheetBuilder("说明")
        sheet["A1"] = "请按要求填写部门名称、预算数。"
        #expect(throws: FormError.self) { try recognise(sheet) }
    }

    @Test func gridIndicatorTableWithUnitAndOperatorColumns() throws {
        var sheet = compact()
        sheet["A11"] = "一级指标"
        sheet["B11"] = "二级指标"
        sheet["C11"] = "三级指标"
        sheet["D11"] = "指标性质"
        sheet["E11"] = "年度指标值"
        sheet["F11"] = "计量单位"
        sheet["G11"] = "实际完成值"
        sheet["A12"] = "产出指标"
        sheet.merge("A12:A13")
        sheet["B12"] = "数量指标"
        sheet["C12"] = "培训人次"
        sheet["D12"] = "≥"
        sheet.number("E12", "500")
        sheet["F12"] = "人次"
        sheet.number("G12", "480")
        sheet["C13"] = "投诉次数"
        sheet["D13"] = "≤"
        sheet.number("E13", "3")
        sheet["F13"] = "次"
        sheet.number("G13", "1")
        sheet["A14"] = "存在问题"
        let form = try recognise(sheet)
        #expect(form.keyIndicators.count == 2)
        #expect(form.keyIndicators.first?.name == "培训人次")
        #expect(form.keyIndicators.first?.unit == "人次")
        #expect(form.keyIndicators.first?.targetOperator == .atLeast)
        let findings = RuleSet.standard(templates: recognizer.templates).check(form).filter { $0.rule == .indicatorUnmet }
        #expect(findings.map(\.field) == [.keyIndicator(0)])
        #expect(findings.first?.cell?.description == "G12")
    }

    @Test func taskTotalRowsAndNamelessIndicatorColumn() throws {
        var sheet = compact()
        sheet["A11"] = "年度关键指标"
        sheet["B11"] = "预期实现值"
        sheet["C11"] = "指标完成情况"
        sheet["A12"] = "活动次数"
        sheet["B12"] = "10次"
        sheet["C12"] = "12次"
        sheet["A13"] = "主要任务"
        sheet["B13"] = "预期目标"
        sheet["C13"] = "目标完成情况"
        sheet["D13"] = "任务涉及资金（万元）"
        sheet["A14"] = "任务一"
        sheet["B14"] = "目标"
        sheet["C14"] = "完成"
        sheet.number("D14", "40")
        sheet["A15"] = "任务二"
        sheet["C15"] = "完成"
        sheet.number("D15", "60")
        sheet["A16"] = "合 计"
        sheet.number("D16", "100")
        sheet["A17"] = "（以下空白）"
        let form = try recognise(sheet)
        #expect(form.keyIndicators.map(\.name) == ["活动次数"])
        #expect(form.tasks.map(\.name) == ["任务一", "任务二"])
        #expect(form.tasks.compactMap(\.funds).map(\.text) == ["40", "60"])
    }

    @Test func valueBelowAHeaderRowOfLabels() throws {
        var sheet = SheetBuilder("Sheet1")
        sheet["A1"] = "2022年部门整体支出绩效自评表"
        sheet["A2"] = "金额单位：元"
        sheet["A3"] = "单位名称"
        sheet["B3"] = "某局"
        sheet["A4"] = "年初预算数"
        sheet["B4"] = "全年预算数"
        sheet["C4"] = "全年执行数"
        sheet["D4"] = "执行率"
        sheet.number("A5", "1000000", format: "#,##0.00")
        sheet.number("B5", "1200000", format: "#,##0.00")
        sheet.number("C5", "1100000", format: "#,##0.00")
        sheet.number("D5", "0.9167", format: "0.00%")
        let form = try recognise(sheet)
        #expect(form.year == 2022)
        #expect(form.unit == "元")
        #expect(form.department == "某局")
        #expect(form.funds.initialBudget?.text == "1000000.00")
        #expect(form.funds.annualBudget?.text == "1200000.00")
        #expect(form.funds.actual?.text == "1100000.00")
        #expect(form.funds.completionRate?.text == "0.9167")
        #expect(form.sources[.actual]?.cell?.description == "C5")
    }

    @Test func leftoverCellsUnderAMergeAreInvisible() throws {
        var sheet = compact()
        sheet.merge("B4:C4")
        sheet.number("C4", "999")       // a stale value hidden under the merge
        let form = try recognise(sheet)
        #expect(form.funds.annualBudget?.text == "200.00")
    }

    @Test func tablesEndAtTheFooterAndInlineGradesAreRead() throws {
        var sheet = compact()
        sheet["A11"] = "主要任务"
        sheet["B11"] = "预期目标"
        sheet["C11"] = "目标完成情况"
        sheet["D11"] = "任务涉及资金"
        sheet["A12"] = "任务一"
        sheet["C12"] = "完成"
        sheet.number("D12", "40")
        sheet["A13"] = "填表人：张三"
        sheet["C13"] = "联系电话：12345678"
        var score = SheetBuilder("评分表")
        score["A1"] = "一级指标"
        score["B1"] = "二级指标"
        score["C1"] = "分值"
        score["D1"] = "得分"
        score["A2"] = "履职效能"
        score.number("C2", "100")
        score.number("D2", "85")
        score["A3"] = "总分"
        score.number("D3", "85")
        score["A4"] = "自评等级：良"
        let form = try recognise(sheet, score)
        #expect(form.tasks.map(\.name) == ["任务一"])
        #expect(form.score?.grade == "良")
        #expect(form.score?.total?.text == "85")
        #expect(form.sources[.scoreGrade]?.cell?.description == "A4")
        #expect(RuleSet.standard(templates: recognizer.templates).check(form).map(\.rule) == [.numberAsText])
    }

    @Test func yearAndUnitBesideTheirLabels() throws {
        var sheet = compact()
        sheet["A1"] = "部门整体支出绩效自评表"
        sheet["A2"] = "年度"
        sheet.number("B2", "2023")
        sheet["C2"] = "金额单位"
        sheet["D2"] = "元"
        sheet["A4"] = "年度预算数"
        let form = try recognise(sheet)
        #expect(form.year == 2023)
        #expect(form.unit == "元")
        #expect(form.sources[.year]?.cell?.description == "B2")
    }

    @Test func mofGridTakesTheBreakdownFromTheActualColumn() throws {
        var sheet = SheetBuilder("Sheet1")
        sheet["A1"] = "2023年度部门整体支出绩效自评表"
        sheet["A2"] = "单位名称"
        sheet["B2"] = "某县水利局"
        sheet["A3"] = "项目"
        sheet["B3"] = "年初预算数"
        sheet["C3"] = "全年预算数(A)"
        sheet["D3"] = "全年执行数(B)"
        sheet["E3"] = "分值"
        sheet["F3"] = "执行率(B/A)"
        sheet["A4"] = "年度资金总额"
        sheet.number("B4", "100", format: "0.00")
        sheet.number("C4", "120", format: "0.00")
        sheet.number("D4", "110", format: "0.00")
        sheet.number("E4", "10")
        sheet.number("F4", "0.9167", format: "0.00%")
        sheet["A5"] = "其中：本年财政拨款"
        sheet.number("B5", "80", format: "0.00")
        sheet.number("C5", "100", format: "0.00")
        sheet.number("D5", "95", format: "0.00")
        sheet["A6"] = "其他资金"
        sheet.number("B6", "20", format: "0.00")
        sheet.number("C6", "20", format: "0.00")
        sheet.number("D6", "15", format: "0.00")
        sheet["A7"] = "单位：万元"
        let form = try recognise(sheet)
        #expect(form.funds.annualBudget?.text == "120.00")
        #expect(form.funds.actual?.text == "110.00")
        #expect(form.funds.generalPublicBudget?.text == "95.00")
        #expect(form.funds.otherFunds?.text == "15.00")
        #expect(form.sources[.otherFunds]?.cell?.description == "D6")
        let findings = RuleSet.standard(templates: recognizer.templates).check(form)
        #expect(!findings.contains { $0.rule == .breakdownTotal || $0.rule == .completionRate })
    }

    @Test func departmentFromTheTitleOnlyWithoutADepartmentField() throws {
        var sheet = compact()
        sheet["A1"] = "广州市某某局2023年度部门整体支出绩效自评表"
        sheet["A2"] = nil
        sheet["A3"] = nil
        var form = try recognise(sheet)
        #expect(form.department == "广州市某某局")
        #expect(form.sources[.department]?.cell?.description == "A1")
        #expect(form.sources[.department]?.takenFrom == .title)
        #expect(form.year == 2023)
        // A 部门名称 field, even blank, is the department's place: the title is not read for it.
        sheet["A3"] = "部门名称"
        form = try recognise(sheet)
        #expect(form.department == nil)
        #expect(form.sources[.department]?.takenFrom == nil)
    }

    @Test(arguments: [
        ("广州市某某局2023年度部门整体支出绩效自评表", "广州市某某局"),
        ("广州市某某局 2023 年度部门整体支出绩效自评表", "广州市某某局"),
        ("广州市某某局部门整体支出绩效自评表（2023年度）", "广州市某某局"),
        ("2023年度广州市某某局部门整体支出绩效自评表", "广州市某某局"),
        ("黄埔区广州开发区部门整体支出绩效自评表", nil),
        ("黄埔区广州开发区2021年度部门整体支出绩效自评表", nil),
        ("2021年度部门整体支出绩效自评表", nil),
        ("部门整体支出绩效自评表", nil),
    ] as [(String, String?)])
    func departmentInATitle(_ title: String, _ department: String?) throws {
        let reader = TitleDepartmentReader(template: try TemplateBundle.standard.get().form.title.department)
        #expect(reader.department(in: title) == department)
    }

    @Test func sichuanGridRowsWithoutAKeyAreBreakdownParts() throws {
        var sheet = SheetBuilder("Sheet1")
        sheet["A1"] = "部门整体支出绩效自评表（2023年度）"
        sheet["A2"] = "部门（单位）名称"
        sheet["B2"] = "某县教育局"
        let header = ["B3": "年度预算数（万元）", "C3": "年初预算", "D3": "调整后预算数", "E3": "预算执行数", "F3": "预算执行率",
                      "G3": "权重", "H3": "得分"]
        for (cell, text) in header { sheet[cell] = text }
        let rows: [(String, [String])] = [("总额", ["1800", "2000", "1900"]), ("其中：财政资金", ["1500", "1650", "1580"]),
                                          ("财政专户管理资金", ["200", "220", "200"]), ("单位资金", ["60", "80", "70"]),
                                          ("其他资金", ["40", "50", "50"])]
        for (offset, (label, figures)) in rows.enumerated() {
            sheet["B\(4 + offset)"] = label
            for (column, text) in zip(["C", "D", "E"], figures) { sheet.number("\(column)\(4 + offset)", text, format: "0.00") }
        }
        sheet.number("G4", "10")
        sheet.number("H4", "9.5", format: "0.0")
        sheet["A9"] = "存在问题"
        sheet["B9"] = "无"
        let form = try recognise(sheet)
        #expect(form.funds.annualBudget?.text == "2000.00")
        #expect(form.funds.actual?.text == "1900.00")
        #expect(form.funds.generalPublicBudget?.text == "1580.00")
        #expect(form.funds.otherFunds?.text == "50.00")
        #expect(form.funds.unlistedParts.map(\.label) == ["财政专户管理资金", "单位资金"])
        #expect(form.funds.unlistedParts.map(\.cell.description) == ["E6", "E7"])
        #expect(form.funds.unlistedParts.map(\.amount.text) == ["200.00", "70.00"])
    }

    /// A Sichuan-style grid (调整后预算数 | 预算执行数 over rows labelled in column B) with these rows.
    private func gridSheet(_ rows: [(label: String, budget: String, actual: String)]) -> SheetBuilder {
        var sheet = SheetBuilder("Sheet1")
        sheet["A1"] = "部门整体支出绩效自评表（2023年度）"
        sheet["A2"] = "部门名称"
        sheet["B2"] = "某局"
        sheet["C3"] = "调整后预算数"
        sheet["D3"] = "预算执行数"
        for (offset, row) in rows.enumerated() {
            sheet["B\(4 + offset)"] = row.label
            sheet.number("C\(4 + offset)", row.budget, format: "0.00")
            sheet.number("D\(4 + offset)", row.actual, format: "0.00")
        }
        return sheet
    }

    @Test func plainRowsUnderATotalWithoutAnyKeyedRowAreNoBreakdown() throws {
        // 总额 then two rows no label names: without a 其中 row the grid says nothing of a breakdown.
        let form = try recognise(gridSheet([("总额", "100", "90"), ("重点工作", "60", "50"), ("日常运转", "40", "30")]))
        #expect(form.funds.actual?.text == "90.00")
        #expect(form.funds.unlistedParts.isEmpty)
    }

    @Test func spendingByNatureUnderATotalIsABreakdown() throws {
        // 基本支出 and 项目支出 name parts of the total (按支出性质分), 其中 or not; the total last.
        let form = try recognise(gridSheet([("基本支出", "60", "55"), ("项目支出", "40", "35"), ("合计", "100", "90")]))
        #expect(form.funds.annualBudget?.text == "100.00")
        #expect(form.funds.actual?.text == "90.00")
        #expect(form.funds.unlistedParts.map(\.label) == ["基本支出", "项目支出"])
        #expect(form.funds.unlistedParts.map(\.cell.description) == ["D4", "D5"])
    }

    @Test func aTotalRowSetApartByABlankRowIsStillTheTotal() throws {
        var sheet = gridSheet([("财政拨款", "60", "55"), ("其他资金", "40", "35")])
        sheet["B7"] = "合计"
        sheet.number("C7", "100", format: "0.00")
        sheet.number("D7", "90", format: "0.00")
        let form = try recognise(sheet)
        #expect(form.funds.annualBudget?.text == "100.00")
        #expect(form.funds.actual?.text == "90.00")
        #expect(form.sources[.actual]?.cell?.description == "D7")
    }

    @Test func aGridOfPartsAloneHasNoTotal() throws {
        // 财政拨款 and 其他资金 and no total row: neither is taken for the total.
        let form = try recognise(gridSheet([("财政拨款", "60", "55"), ("其他资金", "40", "35")]))
        #expect(form.funds.annualBudget == nil)
        #expect(form.funds.actual == nil)
        #expect(form.sources[.actual]?.withoutTotalRow == true)
        #expect(form.sources[.actual]?.label?.description == "D3")
        #expect(form.funds.otherFunds?.text == "35.00")
    }
}

