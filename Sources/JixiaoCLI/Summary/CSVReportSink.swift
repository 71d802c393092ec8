import JixiaoForm

/// `--format csv` and `--csv FILE`: one row per finding, or one per file without findings (``ValidationCSV``),
/// for a person (byte-order mark, words in the run's language) or, with `--csv-keys`, for scripts.
final class CSVReportSink: ReportSink {
    private let output: StreamingOutput
    private let keys: Bool

    init(output: StreamingOutput, language: Language, keys: Bool = false) {
        self.output = output
        self.keys = keys
        output.write(ValidationCSV(language: language, keys: keys).start)
    }

    func configure(_ rendering: inout ReportRendering) {
        rendering.csv = true
        rendering.csvKeys = keys
    }

    func add(_ report: RenderedReport) throws {
        output.append { $0.append(contentsOf: report.csv) }
    }

    func finish(_ totals: ValidationSummary) throws { try output.commit() }

    func discard() { output.discard() }
}
