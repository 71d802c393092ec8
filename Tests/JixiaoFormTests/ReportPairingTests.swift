import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// A report finds its unit's table by the unit its title names (normalised as the round matches names, or a
/// short name one form's name ends with), else by the files' names, or as the user says; a name two forms fit
/// pairs with neither.
@Suite("Report pairing")
struct ReportPairingTests {
    let grammar: ReportGrammar
    let vocabulary: ReferenceVocabulary

    init() throws {
        grammar = try ReportGrammar.standard.get()
        vocabulary = try ReferenceVocabulary.standard.get()
    }

    func pairing(_ tables: [(String, String?)]) -> ReportPairing {
        ReportPairing(tables: tables.map { ReportPairing.Table(path: $0.0, sheet: nil, department: $0.1) },
                      grammar: grammar, vocabulary: vocabulary)
    }

    func document(_ lines: [String]) -> NarrativeDocument {
        NarrativeDocument(format: .text, paragraphs: lines.map { NarrativeParagraph(text: $0) })
    }

    @Test func theSeedsTitleNamesItsUnit() throws {
        let seed = ReportText.markdown(try ReportText.seedMarkdown())
        let tables = pairing([("回收/huangpu.xlsx", "广州市黄埔区总工会（广州开发区总工会）"), ("回收/panyu.xlsx", "广州市番禺区总工会")])
        let unit = tables.unit(of: seed)
        #expect(unit == "番禺区总工会")
        #expect(tables.isReport(seed))
        #expect(tables.pair(report: "回收/报告.docx", unit: unit) == ReportPairing.Pair(table: 1, how: .unit))
    }

    @Test func titlesAndUnitLinesAsUnitsWriteThem() {
        let tables = pairing([("a.xlsx", "广州市黄埔区总工会（广州开发区总工会）")])
        #expect(tables.unit(of: document(["关于广州开发区总工会2021年度部门整体支出绩效自评报告"])) == "广州开发区总工会")
        #expect(tables.unit(of: document(["《黄埔区总工会部门整体支出绩效自评报告》"])) == "黄埔区总工会")
        #expect(tables.unit(of: document(["部门整体支出绩效自评报告", "单位名称：广州市黄埔区总工会", "一、基本情况"])) == "广州市黄埔区总工会")
        #expect(tables.unit(of: document(["一、部门基本情况", "本单位职能……"])) == nil)
        #expect(!tables.isReport(document(["签章页", "（盖章）"])))
        // The alias and the city prefix both find the form.
        for unit in ["广州开发区总工会", "黄埔区总工会", "广州市黄埔区总工会"] {
            #expect(tables.pair(report: "r.docx", unit: unit)?.how == .unit, "\(unit)")
        }
    }

    @Test func aShortNameFitsOnlyWhenOneFormEndsWithIt() {
        let one = pairing([("a.xlsx", "广州市番禺区总工会"), ("b.xlsx", "广州市番禺区教育局")])
        #expect(one.pair(report: "r.docx", unit: "区总工会") == ReportPairing.Pair(table: 0, how: .unit))
        let two = pairing([("a.xlsx", "广州市番禺区总工会"), ("b.xlsx", "广州市黄埔区总工会")])
        #expect(two.pair(report: "r.docx", unit: "区总工会") == nil)
        // Two forms of one unit: neither.
        let twice = pairing([("a.xlsx", "广州市番禺区总工会"), ("a-修改版.xlsx", "番禺区总工会")])
        #expect(twice.pair(report: "r.docx", unit: "番禺区总工会") == nil)
    }

    @Test func failingAUnitTheFilesNamesPair() {
        let tables = pairing([("回收/番禺区总工会-自评表.xlsx", nil), ("回收/黄埔区总工会2021年绩效自评表.xlsx", "某单位")])
        #expect(tables.pair(report: "回收/番禺区总工会-自评报告.docx", unit: nil) == ReportPairing.Pair(table: 0, how: .fileName))
        #expect(tables.pair(report: "回收/黄埔区总工会 2021 年度绩效自评报告.pdf", unit: "不在名单的单位")
                == ReportPairing.Pair(table: 1, how: .fileName))
        #expect(tables.pair(report: "回收/自评报告.docx", unit: nil) == nil)
    }

    @Test func theUserSaysWhichTable() {
        let tables = pairing([("a.xlsx", "广州市番禺区总工会"), ("b.xlsx", "广州市黄埔区总工会")])
        let explicit = [ReportPairing.key("报告/番禺.docx"): "./b.xlsx"]
        #expect(tables.pair(report: "报告/番禺.docx", unit: "番禺区总工会", explicit: explicit)
                == ReportPairing.Pair(table: 1, how: .explicit))
    }
}
