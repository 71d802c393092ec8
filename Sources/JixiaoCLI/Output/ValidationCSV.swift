import JixiaoForm

/// `validate --format csv`: one row per finding, or one row for a file without findings (its status, and the
/// reason when unreadable). Files sorted by path.
enum ValidationCSV {
    static let header = ["path", "status", "severity", "rule", "field", "sheet", "cell", "stated", "expected", "kind",
                         "message"]

    static func render(_ reports: [FileReport], language: Language) -> String {
        var lines = [CSVText.row(header)]
        for report in reports.sorted(by: { $0.path < $1.path }) {
            if report.findings.isEmpty {
                let reason = report.error.map { FormErrorPresenter.message(for: $0, file: report.path, language: language) }
                lines.append(CSVText.row([report.path, report.status.rawValue, "", "", "", "", "", "", "", "", reason ?? ""]))
                continue
            }
            for finding in report.findings {
                lines.append(CSVText.row([
                    report.path, report.status.rawValue, finding.severity.rawValue, finding.rule.rawValue,
                    finding.field.rawValue, finding.sheet ?? "", finding.cell?.description ?? "",
                    finding.stated?.description ?? "", finding.expected?.description ?? "", finding.kind?.rawValue ?? "",
                    finding.message,
                ]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
