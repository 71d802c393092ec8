import DOCXReader
import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// The 绩效自评报告 read into a ``NarrativeDocument`` from each kind of file: the seed as .docx and .md gives the
/// same paragraphs, text in every encoding a .txt comes in, a PDF's text by page, and each file that is no
/// report refused with its own kind.
@Suite("Reading a report into paragraphs")
struct NarrativeReadingTests {
    static func report(_ name: String) -> URL { Fixtures.root.appendingPathComponent("reports/\(name)") }

    /// A PDF's text is never asked for here except where a test says so.
    static let noPDF: @Sendable (URL) throws(NarrativeReadError) -> String = { _ throws(NarrativeReadError) in
        Issue.record("pdftotext asked for")
        return ""
    }

    @Test func theSeedAsWordAndAsMarkdownIsOneText() throws {
        let word = try NarrativeDocument.read(from: Self.report("panyu-2021-report.docx"), pdfText: Self.noPDF)
        let markdown = try NarrativeDocument.read(from: Self.report("panyu-2021-report.md"), pdfText: Self.noPDF)
        #expect(word.format == .docx)
        #expect(markdown.format == .text)
        #expect(word.paragraphs.count == 85)   // the seed text's non-blank lines
        #expect(word.paragraphs.map(\.text) == markdown.paragraphs.map(\.text))
        #expect(word.paragraphs.map(\.outlineLevel) == markdown.paragraphs.map(\.outlineLevel))
        #expect(word.paragraphs[0] == NarrativeParagraph(text: "番禺区总工会 2021 年部门整体支出 绩效自评报告", outlineLevel: 1))
        #expect(word.paragraphs[1] == NarrativeParagraph(text: "一、基本情况", outlineLevel: 2))
        #expect(word.paragraphs.contains { $0.text.hasPrefix("1、管理效能分值 45 分，自评分为 43.89 分。") })
    }

    @Test(arguments: ["text-utf8-bom.md", "text-utf16le.md", "text-utf16be.md", "text-gb18030.md"])
    func everyEncodingOfAText(_ name: String) throws {
        let document = try NarrativeDocument.read(from: Self.report(name), pdfText: Self.noPDF)
        #expect(document.paragraphs == [
            NarrativeParagraph(text: "一、基本情况", outlineLevel: 2),
            NarrativeParagraph(text: "区总工会 2021 年度总收入1538.82万元。"),
        ])
    }

    /// A .txt keeps `#` as text; CRLF line ends are line ends.
    @Test func plainTextHasNoHeadings() throws {
        let document = try NarrativeDocument.read(from: Self.report("text-crlf.txt"), pdfText: Self.noPDF)
        #expect(document.paragraphs.map(\.text) == ["## 一、基本情况", "区总工会 2021 年度总收入1538.82万元。"])
        #expect(document.paragraphs.allSatisfy { $0.outlineLevel == nil })
    }

    @Test func markdownMarksAreDropped() throws {
        let text = "#标题不算\n### （一）部门概况 ###\n　　**总收入**1538.82万元，__其中__本年收入。\n单位名称：______ ** 不成对\n"
        let document = try NarrativeDocument(text: Data(text.utf8), markdown: true)
        #expect(document.paragraphs == [
            NarrativeParagraph(text: "#标题不算"),
            NarrativeParagraph(text: "（一）部门概况", outlineLevel: 3),
            NarrativeParagraph(text: "总收入1538.82万元，其中本年收入。"),
            NarrativeParagraph(text: "单位名称：______ ** 不成对"),
        ])
    }

    @Test func pdfTextIsSplitByPage() {
        let document = NarrativeDocument(pdfText: "   一、基本情况\n\n  总收入 1538.82 万元，完成\n\u{0C}预算  1576.21 万元\n\u{0C}")
        #expect(document.format == .pdf)
        #expect(document.paragraphs == [
            NarrativeParagraph(text: "一、基本情况", page: 1),
            NarrativeParagraph(text: "总收入 1538.82 万元，完成", page: 1),
            NarrativeParagraph(text: "预算  1576.21 万元", page: 2),
        ])
    }

    @Test func aPDFIsReadThroughTheTextItIsGiven() throws {
        var asked: [String] = []
        let document = try NarrativeDocument.read(from: Self.report("panyu-2021-report.pdf")) { url throws(NarrativeReadError) in
            asked.append(url.lastPathComponent)
            return "第一页\n\u{0C}第二页\n"
        }
        #expect(asked == ["panyu-2021-report.pdf"])
        #expect(document.paragraphs.map(\.page) == [1, 2])
    }

    /// A Word table's cells are paragraphs marked as in a table; a numbered paragraph keeps its label.
    @Test func wordTablesAndLists() throws {
        let document = try NarrativeDocument.read(from: Self.report("libreoffice.docx"), pdfText: Self.noPDF)
        #expect(document.paragraphs.filter(\.inTable).map(\.text) == ["指标", "分值", "管理效能", "45"])
        #expect(document.paragraphs.contains(NarrativeParagraph(text: "1. 一般公共预算财政拨款收入1120.44万元")))
    }

    @Test(arguments: [
        ("libreoffice.doc", NarrativeReadError.Kind.legacyWordFile, nil as DOCXError.Kind?),
        ("hostile-doc-renamed.docx", .legacyWordFile, .legacyDOC),
        ("hostile-html-saved-as.doc", .legacyWordFile, nil),
        ("hostile-encrypted.docx", .document, .encrypted),
        ("hostile-zip-bomb.docx", .document, .entryTooLarge),
        ("hostile-dtd.docx", .document, .forbiddenDTD),
        ("hostile-truncated.docx", .document, .damagedZip),
        ("hostile-empty.docx", .document, .notZip),
        ("text-latin1.txt", .undecodableText, nil),
        ("hostile-damaged.pdf", .pdfDamaged, nil),
        ("make_reports.py", .unsupportedFormat, nil),
        ("no-such-report.md", .fileUnreadable, nil),
    ])
    func whatIsNoReportIsRefused(_ name: String, _ kind: NarrativeReadError.Kind, _ docx: DOCXError.Kind?) {
        let pdf: (URL) throws(NarrativeReadError) -> String = { _ throws(NarrativeReadError) in
            throw NarrativeReadError(.pdfDamaged, detail: "as pdftotext says")
        }
        do {
            _ = try NarrativeDocument.read(from: Self.report(name), pdfText: pdf)
            Issue.record("\(name) was read")
        } catch {
            #expect(error.kind == kind, "\(name): \(error)")
            #expect(error.docx?.kind == docx, "\(name): \(error)")
        }
    }

    @Test func aFileWithoutTextIsRefused() throws {
        let folder = TestFolder()
        try Data("\n  \n\u{3000}\n".utf8).write(to: folder.file("空.txt"))
        #expect(throws: NarrativeReadError(.noText)) {
            try NarrativeDocument.read(from: folder.file("空.txt"), pdfText: Self.noPDF)
        }
        try Data("%PDF-1.4\n".utf8).write(to: folder.file("扫描件.pdf"))
        do {
            _ = try NarrativeDocument.read(from: folder.file("扫描件.pdf")) { _ throws(NarrativeReadError) in "\u{0C}\u{0C}" }
            Issue.record("an empty PDF was read")
        } catch {
            #expect(error.kind == .noText)
        }
    }
}
