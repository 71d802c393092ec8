import Foundation
import JixiaoTestSupport
import Testing

/// `validate --feedback DIR` (issue 16, item 4): a return notice per unit with findings, as .docx and .txt, and a
/// covering 汇总. Each .docx is opened by LibreOffice (converted to PDF, its text read by pdftotext): it lists
/// exactly its unit's findings, with their cells and what to correct, and nothing of another unit's.
@Suite("validate --feedback: return notices (end to end)")
struct FeedbackCommandTests {
    /// The printed text of a .docx, without whitespace (pdftotext lays text out by position).
    static func printed(_ url: URL) throws -> String {
        try PageRenderer().text(of: url).filter { !$0.isWhitespace }
    }

    static func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// The examples against their list: 黄埔 has two warnings, 番禺 a figure that differs from the list, 白云
    /// sent nothing. Two notices (addressed by the list's names), and the 汇总 counting the round.
    @Test func examplesAgainstTheirListGiveTwoNoticesAndTheSummary() throws {
        let folder = TestFolder()
        let out = folder.file("退回意见")
        let json = folder.file("r.json")
        let result = try CommandRunner.run(["validate", "Examples", "--reference", "Examples/名单.csv", "--feedback", out.path,
                                            "--json", json.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("退回意见已写入 \(out.path)：2 个单位，另有退回意见汇总\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["广州市番禺区总工会-退回意见.docx", "广州市番禺区总工会-退回意见.txt", "退回意见汇总.docx", "退回意见汇总.txt",
                          "黄埔区总工会-退回意见.docx", "黄埔区总工会-退回意见.txt"])

        // Each notice's findings are the JSON's findings of its form, message for message.
        let report = try #require(try JSONDiff.parse(String(decoding: Data(contentsOf: json), as: UTF8.self)) as? [String: Any])
        var messages: [String: [String]] = [:]
        for file in report["files"] as? [[String: Any]] ?? [] {
            let path = try #require(file["path"] as? String)
            messages[path] = (file["findings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        }
        let huangpu = try #require(messages["Examples/huangpu-2021.xlsx"])
        let panyu = try #require(messages["Examples/panyu-2021.xlsx"])
        #expect(huangpu.count == 2 && panyu.count == 1)
        for (name, own, other, file) in [("黄埔区总工会", huangpu, panyu, "huangpu-2021.xlsx"),
                                         ("广州市番禺区总工会", panyu, huangpu, "panyu-2021.xlsx")] {
            let words = try Self.printed(out.appendingPathComponent("\(name)-退回意见.docx"))
            #expect(words.hasPrefix("关于《部门整体支出绩效自评表》的退回意见\(name)："), "\(words.prefix(60))")
            #expect(words.contains(file))
            for message in own { #expect(words.contains(Self.compact(message)), "\(name): \(message)") }
            for message in other { #expect(!words.contains(Self.compact(message)), "\(name): \(message)") }
            // The text file says the same, for a Chinese Windows desk: a byte-order mark, CRLF line ends.
            let text = try Data(contentsOf: out.appendingPathComponent("\(name)-退回意见.txt"))
            #expect(Array(text.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let lines = String(decoding: text.dropFirst(3), as: UTF8.self)
            #expect(Self.compact(lines).contains(Self.compact(own[0])))
            #expect(!lines.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        }
        // 番禺's figure is an error to fix first; 黄埔's are warnings to explain.
        let panyuText = try Self.printed(out.appendingPathComponent("广州市番禺区总工会-退回意见.docx"))
        #expect(panyuText.contains("一、强制性问题（须先修改）1.【C6】核定数核对：实际支出数表中填写1538.82，核定名单（第3行）为1548.82。"))
        let summary = try Self.printed(out.appendingPathComponent("退回意见汇总.docx"))
        #expect(summary.contains("收到的文件2个读出的自评表2份审核通过0份退回修改2家未交1家"), "\(summary)")
        #expect(summary.contains("三、未交的单位序号单位1广州市白云区总工会"))
    }

    /// Without a list, each form with findings gets a notice addressed by its 部门名称; in English with --lang en.
    @Test func withoutAListEachFormWithFindingsInEnglish() throws {
        let folder = TestFolder()
        let out = folder.file("notices")
        let result = try CommandRunner.run(["validate", "Examples", "--feedback", out.path, "--lang", "en", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names.count == 4)
        #expect(names == ["return-notices-summary.docx", "return-notices-summary.txt",
                          "广州市黄埔区总工会（广州开发区总工会）-return-notice.docx", "广州市黄埔区总工会（广州开发区总工会）-return-notice.txt"])
        let notice = "广州市黄埔区总工会（广州开发区总工会）-return-notice.txt"
        let text = String(decoding: try Data(contentsOf: out.appendingPathComponent(notice)).dropFirst(3), as: UTF8.self)
        #expect(text.contains("广州市黄埔区总工会（广州开发区总工会）"))
        #expect(text.contains("E6"))
        #expect(text.contains("To 广州市黄埔区总工会（广州开发区总工会）:"))
        #expect(text.contains("I. Warnings (each to be explained)"))
        #expect(!text.contains("退回"))
    }

    /// A file where the folder should be: refused before anything is read, exit 2.
    @Test func aFileWhereTheFolderShouldBeIsRefused() throws {
        let folder = TestFolder()
        let file = folder.file("notices")
        try Data("x".utf8).write(to: file)
        let result = try CommandRunner.run(["validate", "Examples", "--feedback", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--feedback 须是文件夹：\(file.path) 是一个文件"), "\(result.stderr)")
    }
}
