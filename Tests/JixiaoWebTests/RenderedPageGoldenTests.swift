import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader
@testable import JixiaoWeb

/// Every renderer's output for Examples/ (the CLI's own JSON for it, the Huangpu sheet with its findings) in one
/// page, recorded as `Tests/Fixtures/goldens/web-examples.{zh,en}.html`: a change to any of them shows in the diff,
/// and the file opens in a browser with the real app.css and app.js (linked relative to the goldens folder) to look
/// at.
@Suite("Rendered pages against their goldens")
struct RenderedPageGoldenTests {
    static func page(_ language: JixiaoForm.MessageLanguage) throws -> String {
        let words = try PageWords.standard(language)
        let report = try RoundTableTests.examplesReport()
        let link: (String) -> FileLink = { path in
            let name = URL(fileURLWithPath: path).lastPathComponent
            return FileLink(name: name, url: "#file-" + name)
        }
        let file = try #require(report.files.first { $0.path.hasSuffix("huangpu-2021.xlsx") })
        let workbook = try Workbook(contentsOf: Fixtures.packageRoot.appendingPathComponent(file.path))
        let sheet = try #require(workbook.sheet(named: file.findings[0].sheet ?? ""))
        let assets = "../../../Sources/JixiaoWeb/Assets/"
        return """
            <!doctype html>
            <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
            <title>\(HTML.text(words[.appTitle]))</title>
            <link rel="stylesheet" href="\(assets)app.css"><script src="\(assets)app.js" defer></script></head>
            <body><header class="top"><h1>\(HTML.text(words[.appTitle]))</h1></header><main>
            <h2>\(HTML.text(words[.summaryHeading]))</h2>
            \(RoundTable.html(report, link: link, words: words))
            <h2>\(HTML.text(words[.chartHeading]))</h2>
            \(CompletionChart.svg(CompletionChart.rows(report, link: link), words: words))
            <h2>\(HTML.text(words.layout.sheets.round.text(in: language)))</h2>
            \(RoundTable.roundHTML(report, link: link, words: words))
            \(RoundTable.skippedHTML(report, link: link, words: words))
            <h2 id="file-huangpu-2021.xlsx">\(HTML.text(words(.fileHeading, ["name": "huangpu-2021.xlsx"])))</h2>
            <div class="file-view"><div>
            \(SheetTable.html(sheet, in: workbook, highlights: CellHighlight.all(in: file), words: words))
            </div><aside><h3>\(HTML.text(words(.findingsHeading, ["count": String(file.findings.count)])))</h3>
            \(FindingList.html(file, words: words))
            </aside></div>
            </main></body></html>

            """
    }

    @Test("the Examples page in Chinese and in English", arguments: [JixiaoForm.MessageLanguage.zh, .en])
    func examples(_ language: JixiaoForm.MessageLanguage) throws {
        let page = try Self.page(language)
        #expect(!page.contains("style=") && !page.contains(" onclick") && !page.contains(" onload"))
        let outcome = Golden.check(text: page, against: Golden.folder.appendingPathComponent("web-examples.\(language.rawValue).html"))
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
    }
}
