import Foundation
import JixiaoForm

/// How a run's reports are rendered for its outputs: which pieces of ``RenderedReport`` to make, in which
/// language, with colour or not, and the summary's rows relative to which folder. Each output says what it
/// needs (``ReportSink/configure(_:)``); a worker process is told the same through ``arguments`` and rebuilds
/// it with ``init(arguments:language:)``, so a file's pieces are the same bytes wherever they are made.
///
/// ```swift
/// var rendering = ReportRendering(language: .zh)
/// sinks.forEach { $0.configure(&rendering) }
/// let rendered = rendering.render(report)
/// ```
struct ReportRendering: Sendable {
    var language: Language
    var json = false
    var csv = false
    /// The CSV rows in the machine format (`--csv-keys`) rather than for a person.
    var csvKeys = false
    var text = false
    /// Whether the text block is coloured (standard output is a terminal).
    var colour = false
    var summary: SummaryEntryRenderer?
    /// The reference list each report is reconciled with (`--reference`); nil without one.
    var round: RoundRendering?
    /// Whether each report's findings are made into a return notice's items (`--feedback`).
    var feedback = false

    init(language: Language) {
        self.language = language
    }

    /// Rendered bytes that do not read back (a worker's answer cut short, a summary entry out of shape).
    struct Damaged: Error {}

    /// Room for a form's JSON entry (about 8 KB), made at once rather than grown.
    private static let typicalEntry = 16 << 10

    /// Every piece the outputs asked for.
    func render(_ report: FileReport) -> RenderedReport {
        var report = report
        // A report is no unit's form: the round and the return notices count forms.
        let round = report.kind == .form ? round.map { $0.reconcile(&report) } : nil
        var rendered = RenderedReport(counting: report)
        rendered.round = round
        let errorMessage = report.error.map { ErrorPresenter.message(for: $0, file: report.path, language: language) }
        if json {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Self.typicalEntry)
            ReportJSON.appendEntry(report, errorMessage: errorMessage, position: 0, to: &bytes)
            rendered.json = bytes[...]
        }
        if csv {
            var bytes: [UInt8] = []
            for row in ValidationCSV(language: language, keys: csvKeys).rows(for: report) {
                bytes.append(contentsOf: row.utf8)
                bytes.append(UInt8(ascii: "\n"))
            }
            rendered.csv = bytes[...]
        }
        if text {
            rendered.text = Array(ValidationText.block(for: report, language: language, paint: Painter(enabled: colour)).utf8)[...]
        }
        if let summary, report.kind == .form { rendered.summary = summary.entry(for: report) }
        if feedback, report.kind == .form, report.status != .skipped, let catalog = ReportRendering.rules {
            rendered.notice = RenderedNotice(report: report, catalog: catalog, language: language.messages, reason: errorMessage)
        }
        return rendered
    }

    /// The rules' names and messages a notice's items are worded from (read once).
    private static let rules = try? TemplateBundle.standard.get().rules

    // MARK: - Passing it to a worker

    /// The worker's command-line options for this rendering (its language goes with `--lang`).
    var arguments: [String] {
        var arguments: [String] = []
        if json { arguments.append("--json") }
        if csv { arguments.append("--csv") }
        if csvKeys { arguments.append("--csv-keys") }
        if text { arguments.append("--text") }
        if colour { arguments.append("--colour") }
        if let summary {
            arguments += ["--summary-folder", summary.summaryFolder.path, "--summary-unit", summary.unit.rawValue]
        }
        if let round {
            arguments += ["--reference", round.reference]
            if let prepared = round.prepared { arguments += ["--reference-prepared", prepared] }
        }
        if feedback { arguments.append("--feedback") }
        return arguments
    }

    /// The rendering a worker was told about.
    /// - Throws: the summary layout's load error when a summary is asked for and the layout cannot be loaded;
    ///   ``RoundRendering/Failure`` when the reference list cannot be read.
    init(json: Bool, csv: Bool, csvKeys: Bool = false, text: Bool, colour: Bool, summaryFolder: String?,
         summaryUnit: SummaryUnit = .tenThousandYuan, reference: String? = nil, preparedReference: String? = nil,
         feedback: Bool = false, language: Language) throws {
        self.language = language
        self.json = json
        self.csv = csv
        self.csvKeys = csvKeys
        self.text = text
        self.colour = colour
        if let summaryFolder {
            summary = SummaryEntryRenderer(layout: try SummaryLayout.standard.get(), language: language,
                                           summaryFolder: URL(fileURLWithPath: summaryFolder), unit: summaryUnit)
        }
        if let reference { round = try RoundRendering(reference: reference, prepared: preparedReference, language: language) }
        self.feedback = feedback
    }
}
