import DOCXReader
import Foundation
@testable import JixiaoCLI
import JixiaoForm
import JixiaoTestSupport
import Testing

/// poppler's pdftotext run on the seed report's PDF, and what is said when it is missing or the PDF cannot be
/// read. The tests that run pdftotext need poppler-utils (installed here; `make setup` does not install it).
@Suite("Reading a PDF report through pdftotext")
struct PDFTextConverterTests {
    static func report(_ name: String) -> URL { Fixtures.root.appendingPathComponent("reports/\(name)") }

    @Test func theSeedPDFReadsByPage() throws {
        let converter = PDFTextConverter(timeLimit: .seconds(30))
        try #require(converter.isAvailable, "pdftotext (poppler-utils) is not installed")
        let url = Self.report("panyu-2021-report.pdf")
        let before = try Data(contentsOf: url)
        let document = try NarrativeDocument.read(from: url, pdfText: converter.text(ofPDFAt:))
        #expect(try Data(contentsOf: url) == before)
        #expect(document.format == .pdf)
        #expect(document.paragraphs.first == NarrativeParagraph(text: "番禺区总工会 2021 年部门整体支出 绩效自评报告", page: 1))
        #expect(document.paragraphs.last?.page == 7)
        let pages = document.paragraphs.compactMap(\.page)
        #expect(pages == pages.sorted() && Set(pages) == Set(1...7))
        func page(of text: String) -> Int? { document.paragraphs.first { $0.text.contains(text) }?.page }
        #expect(page(of: "区总工会 2021 年度总收入 1538.82 万元，完成预算 1576.21 万元的") == 3)
        #expect(page(of: "区总工会 2021 年度的部门整体支出绩效分值为 100 分，自评分 96.39 分。") == 4)
        #expect(page(of: "1、管理效能分值 45 分，自评分为 43.89 分。") == 4)
        // The layout's own breaks: a line is a paragraph, left spaces trimmed.
        #expect(document.paragraphs.allSatisfy { $0.text.first?.isWhitespace == false })
    }

    @Test func anEncryptedOrDamagedPDFIsTold() throws {
        let converter = PDFTextConverter(timeLimit: .seconds(30))
        try #require(converter.isAvailable, "pdftotext (poppler-utils) is not installed")
        for (name, kind) in [("hostile-encrypted.pdf", NarrativeReadError.Kind.pdfEncrypted), ("hostile-damaged.pdf", .pdfDamaged)] {
            do {
                _ = try converter.text(ofPDFAt: Self.report(name))
                Issue.record("\(name) was read")
            } catch {
                #expect(error.kind == kind, "\(name): \(error)")
            }
        }
    }

    /// A converter pointed at a tool that is not there: the PDF is refused with a message naming the package.
    @Test func aMissingToolIsNamedWithItsPackage() throws {
        let converter = PDFTextConverter(timeLimit: .seconds(30),
                                         environment: [PDFTextConverter.environmentKey: "/nonexistent/pdftotext"])
        #expect(!converter.isAvailable)
        do {
            _ = try NarrativeDocument.read(from: Self.report("panyu-2021-report.pdf"), pdfText: converter.text(ofPDFAt:))
            Issue.record("read without pdftotext")
        } catch {
            #expect(error.kind == .pdfToolMissing)
            #expect(ErrorPresenter.exitStatus(for: error) == .unreadableOrUsage)
            let zh = ErrorPresenter.message(for: error, file: "报告.pdf", language: .zh)
            let en = ErrorPresenter.message(for: error, file: "报告.pdf", language: .en)
            #expect(zh.hasPrefix("报告.pdf：读取 PDF 需要 poppler-utils 中的 pdftotext，但本机未安装"))
            #expect(zh.contains("sudo apt-get install poppler-utils"))
            #expect(en.hasPrefix("报告.pdf: reading a PDF needs pdftotext from poppler-utils, which is not installed"))
            #expect(en.contains("sudo apt-get install poppler-utils"))
        }
    }

    @Test func pdftotextIsFoundOnPath() {
        #expect(PDFTextConverter.locate(environment: ["PATH": "/nonexistent"]) == "/usr/bin/pdftotext"
                || !FileManager.default.fileExists(atPath: "/usr/bin/pdftotext"))
        #expect(PDFTextConverter.locate(environment: [PDFTextConverter.environmentKey: "/etc"]) == nil)
    }
}
