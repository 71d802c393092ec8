import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

@Suite("Reference list: matching forms and accounting for the round")
struct RoundAccountingTests {
    static let templates = try? TemplateBundle.standard.get()
    static let vocabulary = try? ReferenceVocabulary.standard.get()

    static func list(_ name: String) throws -> ReferenceList {
        try ReferenceList(contentsOf: Fixtures.root.appendingPathComponent("reference/\(name)"),
                          template: try #require(templates).form, vocabulary: try #require(vocabulary))
    }

    /// The fixture forms of one round: the five units of one workbook, 黄埔 and 番禺, and 黄埔 again as 第2版.
    static func reports() -> [FileReport] {
        let validator = FormValidator()
        var reports = validator.validateForms(fileAt: Fixtures.root.appendingPathComponent("workbooks/five-units.openpyxl.xlsx"),
                                              path: "five-units.openpyxl.xlsx")
        reports.append(validator.validate(fileAt: Fixtures.form("huangpu-2021.xlsx"), path: "黄埔/huangpu-2021.xlsx"))
        reports.append(validator.validate(fileAt: Fixtures.form("panyu-2021.xlsx"), path: "番禺/panyu-2021.xlsx"))
        reports.append(validator.validate(fileAt: Fixtures.form("huangpu-2021.xlsx"), path: "黄埔/huangpu-2021第2版.xlsx"))
        return reports
    }

    @Test func namesAsOfficersWriteThem() throws {
        let list = ReferenceList(units: [
            ReferenceUnit(name: "广州市黄埔区总工会（广州开发区总工会）", row: 2),
            ReferenceUnit(name: "广州市番禺区总工会", code: "440113", row: 3),
            ReferenceUnit(name: "广州市某某局档案馆", row: 4),
            ReferenceUnit(name: "广州市某某局信息中心", row: 5),
        ], hasCodes: true)
        let matcher = UnitMatcher(list: list, vocabulary: try #require(Self.vocabulary))
        #expect(matcher.match(name: "广州市黄埔区总工会(广州开发区总工会)") == UnitMatch(unit: 0, kind: .name))
        #expect(matcher.match(name: "广州市黄埔区总工会〔广州开发区总工会〕") == UnitMatch(unit: 0, kind: .name))
        #expect(matcher.match(name: "广州开发区总工会") == UnitMatch(unit: 0, kind: .name))
        #expect(matcher.match(name: "黄埔区 总工会") == UnitMatch(unit: 0, kind: .name))
        #expect(matcher.match(name: "番禺区总工会") == UnitMatch(unit: 1, kind: .name))
        #expect(matcher.match(name: "另一个名字", code: "440113") == UnitMatch(unit: 1, kind: .code))
        // A code the file's name carries, as a whole token only.
        #expect(matcher.code(inFileName: "回收/440113-番禺区总工会.xlsx") == "440113")
        #expect(matcher.code(inFileName: "回收/番禺区总工会_440113（修改版）.xlsx") == "440113")
        #expect(matcher.code(inFileName: "回收/4401131-某局.xlsx") == nil)
        #expect(matcher.match(name: "某某局档案馆") == UnitMatch(unit: 2, kind: .name))
        // One character off: a unique close name, for the officer to confirm.
        #expect(matcher.match(name: "广州市某某局档按馆") == UnitMatch(unit: 2, kind: .fuzzy))
        // A bare 总工会 fits two units, so neither; another district's union is no match.
        #expect(matcher.match(name: "总工会") == nil)
        #expect(matcher.match(name: "广州市白云区总工会") == nil)
        // Equally close (two characters each): in the list's order.
        #expect(matcher.closestNames(to: "广州市白云区总工会") == ["广州市黄埔区总工会（广州开发区总工会）", "广州市番禺区总工会"])
        // 某某局 is held in two names: no answer; 信息中心 in one.
        #expect(matcher.match(name: "广州市某某局") == nil)
        #expect(matcher.match(name: "信息中心") == UnitMatch(unit: 3, kind: .fuzzy))
        #expect(matcher.match(name: nil) == nil)
    }

    @Test func roundAgainstAListInYuan() throws {
        let templates = try #require(Self.templates)
        let accounting = RoundAccounting(list: try Self.list("round.openpyxl.xlsx"), vocabulary: try #require(Self.vocabulary),
                                         templates: templates, language: .zh)
        let reports = Self.reports()
        #expect(reports.map { $0.form?.department ?? "-" } == [
            "广州市某某局档案馆", "广州市某某局培训中心", "广州市某某局执法大队", "广州市某某局信息中心", "广州市某某局机关",
            "广州市黄埔区总工会（广州开发区总工会）", "广州市番禺区总工会", "广州市黄埔区总工会（广州开发区总工会）",
        ])
        // The 第2版 is older on disk, but its name says it is the later version.
        var accounted = reports
        let outcome = accounting.account(&accounted, modified: [
            "黄埔/huangpu-2021.xlsx": Date(timeIntervalSince1970: 1_700_000_000),
            "黄埔/huangpu-2021第2版.xlsx": Date(timeIntervalSince1970: 1_600_000_000),
        ])
        #expect(outcome.entries.map(\.match) == [
            UnitMatch(unit: 0, kind: .name), UnitMatch(unit: 1, kind: .name), UnitMatch(unit: 2, kind: .name),
            UnitMatch(unit: 3, kind: .name), UnitMatch(unit: 4, kind: .fuzzy), UnitMatch(unit: 5, kind: .name), nil,
            UnitMatch(unit: 5, kind: .name),
        ])
        #expect(outcome.counted == [0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 7])
        #expect(outcome.summary == RoundSummary(expected: 7, submitted: 6, missing: 1, duplicates: 1, unknown: 1))

        // The one changed figure: 271 万元 on the list (2710000 元), 270 on the form.
        let added = zip(reports, accounted).map { before, after in Array(after.findings.dropFirst(before.findings.count)) }
        #expect(added.enumerated().filter { !$0.element.isEmpty }.map(\.offset) == [1])
        let mismatch = try #require(added[1].first)
        #expect(added[1].count == 1)
        #expect(mismatch.rule == .referenceMismatch)
        #expect(mismatch.severity == .error)
        #expect(mismatch.field == .actual)
        #expect(mismatch.sheet == "培训中心")
        #expect(mismatch.cell?.description == "C6")
        #expect(mismatch.stated == .number(ShownDecimal(270, places: 2)))
        #expect(mismatch.expected == .number(ShownDecimal(271, places: 2)))
        #expect(mismatch.message == "实际支出数表中填写 270.00，核定名单（第 5 行）为 271.00。请核对 C6 的实际支出数：按核定数改为 271.00，或说明差异原因")
        #expect(reports[1].status == .ok)
        #expect(accounted[1].status == .findings)

        #expect(outcome.findings.map(\.finding.rule) == [.duplicateSubmission, .missingSubmission, .unknownUnit])
        let duplicate = outcome.findings[0]
        #expect(duplicate.unit == 5)
        #expect(duplicate.forms == [7, 5])
        #expect(duplicate.finding.severity == .warning)
        #expect(duplicate.finding.message
                == "「广州市黄埔区总工会【广州开发区总工会】」交了 2 份表，以 huangpu-2021第2版.xlsx 为准，另有 huangpu-2021.xlsx。请与该单位确认以哪一份为准")
        let missing = outcome.findings[1]
        #expect(missing.unit == 6)
        #expect(missing.forms.isEmpty)
        #expect(missing.finding.message == "名单中的「广州市白云区总工会」（第 10 行）没有交表，或所交的表无法读取。请催交「广州市白云区总工会」的自评表")
        let unknown = outcome.findings[2]
        #expect(unknown.unit == nil)
        #expect(unknown.forms == [6])
        #expect(unknown.closest == ["广州市黄埔区总工会【广州开发区总工会】", "广州市白云区总工会"])
        #expect(unknown.finding.message
                == "表中的单位「广州市番禺区总工会」不在名单上（相近的名称：广州市黄埔区总工会【广州开发区总工会】、广州市白云区总工会）。请核对部门名称是否与名单一致")
    }

    @Test func newestCountsWithoutAVersionWord() throws {
        let templates = try #require(Self.templates)
        let accounting = RoundAccounting(list: try Self.list("unions.utf8-bom.csv"), vocabulary: try #require(Self.vocabulary),
                                         templates: templates, language: .en)
        var reports = Self.reports().suffix(3).map { $0 }
        reports[2].path = "黄埔/huangpu-2021 copy.xlsx"
        var accounted = reports
        let outcome = accounting.account(&accounted, modified: [
            "黄埔/huangpu-2021.xlsx": Date(timeIntervalSince1970: 1_600_000_000),
            "黄埔/huangpu-2021 copy.xlsx": Date(timeIntervalSince1970: 1_700_000_000),
        ])
        // Figures in 万元 as the forms give them: no mismatch.
        #expect(zip(reports, accounted).allSatisfy { $0.findings == $1.findings })
        #expect(outcome.entries.map(\.match) == [UnitMatch(unit: 0, kind: .name), UnitMatch(unit: 1, kind: .name), UnitMatch(unit: 0, kind: .name)])
        #expect(outcome.counted == [0: 2, 1: 1])
        #expect(outcome.summary == RoundSummary(expected: 2, submitted: 2, missing: 0, duplicates: 1, unknown: 0))
        #expect(outcome.findings.map(\.finding.message) == [
            "“黄埔区总工会” returned 2 forms: huangpu-2021 copy.xlsx counts, besides huangpu-2021.xlsx. Confirm with the unit which form counts",
        ])
    }

    @Test func aFigureInYuanAgainstAFormInTenThousandYuanAtTheFormsPrecision() throws {
        let templates = try #require(Self.templates)
        let unit = ReferenceUnit(name: "广州市黄埔区总工会（广州开发区总工会）", row: 2,
                                 figures: [.annualBudget: ShownDecimal(15050249, places: 0), .initialBudget: ShownDecimal(18590150, places: 0)],
                                 figureUnits: [.annualBudget: .yuan, .initialBudget: .yuan])
        let accounting = RoundAccounting(list: ReferenceList(units: [unit]), vocabulary: try #require(Self.vocabulary),
                                         templates: templates, language: .en)
        let report = FormValidator().validate(fileAt: Fixtures.form("huangpu-2021.xlsx"))
        var accounted = [report]
        _ = accounting.account(&accounted)
        let added = accounted[0].findings.filter { $0.rule == .referenceMismatch }
        // 15050249 元 is 1505.0249 万元: 1505.02 at the form's two places, the same; 18590150 元 rounds to 1859.02.
        #expect(added.map(\.field) == [.initialBudget])
        #expect(added.first?.stated == .number(ShownDecimal(Decimal(string: "1859.01")!, places: 2)))
        #expect(added.first?.expected == .number(ShownDecimal(Decimal(string: "1859.02")!, places: 2)))
        #expect(added.first?.message.hasPrefix("initial budget is 1859.01 on the form, but the reference list (row 2) gives 1859.02") == true)
    }

    @Test func entriesGatheredFromWorkersMakeTheUnitsLines() throws {
        let list = ReferenceList(units: [
            ReferenceUnit(name: "深圳市第一中学", row: 2),
            ReferenceUnit(name: "湖南省某某县财政局", row: 3),
            ReferenceUnit(name: "城东街道办事处", row: 4),
            ReferenceUnit(name: "档案馆", row: 5),
            ReferenceUnit(name: "信息中心", row: 6),
        ])
        let vocabulary = try #require(Self.vocabulary)
        let matcher = UnitMatcher(list: list, vocabulary: vocabulary)
        // Another city's prefix drops like 广州市's; a numeral or a direction tells units apart.
        #expect(matcher.match(name: "第一中学") == UnitMatch(unit: 0, kind: .name))
        #expect(matcher.match(name: "深圳市第二中学") == nil)
        #expect(matcher.match(name: "城西街道办事处") == nil)
        #expect(matcher.match(name: "城东街道办事外") == UnitMatch(unit: 2, kind: .fuzzy))
        #expect(matcher.match(name: "某某县财政局") == UnitMatch(unit: 1, kind: .name))
        // 市 in 市场监督管理局 is no city: each district's bureau stays its own, with or without 广州市.
        let bureaus = UnitMatcher(list: ReferenceList(units: [
            ReferenceUnit(name: "番禺区市场监督管理局", row: 2), ReferenceUnit(name: "黄埔区市场监督管理局", row: 3),
        ]), vocabulary: vocabulary)
        #expect(bureaus.match(name: "广州市番禺区市场监督管理局") == UnitMatch(unit: 0, kind: .name))
        #expect(bureaus.match(name: "黄埔区 市场监督管理局") == UnitMatch(unit: 1, kind: .name))
        #expect(bureaus.match(name: "市场监督管理局") == nil)
        #expect(bureaus.match(name: "白云区市场监督管理局") == nil)
        // A file that could not be read is the unit's whose name its file name holds, the longest such.
        #expect(matcher.match(fileName: "回收/03 档案馆 2021年自评表（修改版）.xlsx") == UnitMatch(unit: 3, kind: .fileName))
        #expect(matcher.match(fileName: "回收/自评表.xlsx") == nil)

        let accounting = RoundAccounting(list: list, vocabulary: vocabulary, templates: try #require(Self.templates),
                                         language: .zh)
        let entries = [
            RoundEntry(path: "a/一中.xlsx", status: .ok, department: "第一中学", match: UnitMatch(unit: 0, kind: .name)),
            RoundEntry(path: "a/财政局.xlsx", status: .findings, department: "某某县财政局", match: UnitMatch(unit: 1, kind: .name),
                       mismatches: [.actual]),
            // The list's unit sent its own form: the close one is a unit not on the list.
            RoundEntry(path: "a/城东.xlsx", status: .ok, department: "城东街道办事处", match: UnitMatch(unit: 2, kind: .name)),
            RoundEntry(path: "a/城东2.xlsx", status: .ok, department: "城东街道办事外", match: UnitMatch(unit: 2, kind: .fuzzy)),
            RoundEntry(path: "a/档案馆.xlsx", status: .unreadable, match: UnitMatch(unit: 3, kind: .fileName)),
            RoundEntry(path: "a/说明.docx", status: .skipped),
            RoundEntry(path: "a/一中（更正）.xlsx", status: .findings, department: "第一中学", match: UnitMatch(unit: 0, kind: .name)),
        ]
        let outcome = accounting.account(entries)
        #expect(outcome.units == [
            RoundUnit(unit: 0, status: .duplicate, counted: 6, entries: [6, 0]),
            RoundUnit(unit: 1, status: .findings, counted: 1, entries: [1]),
            RoundUnit(unit: 2, status: .passed, counted: 2, entries: [2]),
            RoundUnit(unit: 3, status: .unreadable, entries: [4]),
            RoundUnit(unit: 4, status: .missing),
            RoundUnit(unit: nil, status: .unknown, counted: 3, entries: [3]),
        ])
        #expect(outcome.summary == RoundSummary(expected: 5, submitted: 3, missing: 2, duplicates: 1, unknown: 1))
        #expect(outcome.findings.map(\.finding.rule) == [.duplicateSubmission, .missingSubmission, .missingSubmission, .unknownUnit])
        #expect(outcome.findings[1].forms == [4])
        #expect(vocabulary.words(for: .unreadable, in: .zh) == "无法读取")
    }
}
