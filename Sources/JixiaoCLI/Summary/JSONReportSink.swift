import JixiaoForm

/// `--format json` and `--json FILE`: the document of form-model.md §4, written file by file. The text is
/// exactly what ``ReportJSON/document(_:errorMessage:)`` gives for the same reports in path order.
final class JSONReportSink: ReportSink {
    private let output: StreamingOutput
    private let language: Language
    private var count = 0
    /// The files skipped, listed after `files` (a path and a reason each, kept until the end).
    private var skipped: [(report: FileReport, message: String?)] = []

    init(output: StreamingOutput, language: Language) {
        self.output = output
        self.language = language
        output.append { ReportJSON.appendOpening(to: &$0) }
    }

    func configure(_ rendering: inout ReportRendering) { rendering.json = true }

    /// The entry comes rendered as the first of `files` (``ReportJSON/appendEntry(_:errorMessage:position:to:)``
    /// at position 0); every later one has a comma before it. Skipped files wait for the end.
    func add(_ report: RenderedReport) throws {
        if let reason = report.skipReason {
            skipped.append((FileReport.skipped(report.path, reason), SkipWords.reason(reason, language: language)))
            return
        }
        output.append { [count] bytes in
            if count > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: report.json)
        }
        count += 1
    }

    func finish(_ totals: ValidationSummary, round: RoundReport?) throws {
        output.append { [count, skipped, language] in
            ReportJSON.appendClosing(totals, entries: count, skipped: skipped, round: round, language: language.messages, to: &$0)
        }
        try output.commit()
    }

    func discard() { output.discard() }
}
