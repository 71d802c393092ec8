import Foundation
@testable import JixiaoCLI
import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// What a worker process sends its parent reads back exactly: the wire's values, a file's rendered pieces, the
/// summary's cells, `fix`'s outcome; a damaged answer is refused rather than half read.
@Suite("Worker answers")
struct WorkerWireTests {
    static let names = ["forms/huangpu-2021.xlsx", "forms/panyu-2021.xlsx", "forms/blank-form.xlsx",
                        "variants/wrong-rates.openpyxl.xlsx", "hostile/truncated.xlsx"]

    @Test func valuesComeBackExactly() {
        var wire = WireWriter()
        let integers = [0, 1, -1, 127, 128, -300, Int.max, Int.min]
        let doubles = [0.0, -0.0, 0.978, 1505.02, .infinity, 1e-300]
        let decimals = [Decimal(string: "1505.02")!, Decimal(string: "-0.0001")!, Decimal(string: "12345678901234567890123456789012345678")!, Decimal.nan]
        let texts = ["", "a", "黄浦区 2021", String(repeating: "长", count: 5000)]
        integers.forEach { wire.integer($0) }
        doubles.forEach { wire.double($0) }
        decimals.forEach { wire.decimal($0) }
        texts.forEach { wire.text($0) }
        wire.run([0, 255, 10])
        var reader = WireReader(wire.bytes)
        #expect(integers.map { _ in reader.integer() } == integers)
        #expect(doubles.map { _ in reader.double().bitPattern } == doubles.map(\.bitPattern))
        let read = decimals.map { _ in reader.decimal() }
        #expect(Array(read.prefix(3)) == Array(decimals.prefix(3)))
        #expect(read[3].isNaN)
        #expect(texts.map { _ in reader.text() } == texts)
        #expect(reader.run() == [0, 255, 10])
        #expect(reader.isAtEnd && !reader.isDamaged)
        _ = reader.count()
        #expect(reader.isDamaged)
    }

    /// With a reference list, each report's round part (its entry, matched and reconciled, and its material for
    /// the signals) comes back exactly; cut short anywhere, the answer is refused.
    @Test func roundPartsComeBackExactly() throws {
        var rendering = ReportRendering(language: .zh)
        rendering.json = true
        rendering.round = try RoundRendering(reference: Fixtures.root.appendingPathComponent("reference/round.openpyxl.xlsx").path,
                                             language: .zh)
        let job = ValidationJob(validator: FormValidator(), rendering: rendering)
        let names = ["workbooks/five-units.openpyxl.xlsx", "forms/huangpu-2021.xlsx", "hostile/truncated.xlsx"]
        var parts: [RenderedRound] = []
        for name in names {
            let path = Fixtures.root.appendingPathComponent(name).path
            let answer = job.answer(for: path, named: true)
            let reports = try #require(ValidationJob.reports(fromAnswer: answer))
            #expect(reports == job.reports(for: path, named: true), "\(name)")
            parts += reports.compactMap(\.round)
            for cut in stride(from: 1, to: answer.count, by: max(1, answer.count / 40)) {
                #expect(ValidationJob.reports(fromAnswer: Array(answer.prefix(cut))) == nil)
            }
        }
        #expect(parts.map { $0.entry.match?.unit } == [0, 1, 2, 3, 4, 5, nil])
        #expect(parts.map(\.entry.status) == [.ok, .findings, .findings, .ok, .ok, .findings, .unreadable])
        #expect(parts[1].entry.mismatches == [.actual])
        #expect(parts[4].entry.match?.kind == .fuzzy)
        let material = try #require(parts[0].material)
        #expect(material.texts.map(\.field) == [.problems, .improvements])
        #expect(material.figures?.shown.count == 3)
        #expect(parts[6].material == nil)
    }

    /// Every piece, for forms with and without findings and an unreadable file, through a worker's answer.
    @Test func renderedReportsComeBackExactly() throws {
        let layout = try SummaryLayout.standard.get()
        var rendering = ReportRendering(language: .zh)
        rendering.json = true
        rendering.csv = true
        rendering.text = true
        rendering.colour = true
        rendering.summary = SummaryEntryRenderer(layout: layout, language: .zh, summaryFolder: Fixtures.root)
        let job = ValidationJob(validator: FormValidator(), rendering: rendering)
        for name in Self.names {
            let path = Fixtures.root.appendingPathComponent(name).path
            let reports = job.reports(for: path, named: true)
            let answer = job.answer(for: path, named: true)
            #expect(ValidationJob.reports(fromAnswer: answer) == reports, "\(name)")
            let report = try #require(reports.first)
            #expect(!report.json.isEmpty && !report.csv.isEmpty && !report.text.isEmpty)
            let rows = try #require(report.summary.rows)
            #expect(rows.first?.kind == .summary)
            #expect(rows.first?.cells.first == SummaryEntry.Cell(column: 0, style: Int(rows.first!.cells.first!.style),
                                                                 value: .text(path)))
            #expect(ValidationJob.reports(fromAnswer: Array(answer.dropLast())) == nil)
            #expect(ValidationJob.reports(fromAnswer: answer + [0]) == nil)
        }
    }

    /// The findings' rows follow the 汇总 row; a readable form has a chart row with its computed rate.
    @Test func summaryEntryRows() throws {
        let layout = try SummaryLayout.standard.get()
        let renderer = SummaryEntryRenderer(layout: layout, language: .en, summaryFolder: Fixtures.root)
        let path = Fixtures.form("huangpu-2021.xlsx").path
        let huangpu = FormValidator(language: .en).validate(fileAt: Fixtures.form("huangpu-2021.xlsx"), path: path)
        let rows = try #require(renderer.entry(for: huangpu).rows)
        #expect(rows.map(\.kind) == [.summary, .chart, .finding, .finding])
        // 1472.46 ÷ 1505.02, kept to a hundredth of a percent (DerivedFigures), not the stated 97.8%.
        #expect(rows[1].cells.map(\.value) == [.text("广州市黄埔区总工会（广州开发区总工会）"), .double(0.9784), .text(path)])
        #expect(rows[0].cells.contains {
            $0.value == .link("HYPERLINK(\"forms/huangpu-2021.xlsx\",\"open huangpu-2021.xlsx\")", text: "open huangpu-2021.xlsx")
        })
        let truncated = FormValidator(language: .en).validate(fileAt: Fixtures.root.appendingPathComponent("hostile/truncated.xlsx"),
                                                              path: "truncated.xlsx")
        #expect(try #require(renderer.entry(for: truncated).rows).map(\.kind) == [.summary])
        #expect(SummaryEntry(bytes: [1, 2, 0]).rows == nil)
        #expect(SummaryEntry(bytes: [9]).rows == nil)
    }

    /// A 汇总 column may show any field of the form by its JSON name (``SummaryColumnKey/field(_:)``), as its
    /// kind is shown: an amount as a number, a text as text; blank for an unreadable file.
    @Test func summaryColumnsShowAnyFieldOfTheForm() throws {
        var layout = try SummaryLayout.standard.get()
        layout.summaryColumns += try JSONDecoder().decode([SummaryLayout.Column].self, from: Data("""
            [{"key": "generalPublicBudget", "zh": "一般公共预算", "en": "General budget", "width": 12},
             {"key": "overallGoal", "zh": "年度整体目标", "en": "Overall goal", "width": 30}]
            """.utf8))
        #expect(layout.problems().isEmpty)
        let renderer = SummaryEntryRenderer(layout: layout, language: .zh, summaryFolder: Fixtures.root)
        let report = FormValidator().validate(fileAt: Fixtures.form("huangpu-2021.xlsx"), path: "huangpu.xlsx")
        let form = try #require(report.form)
        let summary = try #require(renderer.entry(for: report).rows?.first)
        #expect(summary.kind == .summary)
        let count = layout.summaryColumns.count
        let amount = summary.cells.first { $0.column == count - 2 }?.value
        #expect(amount == form.funds.generalPublicBudget.flatMap { SummaryText.double($0) }.map(SummaryEntry.Value.double))
        #expect(amount != nil)
        #expect(summary.cells.first { $0.column == count - 1 }?.value == form.overallGoal.map(SummaryEntry.Value.text))
        let unreadable = FormValidator().validate(fileAt: Fixtures.root.appendingPathComponent("hostile/truncated.xlsx"),
                                                  path: "truncated.xlsx")
        let blank = try #require(renderer.entry(for: unreadable).rows?.first)
        #expect(!blank.cells.contains { $0.column >= count - 2 && $0.value != .blank })
    }

    /// In process on four threads at once, every file gives the reports it gives alone: what the threads share
    /// (parsed parts, normalised labels, compiled patterns, the summary's link paths) changes no result. The
    /// same path runs side by side on several threads, so the caches are hit and filled concurrently. Under
    /// `make test-tsan` this is where those caches meet threads: in a bulk run they live in worker processes,
    /// one file at a time.
    @Test func onSeveralThreadsInProcessEachFileGivesItsOwnReports() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.root.path)
            .filter { $0.hasSuffix(".xlsx") && !$0.hasPrefix("trapping/") && !$0.hasPrefix("conformance/") }.sorted()
            .map { Fixtures.root.appendingPathComponent($0).path }
        #expect(files.count > 100)
        var rendering = ReportRendering(language: .zh)
        rendering.json = true
        rendering.csv = true
        rendering.text = true
        rendering.summary = SummaryEntryRenderer(layout: try SummaryLayout.standard.get(), language: .zh,
                                                 summaryFolder: Fixtures.root)
        let bulk = BulkValidation(rendering: rendering, workerOptions: [], timeLimit: nil, executable: nil) {
            FormValidator(language: .zh)
        }
        defer { bulk.shutdown() }
        let alone = ValidationJob(validator: FormValidator(language: .zh), rendering: rendering)
        var mismatched: [String] = []
        var compared = 0
        BatchRunner(workers: 4).run(files + files, work: { path in
            (path, bulk.reports(for: path, named: true))
        }, emit: { _, result in
            compared += 1
            if result.1 != alone.reports(for: result.0, named: true) { mismatched.append(result.0) }
        })
        #expect(compared == files.count * 2)
        #expect(mismatched.isEmpty, "\(mismatched)")
    }

    /// Where no worker can be started (no program, a program that fails, a worker of another build that will
    /// not serve), the files are read in process with the same results.
    @Test(arguments: [nil, "/no/such/program", CommandRunner.jixiao.path])
    func withoutWorkersTheWorkIsDoneInProcess(_ program: String?) throws {
        var rendering = ReportRendering(language: .en)
        rendering.json = true
        rendering.csv = true
        let bulk = BulkValidation(rendering: rendering, workerOptions: ["--lang", "en"], timeLimit: .seconds(30),
                                  executable: program) { FormValidator(language: .en) }
        defer { bulk.shutdown() }
        let job = ValidationJob(validator: FormValidator(language: .en), rendering: rendering)
        for name in Self.names {
            let path = Fixtures.root.appendingPathComponent(name).path
            #expect(bulk.reports(for: path, named: true) == job.reports(for: path, named: true), "\(name)")
        }
    }

    @Test func styleSlotsReadBack() {
        for index in 0..<SummaryStyles.Base.count { #expect(SummaryStyles.Base.at(index).index == index) }
    }

    @Test func fixOutcomesComeBack() throws {
        let folder = TestFolder()
        let job = FixJob(validator: FormValidator(), writer: try FormWorkbookWriter(language: .zh), layout: .own,
                         language: .zh, folder: folder.url.path, overwrite: false)
        let written = try #require(FixJob.outcome(fromAnswer: job.answer(for: Fixtures.form("huangpu-2021.xlsx").path, named: true)))
        guard case .written(_, let output, let counts, let uncarried) = written else {
            Issue.record("not written: \(written)")
            return
        }
        #expect(output == folder.file("huangpu-2021.corrected.xlsx").path)
        #expect(counts.map { [$0.corrected, $0.manual] } == [[1, 1]])
        #expect(counts.first?.sheet == nil)
        #expect(uncarried.isEmpty)
        // A workbook of several units' forms: a count per form, named by its sheet.
        let units = try #require(FixJob.outcome(fromAnswer: job.answer(for: Fixtures.root.appendingPathComponent("workbooks/two-units.openpyxl.xlsx").path, named: true)))
        guard case .written(_, _, let unitCounts, _) = units else {
            Issue.record("not written: \(units)")
            return
        }
        #expect(unitCounts.count == 2)
        #expect(unitCounts.allSatisfy { $0.sheet != nil })
        let failed = try #require(FixJob.outcome(fromAnswer: job.answer(for: Fixtures.root.appendingPathComponent("hostile/truncated.xlsx").path, named: true)))
        guard case .failed(_, let message) = failed else {
            Issue.record("not failed: \(failed)")
            return
        }
        #expect(message.contains("truncated.xlsx"))
        #expect(FixJob.outcome(fromAnswer: [3]) == nil)
    }
}
