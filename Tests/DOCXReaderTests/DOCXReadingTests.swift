import DOCXReader
import Foundation
import JixiaoTestSupport
import Testing

/// Documents made by python-docx (with revisions, fields and lists written by hand) and by LibreOffice, read
/// into paragraphs in reading order. The files and the script that made them are in Tests/Fixtures/reports.
@Suite("Reading .docx documents")
struct DOCXReadingTests {
    static func report(_ name: String) -> URL { Fixtures.root.appendingPathComponent("reports/\(name)") }

    /// The seed report as python-docx wrote it: every paragraph is the seed text's line (headings without
    /// their `#` marks, bold without `**`), in order, with the heading levels of the `#` marks.
    @Test func theSeedReportReadsAsItsText() throws {
        let document = try DOCXDocument(contentsOf: Self.report("panyu-2021-report.docx"))
        let markdown = try String(contentsOf: Self.report("panyu-2021-report.md"), encoding: .utf8)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(document.paragraphs.count == lines.count)
        for (paragraph, line) in zip(document.paragraphs, lines) {
            let hashes = line.prefix { $0 == "#" }.count
            let text = String(line.dropFirst(hashes)).trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "**", with: "")
            #expect(paragraph.text == text)
            #expect(paragraph.outlineLevel == (hashes > 0 ? hashes : nil), "\(text)")
            #expect(paragraph.cell == nil)
        }
        #expect(document.paragraphs[0].text == "番禺区总工会 2021 年部门整体支出 绩效自评报告")
        #expect(document.paragraphs[0].styleID == "Heading1")
    }

    @Test func headingsBreaksAndTabs() throws {
        let paragraphs = try DOCXDocument(contentsOf: Self.report("structure.docx")).paragraphs
        #expect(paragraphs[0].text == "番禺区总工会 2021 年部门整体支出绩效自评报告")
        #expect(paragraphs[0].outlineLevel == 1)
        #expect(paragraphs[1].text == "一、基本情况")
        #expect(paragraphs[1].outlineLevel == 2)
        #expect(paragraphs[2].text == "第一行\n第二行\t制表符之后")
        #expect(paragraphs[2].outlineLevel == nil && paragraphs[2].styleID == nil)
    }

    /// One paragraph per cell, row by row; a nested table's cells where they stand, between the text of the
    /// cell holding it before and after it.
    @Test func tablesGiveOneParagraphPerCell() throws {
        let paragraphs = try DOCXDocument(contentsOf: Self.report("structure.docx")).paragraphs
        let cells = paragraphs.filter { $0.cell != nil }
        #expect(cells.map(\.text) == ["项目", "金额（万元）", "基本支出", "1006.64", "人员经费", "934.97", "合计在此"])
        #expect(cells.map(\.cell) == [
            DOCXTableCell(depth: 1, row: 0, column: 0), DOCXTableCell(depth: 1, row: 0, column: 1),
            DOCXTableCell(depth: 1, row: 1, column: 0), DOCXTableCell(depth: 1, row: 1, column: 1),
            DOCXTableCell(depth: 2, row: 0, column: 0), DOCXTableCell(depth: 2, row: 0, column: 1),
            DOCXTableCell(depth: 1, row: 1, column: 1),
        ])
    }

    /// Deleted and moved-away text is left out, inserted and moved-in kept; of fields only the result; hidden
    /// runs and text boxes skipped; a non-breaking hyphen is a hyphen, a symbol-font glyph is dropped and a
    /// Unicode `w:sym` kept.
    @Test func revisionsFieldsAndHiddenText() throws {
        let texts = try DOCXDocument(contentsOf: Self.report("structure.docx")).paragraphs.map(\.text)
        #expect(texts.contains("总收入1538.82万元（新位置）"))
        #expect(texts.contains("第3页，12页-完℃"))
        #expect(texts.contains("看得见的字"))
        #expect(!texts.joined().contains("1500"))
        #expect(!texts.joined().contains("PAGE"))
        #expect(!texts.joined().contains("文本框"))
    }

    /// A hand-made outline list (一、 （一） 1.) numbered as Word numbers it: a level restarts under a new
    /// parent, the labels start the text; a bullet list gives no label.
    @Test func numberedParagraphsCarryTheirLabels() throws {
        let paragraphs = try DOCXDocument(contentsOf: Self.report("structure.docx")).paragraphs
        let numbered = paragraphs.filter { $0.numberLabel != nil }
        #expect(numbered.map(\.text) == ["一、基本情况", "（一）部门概况", "1. 人员经费", "（二）年度目标", "二、绩效情况"])
        #expect(numbered.map(\.numberLabel) == ["一、", "（一）", "1. ", "（二）", "二、"])
        #expect(paragraphs.last?.text == "结束")
        #expect(paragraphs.last?.styleID == "ListBullet")
        #expect(paragraphs.last?.numberLabel == nil)
    }

    /// LibreOffice's own .docx (from an HTML page): headings by style, its list numbered, its table by cell.
    @Test func libreOfficeDocument() throws {
        let paragraphs = try DOCXDocument(contentsOf: Self.report("libreoffice.docx")).paragraphs
        #expect(paragraphs.map(\.text) == [
            "区总工会 2021 年度绩效自评报告", "一、基本情况", "总收入1538.82万元，完成预算1576.21万元的97.63%。",
            "1. 一般公共预算财政拨款收入1120.44万元", "2. 事业收入53.04万元", "指标", "分值", "管理效能", "45",
            "自评分96.39分。",
        ])
        #expect(paragraphs.map(\.outlineLevel) == [1, 2, nil, nil, nil, nil, nil, nil, nil, nil])
    }
}
