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

    @Test func operatorColumn() {
        #expect(parser.comparison(inOperatorCell: "≥") == .atLeast)
        #expect(parser.comparison(inOperatorCell: "＜") == .lessThan)
        #expect(parser.comparison(inOperatorCell: "反向指标") == .atMost)
        #expect(parser.comparison(inOperatorCell: "定性") == nil)
    }
}
