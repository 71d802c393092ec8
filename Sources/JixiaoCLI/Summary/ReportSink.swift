import JixiaoForm

/// Receives each report as a bulk run produces it (in path order, a workbook's forms in their order), then the
/// run's totals.
///
/// Sinks write as they go and keep nothing per file, so memory stays flat whatever the number of files.
/// ``finish(_:)`` completes and publishes the output (an atomic rename for files); ``discard()`` drops it.
protocol ReportSink: AnyObject {
    func add(_ report: FileReport) throws
    func finish(_ totals: ValidationSummary) throws
    func discard()
}

extension ValidationSummary {
    /// The totals of no files, to count a run as it goes with ``add(_:)``.
    static var zero: ValidationSummary { ValidationSummary([]) }

    /// Counts one more file: its reports, one per form (or one when it is unreadable or skipped).
    mutating func add(_ reports: [FileReport]) {
        if reports.count == 1, let reason = reports[0].skipReason {
            skipped[reason, default: 0] += 1
            return
        }
        workbooks += 1
        for report in reports { add(report) }
    }

    /// Counts one more report.
    private mutating func add(_ report: FileReport) {
        switch report.status {
        case .ok: ok += 1
        case .findings: withFindings += 1
        case .unreadable: unreadable += 1
        case .skipped: return
        }
        files += 1
        for finding in report.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
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

    func add(_ report: FileReport) throws {
        if let reason = report.skipReason {
            skipped.append((report, SkipWords.reason(reason, language: language)))
            return
        }
        let message = report.error.map { FormErrorPresenter.message(for: $0, file: report.path, language: language) }
        output.append { [count] in ReportJSON.appendEntry(report, errorMessage: message, position: count, to: &$0) }
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

    func add(_ report: FileReport) throws {
        for row in ValidationCSV.rows(for: report, language: language) { output.write(row + "\n") }
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

    func add(_ report: FileReport) throws {
        output.write(ValidationText.block(for: report, language: language, paint: paint))
    }

    func finish(_ totals: ValidationSummary) throws {
        output.write(ValidationText.footer(totals, language: language))
        try output.commit()
    }

    func discard() { output.discard() }
}
