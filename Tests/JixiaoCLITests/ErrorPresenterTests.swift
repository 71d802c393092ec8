@testable import JixiaoCLI
import Testing
import XLSXReader

/// Every reader error kind has words in both languages (the `lxw_strerror` idea: the table and the kinds
/// cannot drift apart).
@Suite("Error messages")
struct ErrorPresenterTests {
    @Test(arguments: XLSXError.Kind.allKnown + XLSXError.Kind.raisedByRuns)
    func everyKindHasBothLanguages(_ kind: XLSXError.Kind) {
        let zh = ErrorPresenter.message(for: XLSXError(kind), file: "a.xlsx", language: .zh)
        let en = ErrorPresenter.message(for: XLSXError(kind), file: "a.xlsx", language: .en)
        #expect(ErrorPresenter.readerMessages[kind] != nil, "no text for \(kind)")
        #expect(!zh.isEmpty && !en.isEmpty)
        #expect(zh != en)
        #expect(ErrorPresenter.exitStatus(for: XLSXError(kind)) == .unreadableOrUsage)
    }

    @Test func namesWhereItHappened() {
        let error = XLSXError(.cellOutOfRange, part: "xl/worksheets/sheet1.xml", sheet: "自评表", cell: "XFE1")
        let zh = ErrorPresenter.message(for: error, file: "a.xlsx", language: .zh)
        #expect(zh.hasPrefix("a.xlsx："))
        #expect(zh.contains("工作表「自评表」") && zh.contains("单元格 XFE1") && zh.contains("xl/worksheets/sheet1.xml"))
        let en = ErrorPresenter.message(for: error, file: "a.xlsx", language: .en)
        #expect(en.contains("sheet '自评表'") && en.contains("cell XFE1"))
    }
}
