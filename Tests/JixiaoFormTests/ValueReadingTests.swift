import Foundation
@testable import JixiaoForm
import Testing
import XLSXReader

/// Figures as the sheet shows them: number formats, numbers typed as text, rates, not-applicable marks.
@Suite("Reading values")
struct ValueReadingTests {
    let templates: TemplateBundle
    let figures: FigureReader

    init() throws {
        templates = try TemplateBundle.standard.get()
        figures = FigureReader(template: templates.form)
    }

    func number(_ text: String, _ code: String? = nil) -> Cell {
        Cell(row: 0, column: 0, value: .number(text), numberFormat: code.map { NumberFormat(id: 164, customCode: $0) } ?? .general)
    }

    @Test(arguments: [
        ("1505.02", "0.00", "1505.02"), ("1859.01", "#,##0.00", "1859.01"), ("3.3", nil, "3.3"),
        ("0.9762999999999999", "0.00%", "0.9763"), ("-0.19", "0.0%", "-0.190"), ("0.978", "0.0%", "0.978"),
        ("1505.0199999999999", nil, "1505.02"), ("4", "0.00", "4.00"), ("1505.02", "#,##0", "1505"),
        ("0.97836573600351828", nil, "0.978365736"), ("353.99", "0.00_ ;[Red]\\-0.00\\ ", "353.99"),
    ] as [(String, String?, String)])
    func numberCellsAsShown(_ stored: String, _ code: String?, _ shown: String) {
        #expect(figures.read(number(stored, code)).figure?.value.text == shown)
    }

    @Test(arguments: [
        ("1,505.02", "1505.02", false), ("１，５０５．０２", "1505.02", false), (" 1 505.02 ", "1505.02", false),
        ("97.8%", "0.978", true), ("97.84%", "0.9784", true), ("97.8％", "0.978", true), ("-19.0％", "-0.190", true),
        ("(353.99)", "-353.99", false), ("−353.99", "-353.99", false), ("1505.02万元", "1505.02", false),
        ("¥1,505.02", "1505.02", false), ("<p>66.45</p>", "66.45", false),
    ])
    func numbersTypedAsText(_ typed: String, _ value: String, _ percent: Bool) throws {
        let figure = try #require(figures.read(text: typed).figure)
        #expect(figure.value.text == value)
        #expect(figure.typedAsText)
        #expect(figure.shownAsPercent == percent)
    }

    @Test(arguments: ["--", "—", "--%", " - ", "--%（基数为0，不可比）", "基数为0"])
    func notApplicable(_ typed: String) {
        if case .notApplicable = figures.read(text: typed) {} else { Issue.record("\(typed) should be not applicable") }
    }

    @Test(arguments: ["一千", "约1500", "1505.02.1", "abc"])
    func notNumbers(_ typed: String) {
        if case .unreadable = figures.read(text: typed) {} else { Issue.record("\(typed) should not read as a number") }
    }

    @Test func blankAndFormulaWithoutResult() {
        #expect(figures.read(nil as Cell?) == .blank)
        #expect(figures.read(nil as LabelAnchor?) == .blank)
        #expect(figures.read(Cell(row: 0, column: 0, value: .empty, formula: "C6/C5")) == .blank)
        #expect(figures.read(text: "<p> </p>") == .blank)
    }

    @Test func bareRatesFollowTheAmounts() throws {
        let points = try #require(figures.read(number("97.8")).figure)
        #expect(FigureReader.rate(from: points, reference: Decimal(string: "0.97836")).text == "0.978")
        #expect(FigureReader.rate(from: points, reference: nil).text == "0.978")
        let fraction = try #require(figures.read(number("0.978")).figure)
        #expect(FigureReader.rate(from: fraction, reference: Decimal(string: "0.97836")).text == "0.978")
        let hundred = try #require(figures.read(number("1")).figure)
        #expect(FigureReader.rate(from: hundred, reference: Decimal(string: "0.99")).text == "1")
        let negative = try #require(figures.read(number("-19")).figure)
        #expect(FigureReader.rate(from: negative, reference: nil).text == "-0.19")
    }

    @Test func decimalMath() {
        #expect(DecimalMath.rounded(dec("0.976279"), places: 4) == dec("0.9763"))
        #expect(DecimalMath.rounded(dec("0.9785"), places: 3) == dec("0.979"))
        #expect(DecimalMath.rounded(dec("-0.1905"), places: 3) == dec("-0.191"))
        #expect(DecimalMath.text(dec("-0.19"), places: 3) == "-0.190")
        #expect(DecimalMath.text(dec("-0.0001"), places: 2) == "0.00")
        #expect(DecimalMath.text(dec("15050200"), places: 2) == "15050200.00")
        #expect(DecimalMath.halfUnit(places: 2) == dec("0.005"))
        #expect(DecimalMath.halfUnit(places: 0) == dec("0.5"))
        #expect(ShownDecimal(text: "3.30")?.places == 2)
        #expect(ShownDecimal(text: "0.978")?.percentText == "97.8%")
    }

    @Test func textCleaning() {
        #expect(TextCleaner.clean("<p>预算要进一步细化准确</p>") == "预算要进一步细化准确")
        #expect(TextCleaner.clean("<p>a</p><p>b</p>") == "a\nb")
        #expect(TextCleaner.clean("增强职工幸福获得感 and 安全感") == "增强职工幸福获得感 and 安全感")
        #expect(TextCleaner.clean("a &lt; b&nbsp;") == "a < b")
        #expect(TextCleaner.clean("x < y and y > z") == "x < y and y > z")
        #expect(TextCleaner.clean("<p>&nbsp;</p>") == nil)
        #expect(TextCleaner.clean("<br/>") == nil)
    }

    @Test func labelNormalisation() {
        let normalizer = LabelNormalizer(stripPatterns: templates.form.normalisation.stripPatterns)
        #expect(normalizer.normalise("整体支出年度\n预算数（万元）：") == "整体支出年度预算数")
        #expect(normalizer.normalise("一、部门资金情况") == "部门资金情况")
        #expect(normalizer.normalise("其中：一般公共预算") == "其中:一般公共预算")
        #expect(normalizer.normalise("全年预算数（A）") == "全年预算数")
        #expect(normalizer.normalise("执行率(B/A)") == "执行率")
        #expect(normalizer.normalise("部门（单位）名称") == "部门(单位)名称")
        #expect(normalizer.normalise("预算完成率(%)") == "预算完成率")
        #expect(normalizer.normalise("<p>存在问题</p>") == "存在问题")
        #expect(normalizer.normalise("填报单位（盖章）：") == "填报单位")
    }
}
