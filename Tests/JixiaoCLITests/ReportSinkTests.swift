import Foundation
@testable import JixiaoCLI
import JixiaoForm
import JixiaoTestSupport
import Testing

/// The streaming outputs of a bulk run write what the whole-run renderers write.
@Suite("Streaming outputs")
struct ReportSinkTests {
    /// Each file's reports, in path order: one per file, three for the workbook of three units' forms.
    static let files: [[FileReport]] = {
        let validator = FormValidator()
        let names = ["forms/huangpu-2021.xlsx", "forms/panyu-2021.xlsx", "forms/blank-form.xlsx",
                     "variants/wrong-rates.openpyxl.xlsx", "hostile/truncated.xlsx", "workbooks/three-units-scores.openpyxl.xlsx"]
        return names.sorted().map { name in validator.validateForms(fileAt: Fixtures.root.appendingPathComponent(name), path: name) }
    }()
    static let reports = files.flatMap { $0 }

    @Test(arguments: [0, 1, 6])
    func streamedJSONIsTheDocument(_ count: Int) throws {
        let folder = TestFolder()
        let path = folder.file("r.json").path
        let sink = JSONReportSink(output: try StreamingOutput(path: path), language: .zh)
        var rendering = ReportRendering(language: .zh)
        sink.configure(&rendering)
        var totals = ValidationSummary.zero
        let files = Array(Self.files.prefix(count))
        for reports in files {
            let rendered = reports.map(rendering.render)
            for report in rendered { try sink.add(report) }
            totals.add(rendered)
        }
        try sink.finish(totals, round: nil)
        let reports = files.flatMap { $0 }
        #expect(totals == ValidationSummary(reports))
        #expect(totals.workbooks == count)
        let expected = ValidationJSON.render(reports, language: .zh)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(folder.contents == ["r.json"])
    }

    @Test func streamedCSVAndTextAreTheWholeRenderings() throws {
        let folder = TestFolder()
        let csv = CSVReportSink(output: try StreamingOutput(path: folder.file("r.csv").path), language: .en)
        let text = TextReportSink(output: try StreamingOutput(path: folder.file("r.txt").path), language: .zh, colour: false)
        let totals = ValidationSummary(Self.reports)
        var rendering = ReportRendering(language: .en)
        csv.configure(&rendering)
        var textRendering = ReportRendering(language: .zh)
        text.configure(&textRendering)
        for report in Self.reports {
            try csv.add(rendering.render(report))
            try text.add(textRendering.render(report))
        }
        try csv.finish(totals, round: nil)
        try text.finish(totals, round: nil)
        // Compared as bytes: reading the file as a String would drop its byte-order mark.
        #expect(try Data(contentsOf: folder.file("r.csv")) == Data(ValidationCSV(language: .en).render(Self.reports).utf8))
        #expect(try String(contentsOf: folder.file("r.txt"), encoding: .utf8)
                == ValidationText.render(Self.reports, language: .zh, colour: false))
    }

    @Test func aDiscardedOutputLeavesTheOldFile() throws {
        let folder = TestFolder()
        let url = folder.file("r.json")
        try Data("old".utf8).write(to: url)
        let output = try StreamingOutput(path: url.path)
        output.write(String(repeating: "新", count: 100_000))   // past the buffer: written to the temporary file
        #expect(folder.contents.count == 2)
        output.discard()
        #expect(folder.contents == ["r.json"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        #expect(throws: (any Error).self) { try StreamingOutput(path: folder.file("missing/r.json").path) }
    }

    @Test func linkPathsAreRelativeToTheSummary() {
        func relative(_ file: String, _ folder: String) -> String {
            SummaryText.relativePath(of: URL(fileURLWithPath: file), from: URL(fileURLWithPath: folder))
        }
        #expect(relative("/data/2021/returned/a.xlsx", "/data/2021") == "returned/a.xlsx")
        #expect(relative("/data/2021/returned/a.xlsx", "/data/2021/summaries") == "../returned/a.xlsx")
        #expect(relative("/data/x/../2021/a.xlsx", "/data/2021") == "a.xlsx")
        #expect(relative("/srv/a.xlsx", "/home/officer") == "/srv/a.xlsx")
    }

    /// Worked out once per folder, a link path is the one worked out for the file alone: beside, below and
    /// above the summary, through `..`, in folders that exist (URLs of folders end in `/`) or not, relative
    /// to the working folder, for a file named like the folder on the way to the summary, and for folders whose
    /// names differ only in Unicode form.
    @Test func linkPathsByFolderAreTheWholeComputation() throws {
        let folder = TestFolder()
        for name in ["returned/sub", "summaries/x", "a b/c%d", "长/短"] {
            try FileManager.default.createDirectory(at: folder.file(name), withIntermediateDirectories: true)
        }
        let root = folder.url.path
        let files = ["returned/a.xlsx", "returned/b.xlsx", "returned/sub/c.xlsx", "returned/sub/../d.xlsx",
                     "summaries/e.xlsx", "summaries/x/f.xlsx", "summaries", "g.xlsx", "a b/c%d/h.xlsx", "长/短/表.xlsx",
                     "missing/i.xlsx", "returned/.", "returned/..", "returned//j.xlsx", "./k.xlsx",
                     "caf\u{E9}/q.xlsx", "cafe\u{301}/r.xlsx", "caf\u{E9}/s.xlsx"].map { root + "/" + $0 }
            + ["/l.xlsx", "/tmp", "/", "m.xlsx", "rel/n.xlsx", "../o.xlsx", "/srv/forms/p.xlsx"]
        for summaryFolder in [root, root + "/summaries", root + "/summaries/x", root + "/returned/sub/", "/", "/srv"] {
            let url = URL(fileURLWithPath: summaryFolder)
            var links = LinkPaths(summaryFolder: url)
            for file in files + files.reversed() {
                // Compared by bytes: `==` takes the two spellings of café for one.
                #expect(Array(links.path(of: file).utf8)
                        == Array(SummaryText.relativePath(of: URL(fileURLWithPath: file), from: url).utf8),
                        "\(file) from \(summaryFolder)")
            }
        }
    }

    @Test func linkFormulas() {
        #expect(HyperlinkFormulas(target: "returned/a.xlsx", text: "打开").formula(location: nil)
                == "HYPERLINK(\"returned/a.xlsx\",\"打开\")")
        #expect(HyperlinkFormulas(target: "a \"b\".xlsx", text: "打开").formula(location: "'Sheet1'!E6")
                == "HYPERLINK(\"a \"\"b\"\".xlsx#'Sheet1'!E6\",\"打开\")")
        #expect(HyperlinkFormulas(target: "a#b.xlsx", text: "打开").formula(location: nil) == nil)
        #expect(HyperlinkFormulas(target: String(repeating: "长", count: 256), text: "打开").formula(location: nil) == nil)
        #expect(HyperlinkFormulas(target: "a\nb.xlsx", text: "打开").formula(location: nil) == nil)
        #expect(HyperlinkFormulas(target: "a#\u{301}.xlsx", text: "打开").formula(location: nil)
                == "HYPERLINK(\"a#\u{301}.xlsx\",\"打开\")")
    }

    /// One file's links share its checked target; each location is checked on its own, the address's length
    /// counting the target's.
    @Test func linkFormulasOfOneFile() {
        let target = "returned/" + String(repeating: "长", count: 229) + ".xlsx"   // 243 units
        let links = HyperlinkFormulas(target: target, text: "打\"开\"")
        let tail = "\",\"打\"\"开\"\"\")"
        #expect(links.formula(location: nil) == "HYPERLINK(\"" + target + tail)
        #expect(links.formula(location: "'Sheet1'!E6") == "HYPERLINK(\"" + target + "#'Sheet1'!E6" + tail)   // 255
        #expect(links.formula(location: "'Sheet1'!E16") == nil)                                              // 256
        #expect(links.formula(location: "'Shee\"1'!E6") == nil)                                              // 256 doubled
        #expect(links.formula(location: "'a\tb'!E6") == nil)
        #expect(HyperlinkFormulas(target: "a.xlsx", text: "打\u{7F}开").formula(location: nil) == nil)
        #expect(HyperlinkFormulas(target: "", text: "打开").formula(location: "'S'!A1") == nil)
        #expect(HyperlinkFormulas(target: "a#b.xlsx", text: "打开").formula(location: "'S'!A1") == nil)
    }

    @Test func cellTextsAreMadeSafe() {
        #expect(SummaryText.cellSafe("部门\u{0}名称") == "部门\u{FFFD}名称")
        let long = String(repeating: "长", count: 40_000)
        let cut = SummaryText.cellSafe(long)
        #expect(cut.utf16.count == 32_767)
        #expect(cut.hasSuffix("…"))
        #expect(SummaryText.cellSafe("普通") == "普通")
    }

    @Test func figuresAreWrittenAsShown() throws {
        let rate = ShownDecimal(Decimal(15388200) / Decimal(15762100), places: 4)
        #expect(SummaryText.exact(rate) == Decimal(string: rate.text))
        for figure in [rate, ShownDecimal(Decimal(string: "-353.99")!, places: 2), ShownDecimal(Decimal(string: "1505.2")!, places: 2)] {
            // The double a cell stores is the one the Decimal writer stored.
            #expect(SummaryText.double(figure) == Double(SummaryText.exact(figure).description))
        }
        #expect(SummaryStyles.rate(3).numberFormat == "0.0%")
        #expect(SummaryStyles.rate(2).numberFormat == "0%")
        #expect(SummaryStyles.amount(2).numberFormat == "#,##0.00")
        #expect(SummaryStyles.amount(0).numberFormat == "#,##0")
    }
}
