import JixiaoForm

/// `validate --format csv`: one row per finding, or one row for a file without findings (its status, and the
/// reason when unreadable or skipped; the sheet when the file holds several forms). Files sorted by path.
enum ValidationCSV {
    static let header = ReportCSV.header

    static func render(_ reports: [FileReport], language: Language) -> String {
        var lines = [CSVText.row(header)]
        for report in reports.enumerated().sorted(by: { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }) {
            lines += rows(for: report.element, language: language)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One file's rows: one per finding, or one with its status (and the reason when unreadable).
    static func rows(for report: FileReport, language: Language) -> [String] {
        if report.findings.isEmpty {
            let reason = report.error.map { ErrorPresenter.message(for: $0, file: report.path, language: language) }
                ?? report.skipReason.map { SkipWords.message(for: $0, file: report.path, language: language) }
            // A form of a workbook holding several names its sheet.
            return [CSVText.row([report.path, report.status.rawValue, "", "", "", report.sheet ?? "", "", "", "", "", reason ?? ""])]
        }
        return report.findings.map { finding in
            CSVText.row([
                report.path, report.status.rawValue, finding.severity.rawValue, finding.rule.rawValue,
                finding.field.rawValue, finding.sheet ?? "", finding.cell?.description ?? "",
                finding.stated?.description ?? "", finding.expected?.description ?? "", finding.kind?.rawValue ?? "",
                finding.message,
            ])
        }
    }
}
