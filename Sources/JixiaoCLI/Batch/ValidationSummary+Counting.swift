import JixiaoForm

/// Counting a run as it goes: its files, forms and findings, and the files it skipped.
extension ValidationSummary {
    /// The totals of no files, to count a run as it goes with ``add(_:)``.
    static var zero: ValidationSummary { ValidationSummary([]) }

    /// Counts one more file from its reports as the form library gives them, one per form (or one when it is
    /// unreadable or skipped).
    mutating func add(_ reports: [FileReport]) {
        add(reports.map(RenderedReport.init(counting:)))
    }

    /// Counts one more file: its reports, one per form (or one when it is unreadable or skipped).
    mutating func add(_ reports: [RenderedReport]) {
        if reports.count == 1, let reason = reports[0].skipReason {
            skipped[reason, default: 0] += 1
            return
        }
        workbooks += 1
        for report in reports { add(report) }
    }

    /// Counts one more report.
    private mutating func add(_ report: RenderedReport) {
        switch report.status {
        case .ok: ok += 1
        case .findings: withFindings += 1
        case .unreadable: unreadable += 1
        case .skipped: return
        }
        files += 1
        errors += report.errors
        warnings += report.warnings
        infos += report.infos
    }

    /// The totals of a run that read nothing and skipped these files.
    init(skipping files: [InputFile]) {
        self.init(files.compactMap { file in file.skipReason.map { FileReport.skipped(file.path, $0) } })
    }
}
