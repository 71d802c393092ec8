import Foundation
@testable import JixiaoForm
import Testing
import XLSXReader

/// Telling the 部门整体支出绩效自评表 from other budget tables by evidence (form.json `recognition`), and reading
/// every form of a workbook, built in memory.
@Suite("Form evidence and workbooks of several forms")
struct FormEvidenceTests {
    let recognizer: FormRecognizer

    init() throws {
        recognizer = try FormRecognizer()
    }

    func forms(_ sheets: SheetBuilder...) throws -> [Form] {
        try recognizer.recognizeAll(Workbook(sheets: sheets.map(\.sheet)))
    }

    func refusal(_ sheets: SheetBuilder...) -> FormError? {
        do {
            _ = try recognizer.recognizeAll(Workbook(sheets: sheets.map(\.sheet)))
            return nil
        } catch {
            return error
        }
    }

    /// A small form: department, funds, goal, problems and improvements (four of the five blocks), `title` on top.
    func unit(_ name: String, department: String, title: String? = "部门整体支出绩效自评表", actual: String = "150") -> SheetBuilder {
        var sheet = SheetBuilder(name)
        if let title { sheet["A1"] = title }
        sheet["A2"] = "(2021年度)"
        sheet["A3"] = "部门名称"
        sheet["B3"] = department
        sheet["A4"] = "年度预算数（万元）"
        sheet.number("B4", "200", format: "0.00")
        sheet["A5"] = "实际支出数（万元）"
        sheet.number("B5", actual, format: "0.00")
        sheet["A6"] = "年度整体目标"
        sheet["B6"] = "完成任务"
        sheet["A7"] = "存在问题"
        sheet["B7"] = "无"
        sheet["A8"] = "改进措施"
        sheet["B8"] = "无"
        return sheet
    }

    /// A list with 预算数 / 执行数 / 执行率 columns: three of the form's labels, none of its blocks.
    func budgetColumns(_ name: String = "Sheet1", title: String? = nil, first: String = "名称") -> SheetBuilder {
        var sheet = SheetBuilder(name)
        if let title { sheet["A1"] = title }
        sheet["A2"] = first
        sheet["B2"] = "预算数"
        sheet["C2"] = "执行数"
        sheet["D2"] = "执行率"
        sheet["A3"] = "办公经费"
        sheet.number("B3", "100")
        sheet.number("C3", "90")
        sheet.number("D3", "0.9")
        return sheet
    }

    @Test func labelsWithoutBlocksAreNoForm() throws {
        let error = try #require(refusal(budgetColumns()))
        #expect(error.kind == .notRecognised)
        #expect(error.labelsFound >= error.labelsNeeded)
        #expect(error.blocksFound == 0)
        #expect(error.blocksNeeded == 2)
        #expect(error.blocksSought.prefix(4) == ["部门名称", "年度整体目标", "年度关键指标", "主要任务"])
        #expect(error.otherTable == nil)
    }

    @Test func anotherTableIsToldByItsTitleOrItsLabels() throws {
        #expect(refusal(budgetColumns(title: "2023年度项目支出明细表"))?.otherTable?.name == "项目支出明细表")
        #expect(refusal(budgetColumns(title: "收入支出决算总表"))?.otherTable?.name == "部门决算收支总表")
        // Untitled: 科目编码 and 科目名称 are a budget list's own labels.
        var list = budgetColumns(first: "科目编码")
        list["E2"] = "科目名称"
        #expect(refusal(list)?.otherTable?.name == "预算表")
        // One label shared by two kinds (项目名称) tells neither.
        #expect(refusal(budgetColumns(first: "项目名称"))?.otherTable == nil)
    }

    @Test func aTitleNamingAnotherTableWinsOverTheFormsLabels() throws {
        // Every block of the form, but the title of a project's self-evaluation.
        let error = try #require(refusal(unit("Sheet1", department: "某局", title: "2023年度项目支出绩效自评表")))
        #expect(error.otherTable?.name == "项目支出绩效自评表")
        #expect(error.otherTable?.english.contains("project") == true)
    }

    @Test func aFormIsReadWithoutTitleWithAGenericTitleOrWithABlockMissing() throws {
        #expect(try forms(unit("S", department: "某局", title: nil)).first?.department == "某局")
        #expect(try forms(unit("S", department: "某局", title: "自评表")).first?.title == "自评表")
        // Without a title, two blocks are enough: 部门名称 and 年度整体目标 (no 存在问题 / 改进措施).
        var two = unit("S", department: "某局", title: nil)
        two["A7"] = nil
        two["A8"] = nil
        #expect(try forms(two).first?.funds.actual?.text == "150.00")
        // One block alone is not: the department and the funds could be any list's.
        var one = two
        one["A6"] = nil
        #expect(refusal(one)?.blocksFound == 1)
        // With the form's title, the funds alone are the form.
        var titled = one
        titled["A1"] = "2021年度部门整体支出绩效自评表"
        #expect(try forms(titled).count == 1)
    }

    @Test func aScoreSheetTitleIsNotTheFormsTitle() throws {
        // A 评分表 whose 三级指标 texts are form labels (预算完成率, 预算调整率, 实际支出数) and whose title holds
        // 部门整体支出: still a 评分表, read into the one form.
        var score = SheetBuilder("评分表")
        score["A1"] = "某局部门整体支出绩效自评评分表"
        score["A2"] = "一级指标"
        score["B2"] = "三级指标"
        score["C2"] = "分值"
        score["D2"] = "自评分"
        for (row, (name, weight)) in [("预算完成率", "40"), ("预算调整率", "30"), ("实际支出数", "30")].enumerated() {
            score["A\(row + 3)"] = "预算执行"
            score["B\(row + 3)"] = name
            score.number("C\(row + 3)", weight)
            score.number("D\(row + 3)", weight)
        }
        let read = try forms(unit("自评表", department: "某局"), score)
        #expect(read.map(\.sheet) == ["自评表"])
        #expect(read.first?.score?.sheet == "评分表")
        #expect(read.first?.score?.rows.count == 3)
    }

    @Test func everyVisibleFormIsReadInWorkbookOrderAndAHiddenOneOnlyAlone() throws {
        var hidden = unit("旧表", department: "旧部门")
        hidden.state = .hidden
        let read = try forms(unit("乙", department: "某局乙单位"), hidden, budgetColumns("明细"), unit("甲", department: "某局甲单位"))
        #expect(read.map(\.sheet) == ["乙", "甲"])
        #expect(try forms(budgetColumns("明细"), hidden).map(\.department) == ["旧部门"])
    }

    @Test func aBlankTemplateBesideFilledFormsIsNoForm() throws {
        // A visible copy of the empty template among the units' sheets holds no unit's form.
        var blank = unit("模板", department: "")
        for cell in ["B3", "B4", "B5", "B6", "B7", "B8"] { blank[cell] = nil }
        #expect(try forms(unit("甲", department: "某局甲单位"), blank, unit("乙", department: "某局乙单位")).map(\.sheet) == ["甲", "乙"])
        // Alone, the blank template is the form (its required fields are findings).
        #expect(try forms(blank).map(\.sheet) == ["模板"])
    }

    @Test func everyEvidenceKeyIsTheTemplates() throws {
        let template = recognizer.templates.form
        for block in template.recognition.blocks {
            for field in block.fields { #expect(template.fields[field] != nil, "\(block.name): \(field)") }
            for name in block.blocks { #expect(template.blocks[name] != nil, "\(block.name): \(name)") }
            for key in block.columns {
                let parts = key.split(separator: ".").map(String.init)
                #expect(parts.count == 2 && template.tables[parts[0]]?.columns[parts[1]] != nil, "\(block.name): \(key)")
            }
        }
        #expect(template.recognition.otherTables.allSatisfy { !$0.titles.isEmpty && $0.minimumLabels <= $0.labels.count })
    }

    @Test func scoreSheetsJoinTheUnitTheyName() throws {
        func score(_ name: String, title: String, total: String) -> SheetBuilder {
            var sheet = SheetBuilder(name)
            sheet["A1"] = title
            sheet["A2"] = "一级指标"
            sheet["B2"] = "分值"
            sheet["C2"] = "自评分"
            sheet["A3"] = "履职效能"
            sheet.number("B3", "100")
            sheet.number("C3", total)
            sheet["A4"] = "合计"
            sheet.number("C4", total)
            return sheet
        }
        // 某局 and 某局执法大队: the longer name wins; a sheet named after a form's sheet joins it first.
        let read = try forms(unit("机关", department: "某局"), unit("大队", department: "某局执法大队"),
                             score("打分1", title: "某局执法大队部门整体支出绩效自评评分表", total: "91"),
                             score("打分2", title: "某局部门整体支出绩效自评评分表", total: "85"),
                             score("机关评分表", title: "评分表", total: "70"))
        #expect(read.map(\.score?.sheet) == ["机关评分表", "打分1"])
        #expect(read.map(\.score?.total?.text) == ["70", "91"])
        // One form takes the workbook's 评分表 whatever it names.
        #expect(try forms(unit("机关", department: "某局"), score("打分2", title: "别的单位评分表", total: "85")).first?.score?.sheet == "打分2")
    }
}
