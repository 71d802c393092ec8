import JixiaoForm

/// `--format csv` and `--csv FILE`: one row per finding, or one per file without findings.
final class CSVReportSink: ReportSink {
    private let output: StreamingOutput
    private let language: Language

    init(output: StreamingOutput, language: Language) {
        self.output = output
        self.language = language
        output.write(CSVText.row(ValidationCSV.header) + "\n")
    }

    func configure(_ rendering: inout ReportRendering) { rendering.csv = true }

    func add(_ report: RenderedReport) throws {
        output.append { $0.append(contentsOf: report.csv) }
    }

    func finish(_ totals: ValidationSummary) throws { try output.commit() }

    func discard() { output.discard() }
}
