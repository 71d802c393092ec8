import DOCXWriter
import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// Return notices (退回意见) built from real findings of fixture forms: their items, groups and numbering, the
/// Word document LibreOffice prints, the text file, the file names and the English wording.
@Suite("Return notices")
struct ReturnNoticeTests {
    let catalog: RuleCatalog
    let words: NoticeWords
    /// 2025-12-06 05:46:40 UTC: 13:46 in China, still 5 December in Honolulu.
    let date = Date(timeIntervalSince1970: 1_765_000_000)
    let china = TimeZone(identifier: "Asia/Shanghai")!

    init() throws {
        catalog = try TemplateBundle.standard.get().rules
        words = try NoticeWords.standard.get()
    }

    /// Errors on the form's sheet and warnings: 黄埔区总工会's wrong amounts.
    func wrongAmounts() -> FileReport {
        FormValidator().validate(fileAt: Fixtures.root.appendingPathComponent("variants/wrong-amounts.openpyxl.xlsx"))
    }

    /// Errors and a note on the 评分表, the form being on 自评表: 番禺区总工会.
    func scores() -> FileReport {
        FormValidator().validate(fileAt: Fixtures.root.appendingPathComponent("variants/compact-with-scores.openpyxl.xlsx"))
    }

    func documents(_ language: MessageLanguage = .zh, round: String? = "2025年部门整体支出绩效自评") -> NoticeDocuments {
        NoticeDocuments(words: words, language: language, round: round, issuer: "黄埔区财政局", date: date, timeZone: china)
    }

    /// The text between the notice's opening sentence and its closing one: the groups and their items.
    func body(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\r\n")
        guard let start = lines.firstIndex(where: { $0.contains("经审核") || $0.contains("has been checked") }),
              let end = lines.firstIndex(where: { $0.hasPrefix("请对照") || $0.hasPrefix("Please deal") }) else { return lines }
        return Array(lines[(start + 1)..<end])
    }

    @Test func itemsAreTheFormsFindingsWithTheirCellsGroupedAndNumbered() {
        let notice = ReturnNotice(report: wrongAmounts(), catalog: catalog, language: .zh)
        #expect(notice.unit == "广州市黄埔区总工会（广州开发区总工会）")
        #expect(notice.files == ["wrong-amounts.openpyxl.xlsx"])
        #expect(notice.year == 2021)
        #expect(notice.items.map(\.rule) == [.adjustmentAmount, .taskFundsTotal, .overBudget, .indicatorUnmet])
        #expect(notice.items.map(\.place) == ["E6", "C6", "C6", "D12"])
        #expect(notice.items.map(\.ruleName) == ["年度调整额核对", "主要任务资金核对", "超预算支出", "关键指标未达标"])
        #expect(notice.items[0].message
            == "年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 −350.00。请将 E6 改为 −353.99")
        #expect(notice.count(.error) == 1 && notice.count(.warning) == 3 && notice.count(.info) == 0)
        #expect(body(documents().text(notice)) == [
            "",
            "一、强制性问题（须先修改）",
            "1. 【E6】年度调整额核对：年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 −350.00。请将 E6 改为 −353.99。",
            "",
            "二、提示性问题（须作出说明）",
            "1. 【C6】主要任务资金核对：主要任务涉及资金合计 1000 + 600 + 27.52 + 3.3 = 1630.82，超过实际支出数 1520.00，多出 110.82。请核对各项任务资金 F22:F25 与实际支出数 C6。",
            "2. 【C6】超预算支出：实际支出数 1520.00 超过年度预算数 1505.02，超支 14.98（预算完成率 101.00%）。请在「存在问题」中说明超支原因。",
            "3. 【D12】关键指标未达标：关键指标「各类活动次数」未达到预期：预期实现值 161场次，完成情况 159场次（159场次 < 161场次）。请在「存在问题」中说明未达到预期的原因。",
            "",
        ])
    }

    @Test func aCellOnTheScoreSheetIsNamedWithItsSheetAndNotesComeLast() {
        let report = scores()
        #expect(report.form?.sheet == "自评表")
        let notice = ReturnNotice(report: report, catalog: catalog, language: .zh)
        #expect(notice.unit == "广州市番禺区总工会")
        #expect(notice.items.map(\.place) == ["评分表!E7", "评分表!E5", "评分表!E3", "评分表!D10"])
        #expect(body(documents().text(notice)) == [
            "",
            "一、强制性问题（须先修改）",
            "1. 【评分表!E5】自评分超分值：「采购管理」自评分 2.50 超过分值 2。请将 评分表!E5 改为不超过 2 的分数。",
            "2. 【评分表!E3】自评分合计核对：「管理效能」的自评分应为下级指标自评分之和 15.45 + 2.50 + 26.00 = 43.95，表中填写 44.00。请将 评分表!E3 改为 43.95，或核对下级指标的自评分。",
            "3. 【评分表!D10】自评等级核对：合计自评分 96.50 对应的等级为「优」，表中填写「良」。请将 评分表!D10 改为「优」。",
            "",
            "二、其他提示（供参考）",
            "1. 【评分表!E7】文本型数字：评分表「履职效能」的自评分以文本形式填写（50），已按数值 50 读取。请将 评分表!E7 改为数值单元格。",
            "",
        ])
    }

    @Test func theListsNameAndTheRoundsItemsComeWithTheForm() {
        let duplicate = Finding(rule: .duplicateSubmission, severity: .warning, field: .department, sheet: nil, cell: nil,
                                arguments: ["unit": "黄埔区总工会", "count": "2", "counted": "总工会第2版.xlsx",
                                            "others": "wrong-amounts.openpyxl.xlsx"])
        let item = NoticeItem(finding: duplicate, formSheet: nil, catalog: catalog, language: .zh)
        #expect(item == NoticeItem(severity: .warning, rule: .duplicateSubmission, ruleName: "重复交表检查", place: nil,
                                   message: "「黄埔区总工会」交了 2 份表，以 总工会第2版.xlsx 为准，另有 wrong-amounts.openpyxl.xlsx。请与该单位确认以哪一份为准"))
        let notice = ReturnNotice(report: wrongAmounts(), listName: "黄埔区总工会", otherFiles: ["总工会.xlsx"],
                                  roundItems: [item], catalog: catalog, language: .zh)
        #expect(notice.unit == "黄埔区总工会")
        #expect(notice.files == ["wrong-amounts.openpyxl.xlsx", "总工会.xlsx"])
        #expect(notice.items.map(\.rule).last == .duplicateSubmission)
        let text = documents().text(notice)
        #expect(text.contains("\r\n黄埔区总工会：\r\n你单位在2025年部门整体支出绩效自评中报送的《2021年度部门整体支出绩效自评表》（wrong-amounts.openpyxl.xlsx、总工会.xlsx）经审核，存在以下问题，现予退回。\r\n"))
        #expect(body(text)[8] == "4. 重复交表检查：「黄埔区总工会」交了 2 份表，以 总工会第2版.xlsx 为准，另有 wrong-amounts.openpyxl.xlsx。请与该单位确认以哪一份为准。")
        // Without a department or a list name the file's name is addressed; without a year or round the form is named plainly.
        var report = wrongAmounts()
        report.form?.department = " "
        report.form?.year = nil
        let unnamed = ReturnNotice(report: report, catalog: catalog, language: .zh)
        #expect(unnamed.unit == "wrong-amounts.openpyxl")
        #expect(documents(round: nil).text(unnamed).contains("\r\n你单位报送的《部门整体支出绩效自评表》（wrong-amounts.openpyxl.xlsx）经审核"))
    }

    @Test func theDocumentHasTheHeadingAddresseeBoldCellsClosingAndTheDatePassedIn() {
        let notice = ReturnNotice(report: wrongAmounts(), catalog: catalog, language: .zh)
        let document = documents().document(notice)
        #expect(document.blocks.first == .heading("关于《部门整体支出绩效自评表》的退回意见", level: .one))
        #expect(document.blocks[1] == .paragraph([Run("广州市黄埔区总工会（广州开发区总工会）：")]))
        #expect(document.blocks.contains(.heading("一、强制性问题（须先修改）", level: .two)))
        let first = document.blocks.first { if case .paragraph(let runs) = $0 { runs.first?.text == "1. 【" } else { false } }
        guard case .paragraph(let runs)? = first else { Issue.record("no item paragraph"); return }
        #expect(runs.map(\.text) == ["1. 【", "E6", "】", "年度调整额核对", "：年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 −350.00。请将 E6 改为 −353.99。"])
        #expect(runs.map(\.bold) == [false, true, false, true, false])
        #expect(document.blocks.suffix(3) == [.paragraph(["联系人：__________　联系电话：__________"]),
                                              .paragraph(["黄埔区财政局"]), .paragraph(["2025年12月6日"])])
        #expect(document.properties == DocumentProperties(title: "关于《部门整体支出绩效自评表》的退回意见", author: "黄埔区财政局",
                                                          created: date))
        let blank = NoticeDocuments(words: words).document(notice)
        #expect(blank.blocks.suffix(2) == [.paragraph(["__________（盖章）"]), .paragraph(["　　年　　月　　日"])])
        #expect(blank.properties.created == nil)
        let honolulu = NoticeDocuments(words: words, date: date, timeZone: TimeZone(identifier: "Pacific/Honolulu")!)
        #expect(honolulu.document(notice).blocks.last == .paragraph(["2025年12月5日"]))
        let english = NoticeDocuments(words: words, language: .en, date: date, timeZone: china)
        #expect(english.document(notice).blocks.last == .paragraph(["2025-12-06"]))
    }

    @Test func theSummaryCountsTheRoundAndSaysWhenThereWasNoList() {
        let notices = [ReturnNotice(report: wrongAmounts(), catalog: catalog, language: .zh),
                       ReturnNotice(report: scores(), catalog: catalog, language: .zh)]
        var round = RoundNotice(files: 5, forms: 5, passed: 2, returned: notices.map(RoundNotice.Returned.init(notice:)),
                                missing: ["广州市黄埔区档案馆"], unreadable: [.init(file: "城管局.xlsx", reason: "文件已加密")],
                                notOnList: [.init(unit: "黄埔区老干部局", file: "老干部局.xlsx")])
        let lines = documents().text(round).components(separatedBy: "\r\n")
        #expect(Array(lines.prefix(35)) == [
            "《部门整体支出绩效自评表》退回意见汇总",
            "",
            "2025年部门整体支出绩效自评收表及审核情况如下。",
            "",
            "一、收表情况",
            "项目          数量",
            "收到的文件    5 个",
            "读出的自评表  5 份",
            "审核通过      2 份",
            "退回修改      2 家",
            "未交          1 家",
            "无法读取      1 个文件",
            "名单外        1 家",
            "",
            "二、退回修改的单位",
            "序号  单位                                    文件                               须修改  须说明  供参考",
            "1     广州市黄埔区总工会（广州开发区总工会）  wrong-amounts.openpyxl.xlsx        1       3       0",
            "2     广州市番禺区总工会                      compact-with-scores.openpyxl.xlsx  3       0       1",
            "",
            "三、未交的单位",
            "序号  单位",
            "1     广州市黄埔区档案馆",
            "",
            "四、无法读取的文件",
            "序号  文件         原因",
            "1     城管局.xlsx  文件已加密",
            "",
            "五、名单外的单位",
            "序号  单位            文件",
            "1     黄埔区老干部局  老干部局.xlsx",
            "",
            "黄埔区财政局",
            "2025年12月6日",
            "",
        ])
        round.missing = nil
        round.notOnList = nil
        round.unreadable = []
        let text = documents().text(round)
        #expect(text.contains("\r\n未交          未提供名单，不统计\r\n"))
        #expect(text.contains("\r\n名单外        未提供名单，不统计\r\n本轮未提供核定名单，无法统计未交单位和名单外单位。\r\n"))
        #expect(!text.contains("未交的单位") && !text.contains("名单外的单位"))
        #expect(text.contains("\r\n三、无法读取的文件\r\n无。\r\n"))
    }
}
