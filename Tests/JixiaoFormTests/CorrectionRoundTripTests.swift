import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// `fix` as a library: for every fixture and variant, the corrected table read back gives the corrected form
/// field for field, and validating it again leaves only the findings that cannot be corrected.
@Suite("Corrected tables round trip")
struct CorrectionRoundTripTests {
    static let files: [URL] = (Fixtures.files(in: Fixtures.forms, suffix: ".xlsx")
        + Fixtures.files(in: Fixtures.root.appendingPathComponent("variants"), suffix: ".xlsx")
        + Fixtures.files(in: Fixtures.root.appendingPathComponent("layouts"), suffix: ".xlsx"))
    static let writer: FormWorkbookWriter? = try? FormWorkbookWriter()

    @Test func everyFileIsHere() {
        #expect(Self.files.count >= 15)
        #expect(Self.writer != nil)
    }

    @Test(arguments: files)
    func correctedTableReadsBack(_ file: URL) throws {
        let writer = try #require(Self.writer)
        let validator = FormValidator()
        let report = validator.validate(fileAt: file)
        guard let form = report.form else { return }   // not a form: nothing to correct (tested elsewhere)
        let correction = writer.corrector.correct(form, findings: report.findings)
        let folder = TestFolder(file.lastPathComponent)
        let output = folder.file("corrected.xlsx")
        try writer.write(correction.form, changes: correction.changes, findings: report.findings, to: output)

        let reread = validator.validate(fileAt: output)
        let back = try #require(reread.form, "\(file.lastPathComponent): the corrected table is not recognised")
        for problem in Self.differences(expected: correction.form, actual: back) {
            Issue.record("\(file.lastPathComponent): \(problem)")
        }
        // Findings left: the original ones no change answered, less number-as-text (the table holds numbers) and
        // less a department read from the title (the official table writes it in its 部门名称 field).
        let handled = Set(correction.changes.compactMap(\.finding))
        var expectedLeft = Set(report.findings.filter { !handled.contains($0) && $0.rule != .numberAsText && $0.kind != .title }
            .map { "\($0.rule.rawValue) \($0.field.rawValue)" })
        // A task table without a 目标完成情况 column (the MOF 任务名称 | 主要内容 | 预算数 | 执行数) gains the official
        // one, blank, which asks to be filled.
        for (index, task) in correction.form.tasks.enumerated()
        where task.goalResult == nil && form.sources[.task(index, .goalResult)] == nil {
            expectedLeft.insert("empty-text \(FieldKey.task(index).rawValue)")
        }
        let left = Set(reread.findings.map { "\($0.rule.rawValue) \($0.field.rawValue)" })
        #expect(left == expectedLeft, "\(file.lastPathComponent)")
        // A grid's parts no 其中 line of the official layout names (财政专户管理资金, 单位资金) are carried over as
        // 其中 lines of their own, so the table still adds up.
        #expect(back.funds.unlistedParts.map(\.amount.value) == correction.form.funds.unlistedParts.map(\.amount.value),
                "\(file.lastPathComponent)")
        #expect(!reread.findings.contains { [.completionRate, .adjustmentAmount, .adjustmentRate, .scoreTotal, .scoreGrade].contains($0.rule) })
    }

    /// Field-by-field comparison by value (trailing zeros do not matter).
    static func differences(expected: Form, actual: Form) -> [String] {
        var problems: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T?, _ b: T?) {
            if a != b { problems.append("\(name): expected \(a.map { "\($0)" } ?? "nil"), got \(b.map { "\($0)" } ?? "nil")") }
        }
        check("department", expected.department, actual.department)
        check("year", expected.year, actual.year)
        if expected.unit != nil { check("unit", expected.unit, actual.unit) }
        for key in Funds.keys { check(key.rawValue, expected.funds[key]?.value, actual.funds[key]?.value) }
        check("overallGoal", expected.overallGoal, actual.overallGoal)
        check("overallGoalResult", expected.overallGoalResult, actual.overallGoalResult)
        check("problems", expected.problems, actual.problems)
        check("improvements", expected.improvements, actual.improvements)
        check("keyIndicators.count", expected.keyIndicators.count, actual.keyIndicators.count)
        for (index, (a, b)) in zip(expected.keyIndicators, actual.keyIndicators).enumerated() {
            check("keyIndicators[\(index)].name", a.name, b.name)
            check("keyIndicators[\(index)].target", a.target, b.target)
            check("keyIndicators[\(index)].result", a.result, b.result)
        }
        check("tasks.count", expected.tasks.count, actual.tasks.count)
        for (index, (a, b)) in zip(expected.tasks, actual.tasks).enumerated() {
            check("tasks[\(index)].name", a.name, b.name)
            check("tasks[\(index)].goal", a.goal, b.goal)
            check("tasks[\(index)].goalResult", a.goalResult, b.goalResult)
            check("tasks[\(index)].indicator", a.indicator, b.indicator)
            check("tasks[\(index)].indicatorResult", a.indicatorResult, b.indicatorResult)
            check("tasks[\(index)].funds", a.funds?.value, b.funds?.value)
        }
        check("score present", expected.score != nil, actual.score != nil)
        if let a = expected.score, let b = actual.score {
            check("score.rows.count", a.rows.count, b.rows.count)
            for (index, (x, y)) in zip(a.rows, b.rows).enumerated() {
                check("score.rows[\(index)].name", x.name, y.name)
                check("score.rows[\(index)].weight", x.weight?.value, y.weight?.value)
                check("score.rows[\(index)].score", x.score?.value, y.score?.value)
            }
            check("score.total", a.total?.value, b.total?.value)
            check("score.grade", a.grade, b.grade)
        }
        return problems
    }

    @Test func huangpuSignIsCorrectedAndExplained() throws {
        let writer = try #require(Self.writer)
        let report = FormValidator().validate(fileAt: Fixtures.form("huangpu-2021.xlsx"))
        let form = try #require(report.form)
        let correction = writer.corrector.correct(form, findings: report.findings)
        #expect(correction.changes.map(\.field) == [.adjustment])
        #expect(correction.form.funds.adjustment?.value == Decimal(string: "-353.99"))

        let folder = TestFolder()
        let output = folder.file("huangpu-2021.corrected.xlsx")
        let positions = try writer.write(correction.form, changes: correction.changes, findings: report.findings, to: output)
        let cellRef = try #require(positions[.adjustment])
        let workbook = try Workbook(contentsOf: output)
        #expect(workbook.sheets.map(\.name) == ["自评表", "校验结果"])
        let cell = try #require(workbook.sheets[0].grid[cellRef])
        #expect(cell.value.asDecimal() == Decimal(string: "-353.99"))
        #expect(cell.formula == "C5-E5")
        let completionRef = try #require(positions[.completionRate])
        let completion = try #require(workbook.sheets[0].grid[completionRef])
        #expect(completion.formula == "ROUND(C6/C5,3)")
        #expect(completion.value.asDecimal() == Decimal(string: "0.978"))
        // The comment keeps the original value and the reason; the cell is filled.
        let comments = try PackageParts.text("xl/comments1.xml", in: output)
        #expect(comments.contains("原值：353.99"))
        #expect(comments.contains("adjustment-amount"))
        #expect(comments.contains("1505.02 − 1859.01 = −353.99"))
        let styles = try PackageParts.text("xl/styles.xml", in: output)
        #expect(styles.contains("FFE699"))
        // The findings sheet lists both findings, one corrected and one for a person.
        let findingsSheet = workbook.sheets[1]
        let texts = findingsSheet.cells.compactMap(\.value.text)
        #expect(texts.contains("adjustment-amount") && texts.contains("indicator-unmet"))
        #expect(texts.contains("已自动更正") && texts.contains("需人工核对"))
    }

    @Test func blankDerivedCellsAreFilledWithFormulas() throws {
        let writer = try #require(Self.writer)
        var form = Form(sheet: "自评表", year: 2022, unit: "万元", department: "测试局")
        form.funds.annualBudget = ShownDecimal(text: "1200.50")
        form.funds.initialBudget = ShownDecimal(text: "1000.00")
        form.funds.actual = ShownDecimal(text: "1100.25")
        let correction = writer.corrector.correct(form, findings: [])
        #expect(Set(correction.changes.map(\.field)) == [.completionRate, .adjustment, .adjustmentRate])
        #expect(correction.changes.allSatisfy { $0.kind == .filled })
        #expect(correction.form.funds.completionRate?.value == Decimal(string: "0.916"))   // 0.91649 → 91.6%
        #expect(correction.form.funds.adjustment?.value == Decimal(string: "200.5"))
        #expect(correction.form.funds.adjustmentRate?.value == Decimal(string: "0.201"))   // 0.2005 → 20.1% half-up
    }

    @Test func scoreTotalsAndGradeAreCorrected() throws {
        let writer = try #require(Self.writer)
        let rows = [
            ScoreRow(level1: "管理效能", weight: ShownDecimal(text: "45"), score: ShownDecimal(text: "40.00")),
            ScoreRow(level2: "资金管理", weight: ShownDecimal(text: "16"), score: ShownDecimal(text: "15.45")),
            ScoreRow(level2: "绩效管理", weight: ShownDecimal(text: "29"), score: ShownDecimal(text: "28.44")),
            ScoreRow(level1: "履职效能", weight: ShownDecimal(text: "55"), score: ShownDecimal(text: "50.00")),
        ]
        var form = Form(sheet: "自评表", department: "测试局")
        form.score = ScoreSheet(sheet: "评分表", rows: rows, total: ShownDecimal(text: "90.00"), grade: "优")
        let findings = FormValidator().check(form)
        let correction = writer.corrector.correct(form, findings: findings)
        #expect(correction.form.score?.rows[0].score?.value == Decimal(string: "43.89"))
        #expect(correction.form.score?.total?.value == Decimal(string: "93.89"))
        #expect(correction.form.score?.grade == "优")
        #expect(correction.changes.contains { $0.field == .scoreRow(0, .score) && $0.kind == .corrected })
        #expect(correction.changes.contains { $0.field == .scoreTotal && $0.kind == .corrected })
    }
}
