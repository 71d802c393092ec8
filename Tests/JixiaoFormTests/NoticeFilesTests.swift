import DOCXWriter
import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// Return notices written to a folder: safe, unique file names from hostile unit names, the text file's bytes,
/// each `.docx` as LibreOffice prints it (that unit's findings, no other unit's), and English without Chinese
/// of its own.
@Suite("Return notice files")
struct NoticeFilesTests {
    let catalog: RuleCatalog
    let words: NoticeWords

    init() throws {
        catalog = try TemplateBundle.standard.get().rules
        words = try NoticeWords.standard.get()
    }

    func report(_ name: String) -> FileReport {
        FormValidator().validate(fileAt: Fixtures.root.appendingPathComponent("variants/\(name)"))
    }

    func notice(_ unit: String) -> ReturnNotice {
        ReturnNotice(unit: unit, files: ["a.xlsx"], items: [
            NoticeItem(severity: .error, rule: .requiredField, ruleName: "必填项检查", place: "C4", message: "部门名称未填写"),
        ])
    }

    @Test func hostileUnitNamesGiveSafeUniqueFileNames() throws {
        let documents = NoticeDocuments(words: words)
        let long = String(repeating: "广州市黄埔区", count: 34)   // 204 characters
        let units = ["../x", "a/b", "CON", "CON.x", "lpt1", "教育\u{0}局\n", "\u{202E}gpj.exe", "...", " .hidden",
                     "a:b*c?d\"e<f>g|h\\i", long, "教育局", "教育局", "ABC", "abc", "教育局-退回意见"]
        let stems = documents.fileStems(units.map(notice))
        #expect(stems == [
            "_x-退回意见", "a_b-退回意见", "CON-退回意见", "_CON.x-退回意见", "lpt1-退回意见", "教育_局-退回意见",
            "gpj.exe-退回意见", "未命名单位-退回意见", "hidden-退回意见", "a_b_c_d_e_f_g_h_i-退回意见",
            String(repeating: "广州市黄埔区", count: 12) + "广州市-退回意见",
            "教育局-退回意见", "教育局-退回意见-2", "ABC-退回意见", "abc-退回意见-2", "教育局-退回意见-退回意见",
        ])
        #expect(stems[10].count == 80)
        for stem in stems {
            #expect(!stem.hasPrefix(".") && !stem.contains("/") && !stem.contains("\\") && stem.utf8.count <= 240, "\(stem)")
            #expect(!stem.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        }
        // A stem Windows reads as a device, whatever follows its first dot, gets a leading underscore.
        #expect(NoticeFileName.stem("con", suffix: "", fallback: "x") == "_con")
        #expect(NoticeFileName.stem("LPT1 .txt", suffix: "", fallback: "x") == "_LPT1 .txt")
        #expect(NoticeFileName.stem("COM10", suffix: "", fallback: "x") == "COM10")
        // The summary's name is never a unit's.
        #expect(NoticeFileName.unique(["退回意见汇总", "退回意见汇总"], reserved: [documents.summaryStem])
            == ["退回意见汇总-2", "退回意见汇总-3"])

        let folder = TestFolder()
        let output = folder.url.appendingPathComponent("退回意见")
        let written = try documents.write(units.map(notice), round: nil, to: output)
        #expect(written.count == 2 * units.count)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == stems.flatMap { [$0 + ".docx", $0 + ".txt"] }.sorted())
        #expect(folder.contents == ["退回意见"], "nothing written beside the folder, no temporary file left")
    }

    @Test func existingNoticesAreReplacedAndAFolderThatCannotBeMadeIsTheWritersError() throws {
        let folder = TestFolder()
        let documents = NoticeDocuments(words: words)
        try documents.write([notice("教育局")], round: nil, to: folder.url)
        let written = try documents.write([notice("教育局")], round: RoundNotice(files: 1, forms: 1, passed: 0, returned: []),
                                          to: folder.url)
        #expect(written.map(\.lastPathComponent) == ["教育局-退回意见.docx", "教育局-退回意见.txt", "退回意见汇总.docx", "退回意见汇总.txt"])
        #expect(folder.contents == written.map(\.lastPathComponent).sorted())
        let file = folder.file("a-file")
        try Data("x".utf8).write(to: file)
        #expect {
            try documents.write([notice("教育局")], round: nil, to: file.appendingPathComponent("退回意见"))
        } throws: { error in
            (error as? DOCXWriterError)?.kind == .destinationUnusable && (error as? DOCXWriterError)?.systemCode == ENOTDIR
        }
        #expect(throws: DOCXWriterError.self) {
            try documents.write([notice("教育局")], round: nil, to: file)
        }
    }

    @Test func libreOfficePrintsEachUnitsFindingsAndNoOtherUnits() throws {
        let reports = [report("wrong-amounts.openpyxl.xlsx"), report("compact-with-scores.openpyxl.xlsx")]
        let notices = reports.map { ReturnNotice(report: $0, catalog: catalog, language: .zh) }
        let round = RoundNotice(files: 3, forms: 3, passed: 1, returned: notices.map(RoundNotice.Returned.init(notice:)),
                                missing: ["广州市黄埔区档案馆"], unreadable: [.init(file: "城管局.xlsx", reason: "文件已加密")],
                                notOnList: [])
        let documents = NoticeDocuments(words: words, round: "2025年部门整体支出绩效自评", issuer: "黄埔区财政局",
                                        date: Date(timeIntervalSince1970: 1_765_000_000),
                                        timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let folder = TestFolder()
        let written = try documents.write(notices, round: round, to: folder.url)
        #expect(written.map(\.lastPathComponent) == [
            "广州市黄埔区总工会（广州开发区总工会）-退回意见.docx", "广州市黄埔区总工会（广州开发区总工会）-退回意见.txt",
            "广州市番禺区总工会-退回意见.docx", "广州市番禺区总工会-退回意见.txt", "退回意见汇总.docx", "退回意见汇总.txt",
        ])

        // The text file: UTF-8 with a byte-order mark, CRLF line ends only, the document's text.
        let bytes = try Data(contentsOf: written[1])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == documents.text(notices[0]))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { !$0.contains("\n") && !$0.contains("\r") })

        // pdftotext lays out by position: compare without whitespace.
        func printed(_ url: URL) throws -> String? {
            do {
                return try PageRenderer().text(of: url).filter { !$0.isWhitespace }
            } catch let error as PageRenderError {
                Issue.record("\(error) (and libreoffice-writer for .docx)")
                return nil
            }
        }
        func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        for (index, notice) in notices.enumerated() {
            guard let words = try printed(written[2 * index]) else { return }
            let other = notices[1 - index]
            #expect(words.hasPrefix("关于《部门整体支出绩效自评表》的退回意见" + compact(notice.unit) + "："))
            for item in notice.items {
                #expect(words.contains(compact("【\(item.place ?? "")】\(item.ruleName)：\(item.message)")), "\(item.message)")
            }
            for item in other.items {
                #expect(!words.contains(compact(item.message)), "\(item.message)")
            }
            for file in notice.files { #expect(words.contains(file)) }
            #expect(!words.contains(compact(other.unit)) && !words.contains(other.files[0]))
            #expect(words.hasSuffix("黄埔区财政局2025年12月6日"))
        }
        // The summary's table cells wrap (ReturnNoticeTests checks its text): its sections and short lines here.
        guard let summary = try printed(written[4]) else { return }
        for piece in ["一、收表情况", "退回修改2家", "二、退回修改的单位", "三、未交的单位序号单位1广州市黄埔区档案馆",
                      "四、无法读取的文件", "城管局.xlsx文件已加密", "五、名单外的单位无。黄埔区财政局2025年12月6日"] {
            #expect(summary.contains(piece), "\(piece) in \(summary)")
        }
    }

    @Test func englishSaysNothingInChineseButTheNamesAndMessagesGiven() throws {
        let report = report("wrong-amounts.openpyxl.xlsx")
        let notice = ReturnNotice(report: report, listName: "黄埔区总工会", otherFiles: ["总工会第2版.xlsx"],
                                  catalog: catalog, language: .en)
        #expect(notice.items.map(\.ruleName) == ["Budget adjustment amount", "Task funds within spending",
                                                 "Spending over budget", "Key indicator not met"])
        let round = RoundNotice(files: 2, forms: 2, passed: 0, returned: [.init(notice: notice)], missing: ["档案馆"],
                                unreadable: [.init(file: "城管局.xlsx", reason: "encrypted")],
                                notOnList: [.init(unit: "老干部局", file: "老干部局.xlsx")])
        let documents = NoticeDocuments(words: words, language: .en, date: Date(timeIntervalSince1970: 1_765_000_000))
        let given = [notice.unit, "档案馆", "城管局.xlsx", "老干部局.xlsx", "老干部局"] + notice.files + notice.items.map(\.message)
        for text in [documents.text(notice), documents.text(round), NoticeDocuments(words: words, language: .en).text(round)] {
            var rest = text
            for name in given.sorted(by: { $0.count > $1.count }) { rest = rest.replacingOccurrences(of: name, with: "") }
            let chinese = rest.unicodeScalars.filter { NoticeText.width(of: String($0)) == 2 }
            #expect(chinese.isEmpty, "\(String(String.UnicodeScalarView(chinese))) in \(rest)")
        }
        let text = documents.text(notice)
        #expect(text.hasPrefix("Return notice: departmental overall expenditure performance self-evaluation form\r\n\r\nTo 黄埔区总工会:\r\n"))
        #expect(text.contains("\r\nI. Mandatory corrections (to be made first)\r\n1. [E6] Budget adjustment amount: the budget adjustment should be"))
        #expect(text.contains("\r\nII. Warnings (each to be explained)\r\n1. [C6] Task funds within spending: "))
        #expect(documents.fileStems([notice]) == ["黄埔区总工会-return-notice"])
        #expect(documents.summaryStem == "return-notices-summary")
    }
}
