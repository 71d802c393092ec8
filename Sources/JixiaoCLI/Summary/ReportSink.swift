import JixiaoForm

/// Receives each report as a bulk run produces it (in path order, a workbook's forms in their order), then the
/// run's totals.
///
/// A sink says what it needs from a report (``configure(_:)``); that is made where the report is made, in a
/// worker process (``ReportRendering``), and the sink gets it ready to write (``add(_:)``). Sinks write as they
/// go and keep nothing per file, so memory stays flat whatever the number of files. ``finish(_:)`` completes
/// and publishes the output (an atomic rename for files); ``discard()`` drops it.
protocol ReportSink: AnyObject {
    /// Asks for the pieces of ``RenderedReport`` this output writes.
    func configure(_ rendering: inout ReportRendering)
    func add(_ report: RenderedReport) throws
    func finish(_ totals: ValidationSummary) throws
    func discard()
}

extension ValidationSummary {
    /// The totals of no files, to count a run as it goes with ``add(_:)``.
    static var zero: ValidationSummary { ValidationSummary([]) }

    /// Counts one more file: its reports, one per form (or one when it is unreadable or skipped).
    mutating func add(_ reports: [FileReport]) {
        add(reports.map(RenderedReport.init(counting:)))
    }
}

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

    func finish(_ totals: ValidationSummary) throws {
        output.append { [count, skipped] in ReportJSON.appendClosing(totals, entries: count, skipped: skipped, to: &$0) }
        try output.commit()
    }

    func discard() { output.discard() }
}

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

    func finish(_ totals: ValidationSummary) throws {
        output.write(ValidationText.footer(totals, language: language))
        try output.commit()
    }

    func discard() { output.discard() }
}
