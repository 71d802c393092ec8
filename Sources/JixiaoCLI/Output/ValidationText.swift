import JixiaoForm

/// `validate --format text`: findings grouped per file with their cells, then a summary line. Colour only
/// when writing to a terminal.
enum ValidationText {
    static func render(_ reports: [FileReport], language: Language, colour: Bool) -> String {
        let paint = Painter(enabled: colour)
        var out = ""
        for report in reports.enumerated().sorted(by: { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }) {
            out += block(for: report.element, language: language, paint: paint)
        }
        return out + footer(ValidationSummary(reports), language: language)
    }

    /// One file's lines: its status, and each finding with its cell and message.
    static func block(for report: FileReport, language: Language, paint: Painter) -> String {
        var out = ""
        // A form of a workbook holding several names its sheet whatever its status; a one-form file names it
        // beside its findings.
        let sheet = (report.sheet ?? (report.status == .findings ? report.form?.sheet : nil))
            .map { sheetSuffix($0, language: language) } ?? ""
        // An old workbook read through LibreOffice says so under its first line; a 绩效自评报告, which table it was
        // held against.
        var converted = report.convertedFrom.map { "    " + paint.dim(ConversionWords.note(from: $0, language: language)) + "\n" } ?? ""
        if report.kind == .report, report.status != .unreadable {
            let pairing = report.pairedWith.map { language.pick("与自评表 \($0) 核对", "checked against the table \($0)") }
                ?? language.pick("未找到对应的自评表，只核对报告本身", "no table found for it: the report is checked on its own")
            converted += "    " + paint.dim(pairing) + "\n"
        }
        switch report.status {
        case .ok:
            out += paint.bold(report.path) + sheet + "  " + paint.green(language.pick("通过", "ok")) + "\n" + converted
        case .unreadable:
            let reason = report.error.map { ErrorPresenter.message(for: $0, file: report.path, language: language) }
            out += paint.bold(report.path) + sheet + "  " + paint.red(language.pick("无法读取", "unreadable")) + "\n" + converted
            out += "    " + (reason ?? "") + "\n"
        case .skipped:
            // Files that are not workbooks are only counted (the closing line); jixiao's own outputs are named.
            guard report.skipReason != .notAWorkbook else { return "" }
            out += paint.bold(report.path) + "  " + paint.dim(language.pick("跳过", "skipped")) + "\n"
            out += "    " + (report.skipReason.map { SkipWords.reason($0, language: language) } ?? "") + "\n"
        case .findings:
            out += paint.bold(report.path) + sheet + "  "
                + paint.yellow(language.pick("\(report.findings.count) 个问题", "\(report.findings.count) findings")) + "\n"
                + converted
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
                if let paragraph = finding.paragraph { place = paragraphPlace(paragraph, page: finding.page, language: language) }
                out += "  " + coloured + " " + place.padding(toLength: max(place.count, 6), withPad: " ", startingAt: 0)
                    + " " + names(of: finding, language: language)
                    + "  " + paint.dim("[\(finding.rule.rawValue) \(finding.field.rawValue)]") + "\n"
                out += "      " + finding.message + "\n"
                if let quote = finding.quote { out += "      " + paint.dim(language.pick("原文：", "text: ") + quote) + "\n" }
            }
        }
        return out
    }

    /// The rule's name for a person (`年度调整额核对`); its id and the field's follow in brackets.
    static func names(of finding: Finding, language: Language) -> String {
        catalog?.name(of: finding.rule, in: language.messages) ?? finding.rule.rawValue
    }

    /// The rule catalogue the names come from (read once; without it the ids stand alone).
    private static let catalog = try? TemplateBundle.standard.get().rules

    /// Where a report's finding is: `第37段` (`第3页第37段` in a PDF), `¶37` (`p.3 ¶37`).
    static func paragraphPlace(_ paragraph: Int, page: Int?, language: Language) -> String {
        if let page { return language.pick("第\(page)页第\(paragraph)段", "p.\(page) ¶\(paragraph)") }
        return language.pick("第\(paragraph)段", "¶\(paragraph)")
    }

    /// `（工作表「机关」）`: what follows a path to name one sheet of the file.
    static func sheetSuffix(_ sheet: String, language: Language) -> String {
        language.pick("（工作表「\(sheet)」）", " (sheet '\(sheet)')")
    }

    /// The path of a report as a person reads it: with its sheet when the file holds several forms.
    static func name(of report: FileReport, language: Language) -> String {
        report.sheet.map { report.path + sheetSuffix($0, language: language) } ?? report.path
    }

    /// The closing line: files (or forms, when a workbook held several) by status, findings by severity, and
    /// the files skipped by reason.
    static func footer(_ summary: ValidationSummary, language: Language) -> String {
        let counted = summary.workbooks == summary.files
            ? language.pick("共 \(summary.files) 个文件", Language.englishFiles(summary.files))
            : language.pick("共 \(summary.files) 份报告（\(summary.workbooks) 个文件）",
                            "\(summary.files) reports (\(Language.englishFiles(summary.workbooks)))")
        var line = language.pick(
            "\(counted)：\(summary.ok) 个通过，\(summary.withFindings) 个有问题，\(summary.unreadable) 个无法读取；错误 \(summary.errors) 个，警告 \(summary.warnings) 个，提示 \(summary.infos) 个",
            "\(counted): \(summary.ok) ok, \(summary.withFindings) with findings, \(summary.unreadable) unreadable; \(summary.errors) errors, \(summary.warnings) warnings, \(summary.infos) notes")
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
