import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// The seed report with errors put in, one at a time and in pairs (in its .md lines and in pdftotext's lines),
/// and reports in other phrasings: each error found with its rule, field and values, and nothing else (where
/// an error in the report also makes it disagree with the table, both findings are given: they are two facts).
@Suite("Narrative statements: variants")
struct NarrativeVariantTests {
    static let checker = Result { try NarrativeChecker() }
    static let english = Result { try NarrativeChecker(language: .en) }
    static let form = FormValidator().validate(fileAt: Fixtures.form("panyu-2021.xlsx")).form

    /// A finding as the tests compare it: rule, field, stated, expected.
    static func summary(_ finding: Finding) -> String {
        "\(finding.rule) \(finding.field) \(finding.stated?.description ?? "-") → \(finding.expected?.description ?? "-")"
    }

    static func findings(md edits: [(String, String)], against form: Form? = form) throws -> [Finding] {
        var text = try ReportText.seedMarkdown()
        for (old, new) in edits { text = try ReportText.editing(text, old, new) }
        return try checker.get().check(ReportText.markdown(text), against: form).findings
    }

    static func findings(pdf edits: [(String, String)]) throws -> [Finding] {
        var text = try ReportText.seedPDFText()
        for (old, new) in edits { text = try ReportText.editing(text, old, new) }
        return try checker.get().check(ReportText.pdfText(text), against: form).findings
    }

    @Test func aRate() throws {
        let findings = try Self.findings(md: [("完成预算1162.96万元的96.34%", "完成预算1162.96万元的96.43%")])
        #expect(findings.map(Self.summary) == ["report-rate report 0.9643 → 0.9634"])
        let finding = try #require(findings.first)
        #expect(finding.message == "「一般公共预算财政拨款收入」的完成率应为 1120.44 ÷ 1162.96 = 96.3438%，按报告中的精度为 96.34%，"
            + "报告写 96.43%。请将报告中的 96.43% 改为 96.34%")
        #expect(finding.quote == "1.一般公共预算财政拨款收入1120.44万元，完成预算1162.96万元的96.43%。")
        #expect(finding.severity == .error && finding.page == nil)
        // The total's rate states the table's 预算完成率 too: both.
        #expect(try Self.findings(md: [("的97.63%", "的97.36%")]).map(Self.summary)
            == ["report-rate funds.completionRate 0.9736 → 0.9763", "report-table-mismatch funds.completionRate 0.9736 → 0.9763"])
    }

    @Test func aRateInThePDFLines() throws {
        // 完成预算 1162.96 万元的 / 96.34%。 — the rate on the next line.
        let findings = try Self.findings(pdf: [("96.34%。", "96.43%。")])
        #expect(findings.map(Self.summary) == ["report-rate report 0.9643 → 0.9634"])
        let finding = try #require(findings.first)
        #expect(finding.quote == "1.一般公共预算财政拨款收入 1120.44 万元，完成预算 1162.96 万元的96.43%。")
        #expect(finding.page == 3)
        let document = ReportText.pdfText(try ReportText.seedPDFText())
        #expect(document.paragraphs[try #require(finding.paragraph) - 1].text.hasPrefix("1.一般公共预算财政拨款收入"))
    }

    @Test func aPart() throws {
        let findings = try Self.findings(md: [("公用经费 71.67 万元", "公用经费 71.76 万元")])
        #expect(findings.map(Self.summary) == ["report-sum report 1006.64 → 1006.73"])
        #expect(findings.first?.message == "「基本支出」应为其各分项之和 934.97 + 71.76 = 1006.73，报告写 1006.64，相差 −0.09。"
            + "请核对报告中「基本支出」与其各分项")
        // A numbered income, so the list no longer adds up to 本年收入.
        #expect(try Self.findings(md: [("5.事业收入 53.04 万元，完成预算 53.04 万元的 100%", "5.事业收入 53.40 万元，完成预算 53.04 万元的 100.68%")])
            .map(Self.summary) == ["report-sum report 1178.61 → 1178.97"])
        // One 其中 part larger than its whole.
        // One 其中 part larger than its whole; it is also the total of the numbered expenses, which add up to less.
        let part = try Self.findings(md: [("其中本年支出 1538.82 万元", "其中本年支出 1583.82 万元")])
        #expect(part.map(Self.summary) == ["report-sum report 1583.82 → 1538.82", "report-sum report 1583.82 → 1538.82"])
        #expect(part.map(\.messageKey) == ["report-sum.part", "report-sum"])
        #expect(part.first?.message == "「本年支出」1583.82 是「总支出」的其中一项，不应超过「总支出」1538.82，多出 45.00。"
            + "请核对报告中「总支出」与「本年支出」")
    }

    @Test func aScore() throws {
        let findings = try Self.findings(md: [("管理效能分值 45 分，自评分为 43.89 分", "管理效能分值 45 分，自评分为 43.98 分")])
        #expect(findings.map(Self.summary) == [
            "report-score score.total 96.39 → 96.48",           // the level-1 scores against the total
            "report-score score.rows[0] 43.98 → 43.89",         // 管理效能 against its children
            "report-table-mismatch score.rows[0] 43.98 → 43.89", // and against the 评分表
        ])
        #expect(findings.first?.message == "合计自评分（「部门整体支出绩效」）应为一级指标自评分之和 43.98 + 50 + 2.5 = 96.48，"
            + "报告写 96.39。请核对报告中「部门整体支出绩效」及其下级指标的自评分")
        // A score above its 分值.
        // A score above its 分值, checked with no table: the total is still known as the report's total.
        let over = try Self.findings(md: [("2、履职效能分值 50 分，自评分为 50 分", "2、履职效能分值 50 分，自评分为 52 分")], against: nil)
        #expect(over.map(Self.summary) == ["report-score score.total 96.39 → 98.39", "report-score report 52 → 50"])
        #expect(over.last?.message == "「履职效能」自评分 52 超过分值 50。请将报告中「履职效能」的自评分改为不超过 50 的分数")
    }

    @Test func aGrade() throws {
        let findings = try Self.findings(md: [("自评分 96.39 分。", "自评分 96.39 分，自评等级为良。")])
        #expect(findings.map(Self.summary) == ["report-grade score.grade 良 → 优", "report-table-mismatch score.grade 良 → 优"])
        #expect(findings.first?.message == "自评分 96.39 对应的等级为「优」，报告写「良」。请将报告中的自评等级改为「优」")
        #expect(try Self.findings(md: [("自评分 96.39 分。", "自评分 96.39 分，自评等级为优。")]).isEmpty)
        #expect(try Self.findings(md: [("自评分 96.39 分。", "自评分 96.39 分，自评等级为“优秀”。")]).isEmpty, "an alias, quoted")
    }

    @Test func aTasksSpending() throws {
        // The spending and its rate changed together: only the table disagrees.
        let findings = try Self.findings(md: [("本年度支出227.9万元，完成预算数271.5万元的83.94%", "本年度支出237.9万元，完成预算数271.5万元的87.62%")])
        #expect(findings.map(Self.summary) == ["report-table-mismatch tasks[0].funds 237.9 → 227.9"])
        #expect(findings.first?.message == "报告中「基层组织建设」为 237.9万元，自评表任务涉及资金为 227.9万元。请核对报告与自评表，使两者一致")
        // In the PDF lines, the task broken over two lines.
        #expect(try Self.findings(pdf: [("本年度支出 53.88 万元，完成", "本年度支出 53.08 万元，完成")]).map(Self.summary)
            == ["report-rate report 0.9796 → 0.9651", "report-table-mismatch tasks[2].funds 53.08 → 53.88"])
    }

    @Test func theTotalScoreAgainstTheScoreSheet() throws {
        // The total and a level-1 score changed together: the report adds up, the 评分表 does not agree.
        let findings = try Self.findings(md: [("自评分 96.39 分。", "自评分 95.39 分。"), ("2、履职效能分值 50 分，自评分为 50 分", "2、履职效能分值 50 分，自评分为 49 分")])
        #expect(findings.map(Self.summary) == ["report-table-mismatch score.total 95.39 → 96.39",
                                                 "report-table-mismatch score.rows[7] 49 → 50.00"])
        #expect(findings.last?.message == "报告中「履职效能」的自评分为 49，评分表「履职效能」的自评分为 50.00。请核对报告与自评表，使两者一致")
    }

    @Test func theReportsActualSpendingAgainstTheTables() throws {
        let findings = try Self.findings(md: [("总支出 1538.82 万元，其中本年支出", "总支出 1548.82 万元，其中本年支出")])
        #expect(findings.map(Self.summary) == ["report-table-mismatch funds.actual 1548.82 → 1538.82"])
        #expect(findings.first?.message == "报告中「总支出」为 1548.82万元，自评表实际支出数为 1538.82万元。请核对报告与自评表，使两者一致")
        let english = try Self.english.get().check(ReportText.markdown(try ReportText.editing(
            try ReportText.seedMarkdown(), "总支出 1538.82 万元，其中本年支出", "总支出 1548.82 万元，其中本年支出")), against: Self.form)
        #expect(english.findings.first?.message == "the report gives “总支出” as 1548.82万元, but the table's actual spending is 1538.82万元. "
            + "Make the report and the table agree")
    }

    @Test func anAmountInYuanAgainstATableInTenThousands() throws {
        // 227.9 万元 written 2,279,000 元: the same amount, no finding.
        #expect(try Self.findings(md: [("本年度支出227.9万元", "本年度支出2,279,000元")]).isEmpty)
        // 2,279,100 元 is 227.91 万元: the table's 227.9 万元 is 2,279,000 元. The rate still holds (83.94%).
        let findings = try Self.findings(md: [("本年度支出227.9万元", "本年度支出2,279,100元")])
        #expect(findings.map(Self.summary) == ["report-table-mismatch tasks[0].funds 2279100 → 2279000"])
        #expect(findings.first?.message == "报告中「基层组织建设」为 2279100元，自评表任务涉及资金为 227.9万元（即 2279000元）。请核对报告与自评表，使两者一致")
        // A table in 元 against the report's 万元.
        var inYuan = try #require(Self.form)
        inYuan.unit = "元"
        inYuan.funds.actual = ShownDecimal(text: "15388200")
        #expect(try Self.findings(md: [], against: inYuan).map(Self.summary).filter { $0.contains("funds.actual") } == [])
        inYuan.funds.actual = ShownDecimal(text: "15388250")
        #expect(try Self.findings(md: [], against: inYuan).map(Self.summary).filter { $0.contains("funds.actual") }
            == ["report-table-mismatch funds.actual 1538.82 → 1538.8250", "report-table-mismatch funds.actual 1538.82 → 1538.8250"])
    }

    @Test func pairsOfErrors() throws {
        let findings = try Self.findings(md: [("完成预算1162.96万元的96.34%", "完成预算1162.96万元的96.43%"),
                                              ("自评分为 1.94 分", "自评分为 1.49 分")])
        #expect(findings.map(Self.summary) == ["report-rate report 0.9643 → 0.9634", "report-score score.rows[0] 43.89 → 43.44",
                                                 "report-table-mismatch score.rows[2] 1.49 → 1.94"])
        let pdf = try Self.findings(pdf: [("公用经费 71.67 万元", "公用经费 71.76 万元"), ("预算数 55 万元的 97.96%", "预算数 55 万元的 97.69%")])
        #expect(pdf.map(Self.summary) == ["report-sum report 1006.64 → 1006.73", "report-rate report 0.9769 → 0.9796"])
        #expect(pdf.map(\.page) == [3, 5])
    }

    /// Full-width digits and punctuation, thousands separators, spaces between digits and units.
    @Test func fullWidthAndSeparators() throws {
        #expect(try Self.findings(md: [("总收入1538.82万元，完成预算1576.21万元的97.63%", "总收入１，５３８．８２ 万元，完成预算 1,576.21万元的９７．６３％")]).isEmpty)
        let check = try Self.checker.get().check(ReportText.markdown(try ReportText.editing(try ReportText.seedMarkdown(),
            "总收入1538.82万元，完成预算1576.21万元的97.63%", "总收入１，５３８．８２ 万元，完成预算 1,576.21万元的９７．３６％")), against: Self.form)
        #expect(check.findings.map(Self.summary).first == "report-rate funds.completionRate 0.9736 → 0.9763")
        #expect(check.statements.first { $0.label == "总收入" }?.value?.text == "1538.82")
    }

    /// Another unit's report in other words: 预算执行率为, 元, 得分, 满分, 完成年初预算, 自评等级为.
    static let otherReport = """
        # 某区文化馆2022年度部门整体支出绩效自评报告
        ## 一、部门收支情况
        本馆2022年度年度预算数为1,000.00万元，实际支出952.00万元，预算执行率为95.2%。
        其中：基本支出 600.00 万元，项目支出 352.00 万元。
        ## 二、重点项目支出
        一是设备购置。支出 1,200,000 元，完成年初预算 1,250,000 元的 96%。
        二是文化惠民演出。全年支出86.5万元，完成年度预算数90万元的96.11%。
        ## 三、自评结论
        本馆部门整体支出绩效满分 100 分，得分 91.5 分，自评等级为优。具体情况如下：
        1、管理效能 45 分，得分 42 分。
        2、履职效能 50 分，得分 47 分。
        3、加减分项 5 分，得分 2.5 分。
        """

    @Test func anotherPhrasing() throws {
        let check = try Self.checker.get().check(ReportText.markdown(Self.otherReport))
        #expect(check.findings.isEmpty, "\(check.findings.map(\.message))")
        let relations = Set(check.relations.map { NarrativeStatementTests.described($0, in: check) })
        for row in ["rate 实际支出: 952.00 / 1000.00 = 95.2%", "sum 952.00 = 600.00 + 352.00",
                    "rate 设备购置: 1200000 / 1250000 = 96%", "rate 文化惠民演出: 86.5 / 90 = 96.11%",
                    "scores 91.5 = 42 + 47 + 2.5", "weights 100 = 45 + 50 + 5", "grade 优 ← 91.5"] {
            #expect(relations.contains(row), "\(row)")
        }
        #expect(check.statements.first { $0.value?.text == "1200000" }?.unit == "元")
        let edits: [(String, String, [String])] = [
            ("预算执行率为95.2%", "预算执行率为95.8%", ["report-rate funds.completionRate 0.958 → 0.952"]),
            ("自评等级为优", "自评等级为良", ["report-grade score.grade 良 → 优"]),
            ("1、管理效能 45 分，得分 42 分", "1、管理效能 45 分，得分 43 分", ["report-score score.total 91.5 → 92.5"]),
            ("完成年初预算 1,250,000 元的 96%", "完成年初预算 1,250,000 元的 95%", ["report-rate report 0.95 → 0.96"]),
            ("项目支出 352.00 万元", "项目支出 325.00 万元", ["report-sum funds.actual 952.00 → 925.00"]),
        ]
        for (old, new, expected) in edits {
            let edited = try Self.checker.get().check(ReportText.markdown(try ReportText.editing(Self.otherReport, old, new)))
            #expect(edited.findings.map(Self.summary) == expected, "\(new)")
        }
    }

    /// The other report against a table of its own in 元: figures converted exactly, matched by field.
    @Test func anotherPhrasingAgainstATableInYuan() throws {
        var form = Form(sheet: "自评表", unit: "元", department: "某区文化馆")
        form.funds.annualBudget = ShownDecimal(text: "10000000")
        form.funds.actual = ShownDecimal(text: "9520000")
        form.funds.completionRate = ShownDecimal(text: "0.952")
        form.tasks = [MainTask(name: "设备购置", funds: ShownDecimal(text: "1200000")),
                      MainTask(name: "文化惠民演出", funds: ShownDecimal(text: "865000"))]
        form.score = ScoreSheet(sheet: "评分表", rows: [ScoreRow(level1: "管理效能", weight: ShownDecimal(text: "45"), score: ShownDecimal(text: "42")),
                                                       ScoreRow(level1: "履职效能", weight: ShownDecimal(text: "50"), score: ShownDecimal(text: "47")),
                                                       ScoreRow(level1: "加减分项", weight: ShownDecimal(text: "5"), score: ShownDecimal(text: "2.5"))],
                                totalWeight: ShownDecimal(text: "100"), total: ShownDecimal(text: "91.5"), grade: "优")
        #expect(try Self.checker.get().check(ReportText.markdown(Self.otherReport), against: form).findings.isEmpty)
        form.tasks[1].funds = ShownDecimal(text: "856000")
        form.score?.rows[1].score = ShownDecimal(text: "46")
        let findings = try Self.checker.get().check(ReportText.markdown(Self.otherReport), against: form).findings
        #expect(findings.map(Self.summary) == ["report-table-mismatch tasks[1].funds 86.5 → 85.6000",
                                                 "report-table-mismatch score.rows[1] 47 → 46"])
    }
}
