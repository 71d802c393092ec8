import JixiaoForm

/// `--format text`: each file's findings as it is validated, then the closing line.
final class TextReportSink: ReportSink {
    private let output: StreamingOutput
    private let language: Language
    private let paint: Painter

    init(output: StreamingOutput, language: Language, colour: Bool) {
        self.output = output
        self.language = language
        paint = Painter(enabled: colour)
    }

    func configure(_ rendering: inout ReportRendering) {
        rendering.text = true
        rendering.colour = paint.enabled
    }

    func add(_ report: RenderedReport) throws {
        output.append { $0.append(contentsOf: report.text) }
    }

    func finish(_ totals: ValidationSummary, round: RoundReport?) throws {
        output.write(ValidationText.footer(totals, language: language))
        if let round { output.write(RoundText.lines(round, language: language, paint: paint)) }
        try output.commit()
    }

    func discard() { output.discard() }
}
