import JixiaoForm

/// `validate --format text`: findings grouped per file with their cells, then a summary line. Colour only
/// when writing to a terminal.
enum ValidationText {
    static func render(_ reports: [FileReport], language: Language, colour: Bool) -> String {
        let paint = Painter(enabled: colour)
        var out = ""
        for report in reports.sorted(by: { $0.path < $1.path }) { out += block(for: report, language: language, paint: paint) }
        return out + footer(ValidationSummary(reports), language: language)
    }

    /// One file's lines: its status, and each finding with its cell and message.
    static func block(for report: FileReport, language: Language, paint: Painter) -> String {
        var out = ""
        switch report.status {
        case .ok:
            out += paint.bold(report.path) + "  " + paint.green(language.pick("通过", "ok")) + "\n"
        case .unreadable:
            let reason = report.error.map { FormErrorPresenter.message(for: $0, file: report.path, language: language) }
            out += paint.bold(report.path) + "  " + paint.red(language.pick("无法读取", "unreadable")) + "\n"
            out += "    " + (reason ?? "") + "\n"
        case .skipped:
            // Files that are not workbooks are only counted (the closing line); jixiao's own outputs are named.
            guard report.skipReason != .notAWorkbook else { return "" }
            out += paint.bold(report.path) + "  " + paint.dim(language.pick("跳过", "skipped")) + "\n"
            out += "    " + (report.skipReason.map { SkipWords.reason($0, language: language) } ?? "") + "\n"
        case .findings:
            let sheet = (report.form?.sheet).map { language.pick("（工作表「\($0)」）", " (sheet '\($0)')") } ?? ""
            out += paint.bold(report.path) + sheet + "  "
                + paint.yellow(language.pick("\(report.findings.count) 个问题", "\(report.findings.count) findings")) + "\n"
            for finding in report.findings {
                let label = severityLabel(finding.severity, language: language)
                let coloured: String
                switch finding.severity {
                case .error: coloured = paint.red(label)
                case .warning: coloured = paint.yellow(label)
                case .info: coloured = paint.blue(label)
                }
                var place = finding.cell?.description ?? "-"
                if let sheet = finding.sheet, sheet != report.form?.sheet { place = "\(sheet)!\(place)" }
                out += "  " + coloured + " " + place.padding(toLength: max(place.count, 6), withPad: " ", startingAt: 0)
                    + " " + paint.dim("[\(finding.rule.rawValue) \(finding.field.rawValue)]") + "\n"
                out += "      " + finding.message + "\n"
            }
        }
        return out
    }

    /// The closing line: files by status, findings by severity, and the files skipped by reason.
    static func footer(_ summary: ValidationSummary, language: Language) -> String {
        var line = language.pick(
            "共 \(summary.files) 个文件：\(summary.ok) 个通过，\(summary.withFindings) 个有问题，\(summary.unreadable) 个无法读取；错误 \(summary.errors) 个，警告 \(summary.warnings) 个，提示 \(summary.infos) 个",
            "\(Language.englishFiles(summary.files)): \(summary.ok) ok, \(summary.withFindings) with findings, \(summary.unreadable) unreadable; \(summary.errors) errors, \(summary.warnings) warnings, \(summary.infos) notes")
        if summary.skippedCount > 0 { line += language.pick("；", "; ") + SkipWords.tally(summary, language: language) }
        return "\n" + line + "\n"
    }

    static func severityLabel(_ severity: Severity, language: Language) -> String {
        switch severity {
        case .error: language.pick("错误", "error  ")
        case .warning: language.pick("警告", "warning")
        case .info: language.pick("提示", "info   ")
        }
    }
}
