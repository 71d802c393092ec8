import JixiaoForm

/// `--format csv` and `--csv FILE`: one row per finding, or one per file without findings (``ValidationCSV``),
/// for a person (byte-order mark, words in the run's language) or, with `--csv-keys`, for scripts.
final class CSVReportSink: ReportSink {
    private let output: StreamingOutput
    private let keys: Bool
    private let language: Language

    init(output: StreamingOutput, language: Language, keys: Bool = false) {
        self.output = output
        self.keys = keys
        self.language = language
        output.write(ValidationCSV(language: language, keys: keys).start)
    }

    func configure(_ rendering: inout ReportRendering) {
        rendering.csv = true
        rendering.csvKeys = keys
    }

    func add(_ report: RenderedReport) throws {
        output.append { $0.append(contentsOf: report.csv) }
    }

    /// The round's rows (``ValidationCSV/rows(for:)-(RoundReport)``) follow the files'.
    func finish(_ totals: ValidationSummary, round: RoundReport?) throws {
        if let round {
            for row in ValidationCSV(language: language, keys: keys).rows(for: round) { output.write(row + "\n") }
        }
        try output.commit()
    }

    func discard() { output.discard() }
}
