import DOCXReader
import Foundation
@testable import JixiaoCLI
import JixiaoForm
import Testing

/// Every way a report cannot be read has words in both languages: the report kinds and, for a .docx, each
/// kind of the document reader.
@Suite("Report error messages")
struct ReportErrorPresenterTests {
    @Test func everyDocumentKindHasBothLanguages() {
        for kind in DOCXError.Kind.allKnown {
            let words = ErrorPresenter.documentMessages[kind]
            #expect(words != nil, "\(kind)")
            #expect(words?.zh.isEmpty == false && words?.en.isEmpty == false)
        }
    }

    @Test func everyReportKindHasBothLanguages() {
        for kind in NarrativeReadError.Kind.allCases {
            #expect(!ErrorPresenter.reportText(kind, language: .zh).isEmpty)
            #expect(!ErrorPresenter.reportText(kind, language: .en).isEmpty)
            #expect(ErrorPresenter.reportText(kind, language: .zh) != ErrorPresenter.reportText(kind, language: .en))
        }
    }

    @Test func anOldWordFileIsAskedToBeSavedAsDocx() {
        let error = NarrativeReadError(.legacyWordFile, docx: DOCXError(.legacyDOC, detail: "OLE2 compound file"))
        #expect(ErrorPresenter.message(for: error, file: "报告.wps", language: .zh)
                == "报告.wps：这是旧版 Word 97-2003 文件（.doc）或 WPS 文件（.wps），jixiao 不转换此格式；请在 Word 或 WPS 中另存为 .docx 后再试")
        #expect(ErrorPresenter.message(for: error, file: "report.doc", language: .en)
                == "report.doc: this is an old Word 97–2003 (.doc) or WPS (.wps) file, which jixiao does not convert; please save it as .docx in Word or WPS and try again")
    }

    /// A .docx the reader refuses says the reader's words, with the part and detail.
    @Test func aRefusedDocxSaysWhy() {
        let error = NarrativeReadError(.document, docx: DOCXError(.forbiddenDTD, part: "word/document.xml"))
        #expect(ErrorPresenter.message(for: error, file: "报告.docx", language: .zh)
                == "报告.docx：文件含有 DTD 或实体声明（<!DOCTYPE / <!ENTITY），文字处理软件不会写出这种内容，为安全起见拒绝读取（部件 word/document.xml）")
        let html = NarrativeReadError(.document, docx: DOCXError(.htmlDocument, detail: "starts with '<'"))
        #expect(ErrorPresenter.message(for: html, file: "a.docx", language: .en)
                == "a.docx: this is a web page (HTML) named as a Word document; open it in Word or WPS and save it as .docx [detail: starts with '<']")
    }
}
