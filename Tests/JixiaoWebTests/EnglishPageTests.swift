import Foundation
import Hummingbird
import HummingbirdTesting
import JixiaoForm
@testable import JixiaoWeb
import JixiaoTestSupport
import Testing
import XLSXReader

/// A round read in English: its pages say everything in English, the CLI's own English (finding messages,
/// unreadable reasons, the 收表情况's findings) included; Chinese is left only in what the files themselves say.
@Suite("Web: a round read in English")
struct EnglishPageTests {
    /// Han characters, CJK punctuation and full-width forms.
    static func chinese(in text: String) -> [String] {
        text.unicodeScalars.filter { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
            .map(String.init)
    }

    /// The page's markup without the sheet drawn (cell text), the chart's labels (unit names, shortened) and
    /// `names` (file, unit and sheet names).
    static func words(of page: String, without names: [String]) -> String {
        var text = page
        for (open, close) in [("<table class=\"sheet\"", "</table>"), ("<text class=\"chart-label\"", "</text>")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
            text = text.replacingOccurrences(of: HTML.text(name), with: "")
        }
        return text
    }

    /// Every text the files themselves gave the report: the forms' fields (units, indicators …) and the list's units.
    static func strings(in report: Data) throws -> [String] {
        let json = try JSONSerialization.jsonObject(with: report) as? [String: Any]
        var strings: [String] = []
        func collect(_ value: Any?) {
            switch value {
            case let text as String: strings.append(text)
            case let array as [Any]: array.forEach(collect)
            case let object as [String: Any]: object.values.forEach(collect)
            default: break
            }
        }
        for file in json?["files"] as? [[String: Any]] ?? [] { collect(file["form"]) }
        let round = (json?["summary"] as? [String: Any])?["round"] as? [String: Any]
        for unit in round?["units"] as? [[String: Any]] ?? [] { collect(unit["unit"]); collect(unit["department"]) }
        return strings
    }

    @Test func englishPagesAreWhollyEnglish() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [
                .field("name", "2021 round"),
                try .file("files", RoundUploadTests.huangpu),
                try .file("reference", RoundUploadTests.referenceList),
                try .file("files", Fixtures.root.appendingPathComponent("hostile/truncated.xlsx"), as: "白云区.xlsx"),
            ])
            let id = try RoundUploadTests.roundID(created.location)
            #expect(await web.server.checker.wait(id).phase == .done)
            #expect(web.server.checker.reportURL(id, language: .en) == nil)

            // The first English page asks for the English report: the check runs again in English.
            let waiting = try await client.execute(uri: "/rounds/\(id.value)?lang=en", method: .get)
            #expect(waiting.text.contains("data-phase=\"queued\"") || waiting.text.contains("data-phase=\"running\""))
            #expect(!waiting.text.contains("<table id=\"files\""))
            #expect(await web.server.checker.wait(id).phase == .done)
            let english = try #require(web.server.checker.reportURL(id, language: .en))
            let report = try ValidationReportJSON.decode(Data(contentsOf: english))
            let round = try #require(report.summary.round)

            // The round page: the 收表情况's finding for the unit that did not return, as the CLI words it in English.
            let page = try await client.execute(uri: "/rounds/\(id.value)?lang=en", method: .get)
            let missing = try #require(round.findings.first { $0.rule == "missing-submission" && $0.unit == "广州市番禺区总工会" })
            let row = try #require(missing.row)
            #expect(missing.message == "“广州市番禺区总工会” (row \(row) of the reference list) has returned no readable form. "
                    + "Ask “广州市番禺区总工会” for its form")
            #expect(page.text.contains(HTML.text(missing.message)))
            #expect(page.text.contains("<p class=\"totals\">Files: 2; passed 0, with findings 1, unreadable 1."))

            // The file page: each finding's message is the one JixiaoForm gives in English.
            let form = FormValidator(language: .en).validate(fileAt: RoundUploadTests.huangpu)
            let first = try #require(form.findings.first)
            #expect(first.message.hasPrefix("the budget adjustment should be annual budget − initial budget = "), "\(first.message)")
            let file = try await client.execute(uri: "/rounds/\(id.value)/files/1?lang=en", method: .get)
            #expect(file.text.contains("<p class=\"message\">\(HTML.text(first.message))</p>"))
            #expect(file.text.contains("<td id=\"c-E6\" class=\"al-r va-m finding warning\" colspan=\"2\" data-finding=\"0\""))

            // The unreadable file: its reason in English.
            let bad = try await client.execute(uri: "/rounds/\(id.value)/files/2?lang=en", method: .get)
            #expect(bad.text.contains("<p class=\"unreadable\">Unreadable: "))

            // No Chinese but the files' own: cell text, file, unit and sheet names, the money unit.
            let workbook = try Workbook(contentsOf: RoundUploadTests.huangpu).sheets.map(\.name)
            // The language switch says 中文 for a Chinese reader to find it.
            let names = ["中文", "2021 round", "huangpu-2021.xlsx", "白云区.xlsx", "名单.csv", "汇总.xlsx", "万元", "元"]
                + (try Self.strings(in: Data(contentsOf: english))) + workbook
            for (uri, response) in [("round", page), ("file", file), ("unreadable", bad)] {
                let words = Self.words(of: response.text, without: names)
                let left = Self.chinese(in: words)
                #expect(left.isEmpty, "\(uri): \(left.joined()) in \(words)")
            }

            // The Chinese page still shows the Chinese report.
            let chinese = try await client.execute(uri: "/rounds/\(id.value)?lang=zh", method: .get)
            #expect(chinese.text.contains("<p class=\"totals\">共 2 个文件"))
        }
    }
}
