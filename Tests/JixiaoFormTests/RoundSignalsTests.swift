import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// The round's signals for 抽查 on hand-made forms and on a round of the fixture forms.
@Suite("RoundSignals")
struct RoundSignalsTests {
    let templates: TemplateBundle
    let catalog: RoundSignalCatalog

    init() throws {
        templates = try TemplateBundle.standard.get()
        catalog = try RoundSignalCatalog.standard.get()
    }

    func figure(_ text: String) -> ShownDecimal? { ShownDecimal(text: text) }

    /// A consistent form of `department` whose figures are its own (`actual` differs from unit to unit), as a
    /// report of the file `path`.
    func report(_ path: String, _ department: String?, actual: String, problems: String? = "无",
                improvements: String? = "无") -> FileReport {
        var form = HandMadeForm.huangpu()
        form.department = department
        form.funds.actual = figure(actual)
        form.problems = problems
        form.improvements = improvements
        return FileReport(path: path, status: .ok, form: form)
    }

    func signals(_ reports: [FileReport]) -> [RoundSignal] {
        RoundSignals.find(in: reports, templates: templates, catalog: catalog)
    }

    // MARK: copied-text

    @Test func theSameProblemsWithDifferentSpacingIsOneSignalNamingBothUnits() throws {
        let round = [
            report("a.xlsx", "甲单位", actual: "1400.01", problems: "预算编制不够精细，部分项目执行进度偏慢。"),
            report("b.xlsx", "乙单位", actual: "1400.02", problems: " 预算编制 不够精细, 部分项目\n执行进度偏慢 "),
            report("c.xlsx", "丙单位", actual: "1400.03", problems: "绩效目标设置不够细化，量化指标偏少。"),
        ]
        let found = signals(round)
        #expect(found.map(\.kind) == [.copiedText])
        let signal = try #require(found.first)
        #expect(signal.members.map(\.path) == ["a.xlsx", "b.xlsx"])
        #expect(signal.members.map(\.department) == ["甲单位", "乙单位"])
        #expect(signal.members.map(\.field) == [.problems, .problems])
        #expect(signal.field == .problems)
        #expect(signal.evidence == "预算编制不够精细，部分项目执行进度偏慢。")
        #expect(signal.message.zh == "2 个单位填写的「存在问题」内容相同（甲单位、乙单位）：「预算编制不够精细，部分项目执行进度偏慢。」")
        #expect(signal.message.en == "2 units wrote the same “problems” (甲单位, 乙单位): “预算编制不够精细，部分项目执行进度偏慢。”")
    }

    @Test func aTextCopiedIntoAnotherFieldAndAScoreReasonCount() throws {
        var scored = report("b.xlsx", "乙单位", actual: "1400.02")
        scored.form?.score = ScoreSheet(sheet: "评分表", rows: [
            ScoreRow(level1: "产出", weight: figure("50"), score: figure("50"), reason: "无"),
            ScoreRow(level1: "效益", weight: figure("50"), score: figure("45"), reason: "资金支付进度滞后于序时进度"),
        ], totalWeight: figure("100"), total: figure("95"))
        let round = [report("a.xlsx", "甲单位", actual: "1400.01", improvements: "资金支付进度滞后于序时进度。"), scored]
        let signal = try #require(signals(round).first)
        #expect(signals(round).count == 1)
        #expect(signal.members.map(\.field) == [.improvements, .scoreRow(1, .reason)])
        #expect(signal.message.zh.hasPrefix("2 个单位填写的「改进措施、扣分（偏差）原因」内容相同"))
    }

    @Test func genericAndShortTextsAreNotCopies() {
        let texts = ["无", "无。", " 无 ", "不适用", "不适用。", "N/A", "已按计划完成。", "资金紧张"]
        let round = texts.enumerated().map { index, text in
            report("\(index).xlsx", "单位\(index)", actual: "14\(index).5", problems: text, improvements: text)
        }
        #expect(signals(round).isEmpty)
    }

    @Test func oneUnitsTwoFilesAreNotACopy() {
        let text = "预算编制不够精细，部分项目执行进度偏慢。"
        let round = [report("a.xlsx", "甲单位", actual: "1400.01", problems: text),
                     report("a（修改版）.xlsx", "甲 单位", actual: "1400.02", problems: text)]
        #expect(signals(round).isEmpty)
    }

    @Test func copyKeysNormaliseSpacesWidthAndPunctuation() {
        #expect(catalog.copyKey(of: "预算编制 不够精细。") == "预算编制不够精细")
        #expect(catalog.copyKey(of: "（一）预算编制不够精细；") == "一预算编制不够精细")
        #expect(catalog.copyKey(of: "ＡＢＣ预算编制精细") == "abc预算编制精细")
        #expect(catalog.copyKey(of: "无。") == nil)
        #expect(catalog.copyKey(of: "不 适 用") == nil)
        #expect(catalog.copyKey(of: "资金紧张") == nil)   // shorter than minimumTextLength
        var district = catalog
        district.ignoredTexts.append("按年度计划推进工作。")
        #expect(catalog.copyKey(of: "按年度计划推进工作") == "按年度计划推进工作")
        #expect(district.copyKey(of: "按年度计划 推进工作") == nil)
    }

    // MARK: indicators-at-target

    func indicator(_ name: String, _ target: String, _ result: String, unit: String = "场次") -> KeyIndicator {
        KeyIndicator(name: name, target: target + unit, result: result + unit, targetValue: figure(target),
                     resultValue: figure(result), targetUnit: unit, resultUnit: unit)
    }

    @Test func everyIndicatorExactlyAtTargetIsASignal() throws {
        var exact = report("a.xlsx", "甲单位", actual: "1400.01")
        exact.form?.keyIndicators = [indicator("举办培训", "12", "12"), indicator("慰问职工", "3000", "3000.0", unit: "人次"),
                                     indicator("满意度", "90", "90", unit: "%"), KeyIndicator(name: "工作成效", result: "良好")]
        var short = report("b.xlsx", "乙单位", actual: "1400.02")
        short.form?.keyIndicators = [indicator("举办培训", "12", "12"), indicator("慰问职工", "3000", "2950", unit: "人次"),
                                     indicator("满意度", "90", "90", unit: "%")]
        var few = report("c.xlsx", "丙单位", actual: "1400.03")
        few.form?.keyIndicators = [indicator("举办培训", "12", "12"), indicator("满意度", "90", "90", unit: "%")]
        let found = signals([exact, short, few])
        #expect(found.map(\.kind) == [.indicatorsAtTarget])
        let signal = try #require(found.first)
        #expect(signal.members.map(\.path) == ["a.xlsx"])
        #expect(signal.field == .keyIndicators)
        #expect(signal.message.zh == "全部 3 项可量化关键指标的完成值都恰好等于预期值")
        #expect(signal.evidence == "举办培训 | 12场次 | 12场次\n慰问职工 | 3000人次 | 3000.0人次\n满意度 | 90% | 90%")
    }

    // MARK: score-above-cap

    func scored(_ path: String, annual: String, actual: String, total: String) -> FileReport {
        var report = report(path, path, actual: actual)
        report.form?.funds.annualBudget = figure(annual)
        report.form?.funds.completionRate = nil
        report.form?.score = ScoreSheet(sheet: "评分表", totalWeight: figure("100"), total: figure(total))
        return report
    }

    @Test func aTotalAboveTheCapOfItsCompletionRateIsASignalWithTheCapsNumbers() throws {
        let found = signals([scored("甲", annual: "100.00", actual: "55.00", total: "85.5"),
                             scored("乙", annual: "100.00", actual: "55.01", total: "60"),
                             scored("丙", annual: "100.00", actual: "70.00", total: "85"),
                             scored("丁", annual: "100.00", actual: "80.00", total: "98")])
        #expect(found.map(\.kind) == [.scoreAboveCap, .scoreAboveCap])
        #expect(found.map { $0.members.map(\.path) } == [["丙"], ["甲"]])
        let low = try #require(found.last)
        #expect(low.field == .scoreTotal)
        #expect(low.evidence == "85.5 > 60")
        #expect(low.message.zh == "预算完成率 55.0% 低于 60%，评分表合计自评分最多 60 分，表中为 85.5 分")
        #expect(low.message.en == "the budget completion rate 55.0% is below 60%, which caps the score total at 60; the form gives 85.5")
        #expect(found.first?.message.zh == "预算完成率 70.0% 低于 80%，评分表合计自评分最多 80 分，表中为 85 分")
    }

    @Test func withoutCapsNoTotalIsCapped() {
        var uncapped = catalog
        uncapped.scoreCaps = []
        let round = [scored("甲", annual: "100.00", actual: "10.00", total: "99")]
        #expect(RoundSignals.find(in: round, templates: templates, catalog: uncapped).isEmpty)
        #expect(signals(round).map(\.kind) == [.scoreAboveCap])
    }

    // MARK: identical-figures

    @Test func identicalFiguresInTwoUnitsAreASignalComparedInYuan() throws {
        let first = report("a.xlsx", "甲单位", actual: "1472.46")
        var inYuan = report("b.xlsx", "乙单位", actual: "14724600")
        inYuan.form?.unit = "元"
        inYuan.form?.funds.annualBudget = figure("15050200.00")
        inYuan.form?.funds.initialBudget = figure("18590100")
        var sameNumbersOtherUnit = report("c.xlsx", "丙单位", actual: "1472.46")
        sameNumbersOtherUnit.form?.unit = "元"
        let found = signals([first, inYuan, sameNumbersOtherUnit, report("d.xlsx", "丁单位", actual: "1400.00")])
        #expect(found.map(\.kind) == [.identicalFigures])
        let signal = try #require(found.first)
        #expect(signal.members.map(\.path) == ["a.xlsx", "b.xlsx"])
        #expect(signal.members.map(\.field) == [nil, nil])
        #expect(signal.evidence == "1505.02 / 1859.01 / 1472.46")
        #expect(signal.message.zh == "2 个单位的年度预算数、年初预算数、实际支出数完全相同（甲单位、乙单位）：1505.02、1859.01、1472.46 万元")
    }

    @Test func zeroOrMissingFiguresAreNotIdentical() {
        var zero = [report("a.xlsx", "甲单位", actual: "0"), report("b.xlsx", "乙单位", actual: "0.00")]
        #expect(signals(zero).isEmpty)
        zero[0].form?.funds.actual = nil
        zero[1].form?.funds.actual = nil
        #expect(signals(zero).isEmpty)
    }

    // MARK: the round

    @Test func theOrderOfTheReportsDoesNotMatter() {
        let text = "预算编制不够精细，部分项目执行进度偏慢。"
        let round = (0..<12).map { report("\($0 % 5).xlsx", "单位\($0 % 5)", actual: "1472.46", problems: text) }
        var generator = SeededGenerator(seed: 16)
        #expect(signals(round) == signals(round.shuffled(using: &generator)))
        #expect(signals(round).map(\.kind) == [.copiedText, .identicalFigures])
    }

    @Test func unreadableAndSkippedFilesAreLeftOut() {
        let round = [report("a.xlsx", "甲单位", actual: "1472.46"), .skipped("汇总.xlsx", .summary),
                     FileReport(path: "坏.xlsx", status: .unreadable)]
        #expect(signals(round).isEmpty)
    }

    /// A thousand forms, each with its own texts and figures and a tenth sharing a text: grouped, not compared
    /// pairwise; the message names the first ten units and counts the rest, the members list them all.
    @Test func aTextInAHundredOfAThousandFormsNamesTenUnitsAndCountsTheRest() throws {
        let round = (0..<1000).map { index in
            report(String(format: "%04d.xlsx", index), "单位\(index)", actual: "\(1000 + index).25",
                   problems: index % 10 == 0 ? "预算编制不够精细，部分项目执行进度偏慢。" : "第\(index)号单位的问题：资金使用效率有待提高",
                   improvements: "第\(index)号单位将加强预算管理，提高资金使用效益。")
        }
        let found = signals(round)
        #expect(found.map(\.kind) == [.copiedText])
        let signal = try #require(found.first)
        #expect(signal.members.count == 100)
        #expect(signal.members.last?.department == "单位990")
        let named = (0..<10).map { "单位\($0 * 10)" }
        #expect(signal.message.zh == "100 个单位填写的「存在问题」内容相同（\(named.joined(separator: "、"))等）：「预算编制不够精细，部分项目执行进度偏慢。」")
        #expect(signal.message.en == "100 units wrote the same “problems” (\(named.joined(separator: ", ")), …): “预算编制不够精细，部分项目执行进度偏慢。”")
    }

    /// The fixture forms as one round (`Tests/Fixtures/forms` and `variants`): nearly all are the Huangpu seed
    /// rebuilt, and the variants that change its 部门名称 make it look like four units: the files naming
    /// 黄埔区总工会 (one unit), the two naming no unit (each its own) and the one naming 广州市某某局. So the seed's
    /// 存在问题, its 改进措施 and its figures are each flagged once, naming those four; nothing else is (番禺区's
    /// texts are its own, and no other variant names another unit).
    @Test func theFixtureRoundFlagsOnlyTheSeedCopiedAcrossNames() throws {
        let validator = FormValidator()
        let files = Fixtures.files(in: Fixtures.forms, suffix: ".xlsx")
            + Fixtures.files(in: Fixtures.root.appendingPathComponent("variants"), suffix: ".xlsx")
        let reports = files.flatMap { file in
            validator.validateForms(fileAt: file, path: file.path.replacingOccurrences(of: Fixtures.root.path + "/", with: ""))
        }
        #expect(reports.filter { $0.form != nil }.count > 50)
        let huangpuTexts = try #require(reports.first { $0.path == "forms/huangpu-2021.xlsx" }?.form)
        let found = signals(reports)
        #expect(found.map(\.kind) == [.copiedText, .copiedText, .identicalFigures])
        #expect(found.map(\.field.rawValue) == ["improvements", "problems", "funds"])
        #expect(found.first?.evidence == huangpuTexts.improvements)
        #expect(found.dropFirst().first?.evidence == "活动次数因疫情原因未达到预期次数")   // the variants' shorter 存在问题
        #expect(found.map { Set($0.members.compactMap(\.department)) }.allSatisfy {
            $0 == ["广州市黄埔区总工会（广州开发区总工会）", "广州市某某局"]
        })
        let signal = try #require(found.last)
        #expect(Set(signal.members.map { $0.department ?? "-" }) == ["广州市黄埔区总工会（广州开发区总工会）", "广州市某某局", "-"])
        #expect(signal.members.filter { $0.department == nil }.map(\.path)
                == ["variants/department-blank-title.openpyxl.xlsx", "variants/department-region-title.openpyxl.xlsx"])
        #expect(signal.members.contains { $0.path == "variants/yuan-unit.openpyxl.xlsx" }, "the same figures in 元")
        #expect(!signal.members.contains { $0.path.hasPrefix("forms/panyu") })
        #expect(signal.evidence == "1505.02 / 1859.01 / 1472.46")
        #expect(signal.message.zh.hasPrefix("4 个单位的年度预算数、年初预算数、实际支出数完全相同"))
    }

    /// Two fixture forms of different units, the second given the first's 存在问题 with other spacing and
    /// full-width punctuation made half-width.
    @Test func twoFixtureUnitsSharingTheirProblems() throws {
        let validator = FormValidator()
        let huangpu = validator.validate(fileAt: Fixtures.form("huangpu-2021.xlsx"), path: "huangpu-2021.xlsx")
        var panyu = validator.validate(fileAt: Fixtures.form("panyu-2021.xlsx"), path: "panyu-2021.xlsx")
        #expect(signals([huangpu, panyu]).isEmpty)
        let problems = try #require(huangpu.form?.problems)
        panyu.form?.problems = "  " + problems.replacingOccurrences(of: "，", with: ", ").replacingOccurrences(of: "。", with: ".\n")
        let found = signals([huangpu, panyu])
        #expect(found.map(\.kind) == [.copiedText])
        #expect(found.first?.members.map(\.department) == [huangpu.form?.department, panyu.form?.department])
        #expect(found.first?.evidence == problems)
    }

    @Test func everyKindHasAMessageInBothLanguagesWithTheSamePlaceholders() throws {
        for kind in RoundSignalKind.all {
            let message = try #require(catalog.messages[kind.rawValue], "\(kind)")
            #expect(!message.zh.isEmpty && !message.en.isEmpty)
            #expect(Set(MessageRenderer.placeholders(in: message.zh)) == Set(MessageRenderer.placeholders(in: message.en)), "\(kind)")
        }
        #expect(catalog.problems().isEmpty)
        var broken = catalog
        broken.messages[RoundSignalKind.scoreAboveCap.rawValue] = nil
        broken.scoreCaps.append(.init(completionRateBelow: 60, totalAtMost: 60))
        #expect(broken.problems() == ["no message for score-above-cap", "the cap at 60 is not a rate between 0 and 1"])
    }

    @Test func theCapIsTheLowestThatApplies() {
        #expect(catalog.cap(forCompletionRate: Decimal(string: "0.55") ?? 0)?.totalAtMost == 60)
        #expect(catalog.cap(forCompletionRate: Decimal(string: "0.6") ?? 0)?.totalAtMost == 80)
        #expect(catalog.cap(forCompletionRate: Decimal(string: "0.8") ?? 0) == nil)
    }
}
