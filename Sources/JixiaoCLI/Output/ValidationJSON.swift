import JixiaoForm

/// `validate --format json`: the run's one document (form-model.md §4), unreadable files' `error` and skipped
/// files' `message` in the run's language.
enum ValidationJSON {
    static func render(_ reports: [FileReport], language: Language) -> String {
        ReportJSON.document(reports) { report in
            report.error.map { ErrorPresenter.message(for: $0, file: report.path, language: language) }
                ?? report.skipReason.map { SkipWords.reason($0, language: language) }
        }
    }
}
