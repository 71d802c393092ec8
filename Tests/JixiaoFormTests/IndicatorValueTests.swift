import Foundation
@testable import JixiaoForm
import Testing

/// Key-indicator texts per domain.md §6.2.
@Suite("Indicator values")
struct IndicatorValueTests {
    let parser: IndicatorValueParser

    init() throws {
        parser = IndicatorValueParser(grammar: try TemplateBundle.standard.get().indicatorGrammar)
    }

    @Test(arguments: [
        ("161场次", "161", "场次", nil), ("新增80家", "80", "家", nil), ("90%", "90", "%", nil), ("98％", "98", "%", nil),
        ("≥90%", "90", "%", "atLeast"), ("不少于100家", "100", "家", "atLeast"), ("95%以上", "95", "%", "atLeast"),
        ("不超过2次", "2", "次", "atMost"), ("≤5起", "5", "起", "atMost"), ("１６１场次", "161", "场次", nil),
        ("11482人", "11482", "人", nil), ("60户次", "60", "户次", nil), ("30,000本", "30000", "本", nil),
        ("控制在100万元以内", "100", "万元", "atMost"), ("完成率达到 97.5%", "97.5", "%", nil),
    ] as [(String, String, String?, String?)])
    func singleFigures(_ text: String, _ value: String, _ unit: String?, _ comparison: String?) throws {
        let reading = try #require(parser.parse(text, side: .target))
        #expect(reading.value.text == value)
        #expect(reading.unit == unit)
        #expect(reading.comparison?.rawValue == comparison)
    }

    /// Units the grammar does not list are the letters after the number; spellings of one unit read as one.
    @Test(arguments: [
        ("120公顷", "120", "公顷"), ("≥3平方公里", "3", "平方公里"), ("3.2平方千米", "3.2", "平方公里"),
        ("受益2.3万人", "2.3", "万人"), ("5千米", "5", "公里"), ("12km", "12", "公里"), ("8km²", "8", "平方公里"),
        ("1250立方米以上", "1250", "立方米"), ("≤3万元/公里", "3", "万元/公里"), ("新增80家企业", "80", "家"),
        ("服务3万人次", "3", "万人次"), ("建成40个社区", "40", "个"), ("约20吨左右", "20", "吨"),
        ("完成造林115公顷，森林覆盖率提升", "115", "公顷"),
    ] as [(String, String, String?)])
    func unitsAreTheTextAfterTheNumber(_ text: String, _ value: String, _ unit: String?) throws {
        let reading = try #require(parser.parse(text, side: .result))
        #expect(reading.value.text == value)
        #expect(reading.unit == unit)
    }

    @Test func aUnitColumnIsSpelledAsTextsAreRead() {
        #expect(parser.unit(named: "千米") == "公里")
        #expect(parser.unit(named: " km ") == "公里")
        #expect(parser.unit(named: "公顷") == "公顷")
    }

    @Test func aYearIsStillNoFigureWithUnitsRead() {
        #expect(parser.parse("2021年度完成", side: .result) == nil)
        #expect(parser.parse("3月份", side: .result) == nil)
    }

    @Test func theFigureAfterActualIsTheResult() {
        let text = "2021年度计划新增基层工会80家，实际新增99家"
        #expect(parser.parse(text, side: .result)?.value.text == "99")
        #expect(parser.parse(text, side: .target)?.value.text == "80")
    }

    @Test(arguments: ["不发生安全事故", "全年完成各类工作任务", "2021年度", "1.设定目标 2.完成任务", "第3届比赛", "保持稳定",
                      "3月5日前完成"])
    func noFigure(_ text: String) {
        #expect(parser.parse(text, side: .result) == nil)
    }

    @Test func severalFiguresWithoutKeywordAreNotOne() {
        #expect(parser.parse("印制工会《会员证》30000本，工会组建新增99家", side: .result) == nil)
    }

    @Test func ranges() throws {
        let reading = try #require(parser.parse("90%-95%", side: .target))
        #expect(reading.value.text == "90")
        #expect(reading.upperValue?.text == "95")
        #expect(reading.unit == "%")
    }

    @Test(arguments: [
        ("各类活动次数", IndicatorDirection.higher), ("活动安全事故达标率", .higher), ("劳资纠纷发生率", .lower),
        ("安全事故", .lower), ("公用经费控制率", .lower), ("投诉处理满意度", .higher), ("服务群体满意度", .higher),
        ("工会组建新增量", .higher),
    ])
    func directionFromName(_ name: String, _ direction: IndicatorDirection) {
        #expect(parser.direction(forName: name) == direction)
    }

    /// The counted thing decides, not the measure word or a verb: each of these counts something bad.
    @Test(arguments: [
        "安全事故发生次数", "群众投诉次数", "差错次数", "逾期天数", "违规违纪次数", "工作失误次数", "项目超支金额",
        "工程返工次数", "越级上访人次", "信访件数", "人员伤亡人数", "经济损失金额", "数据漏报错报次数", "案件积压数量",
        "拖欠工资金额", "安全隐患数量", "事故发生率", "差错率", "投诉率", "不合格率", "房屋空置率", "单位运行成本",
        "减少投诉次数", "降低行政成本", "投诉增长率", "成本增长率", "新增投诉件数", "未整改隐患数", "不达标项目数",
        "未完成项目数", "不满意人数", "不合格产品批次",
        "审批办理时限", "投诉办结时限", "设备故障次数", "重复投诉率", "公用经费控制率", "能耗总量",
    ])
    func lowerIsBetterWhateverElseTheNameSays(_ name: String) {
        #expect(parser.direction(forName: name) == .lower, "\(name)")
    }

    /// These name a bad thing (or a 次数, 发生, 增长) but count something good: a decrease, a rate of handling, an
    /// absence.
    @Test(arguments: [
        "投诉下降率", "安全事故下降率", "成本降低率", "支出压减比例", "成本节约率", "投诉办结率", "群众信访事项办结率",
        "安全隐患整改率", "隐患整改完成率", "整改隐患数", "挽回经济损失", "挽回损失金额", "欠款清收率", "劳资纠纷调处率",
        "安全事故处置及时率", "投诉处理满意度", "无事故天数", "无投诉率", "差错更正率", "各类活动次数", "培训人次",
        "收入增长率", "合格率", "活动安全事故达标率", "事故报告准确率",
    ])
    func higherIsBetterDespiteAMisleadingWord(_ name: String) {
        #expect(parser.direction(forName: name) == .higher, "\(name)")
    }

    @Test func operatorColumn() {
        #expect(parser.comparison(inOperatorCell: "≥") == .atLeast)
        #expect(parser.comparison(inOperatorCell: "＜") == .lessThan)
        #expect(parser.comparison(inOperatorCell: "反向指标") == .atMost)
        #expect(parser.comparison(inOperatorCell: "定性") == nil)
    }
}
