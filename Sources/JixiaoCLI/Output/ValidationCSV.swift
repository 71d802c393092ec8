import JixiaoForm

/// `validate --format csv` and `--csv FILE`: one row per finding, or one row for a file without findings (its
/// status, and the reason when unreadable or skipped; the sheet when the file holds several forms). Files sorted
/// by path.
///
/// By default the CSV is for a person opening it in Excel (the columns of `summary-layout.json`'s `csvColumns`,
/// whose status and severity labels it shares): the UTF-8 byte-order mark,
/// a header and words in the run's language (状态 通过, 严重程度 错误, the rule's and the field's names beside
/// their ids, the kind in words), the figures as plain numbers, texts from the files made inert for Excel
/// (``CSVText/inert(_:)``). With `keys` (`--csv-keys`) it is the machine
/// format scripts read: the keys' header, raw values, no mark.
///
/// ```swift
/// let csv = ValidationCSV(language: .zh)
/// csv.start        // BOM + "文件,部门,工作表,状态,严重程度,规则,规则名称,…\n"
/// csv.rows(for: report)
/// ValidationCSV(language: .zh, keys: true).start   // "path,status,severity,rule,…\n"
/// ```
struct ValidationCSV: Sendable {
    let language: Language
    /// The machine format (`--csv-keys`).
    let keys: Bool
    private let catalog: RuleCatalog?
    private let layout: SummaryLayout?
    /// The person's columns (the layout's; by key should the layout lack them).
    private let columns: [ReportCSV.Column]

    init(language: Language, keys: Bool = false) {
        self.language = language
        self.keys = keys
        catalog = try? TemplateBundle.standard.get().rules
        layout = try? SummaryLayout.standard.get()
        columns = layout?.csvColumns
            ?? ReportCSV.Key.allCases.map { ReportCSV.Column(key: $0.rawValue, zh: $0.rawValue, en: $0.rawValue) }
    }

    /// What the file starts with: the byte-order mark (not for the keys) and the header row.
    var start: String {
        keys ? CSVText.row(ReportCSV.header) + "\n"
             : "\u{FEFF}" + CSVText.row(columns.map { $0.header(in: language.messages) }) + "\n"
    }

    /// The whole CSV of a run's reports.
    func render(_ reports: [FileReport]) -> String {
        var text = start
        for report in reports.enumerated().sorted(by: { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }) {
            for row in rows(for: report.element) { text += row + "\n" }
        }
        return text
    }

    /// One file's rows: one per finding, or one with its status (and the reason when unreadable or skipped).
    func rows(for report: FileReport) -> [String] {
        if report.findings.isEmpty {
            let reason = report.error.map { ErrorPresenter.message(for: $0, file: report.path, language: language) }
                ?? report.skipReason.map { SkipWords.message(for: $0, file: report.path, language: language) }
            // A form of a workbook holding several names its sheet.
            return [row(report, finding: nil, message: reason ?? "")]
        }
        return report.findings.map { row(report, finding: $0, message: $0.message) }
    }

    /// A row per round finding (未交, 重复, 名单外), after the files' rows: the file concerned (the list for a
    /// unit that sent nothing), the unit, its status in the 收表情况's words, the rule and the message.
    func rows(for round: RoundReport) -> [String] {
        let words = language.messages
        let vocabulary = try? ReferenceVocabulary.standard.get()
        return round.outcome.findings.map { item in
            let finding = item.finding
            let status = item.status
            let path = item.forms.first.map { round.outcome.entries[$0].path } ?? round.reference
            let unit = item.unit.map { round.list.units[$0].name } ?? item.forms.first.flatMap { round.outcome.entries[$0].department } ?? ""
            if keys {
                return CSVText.row([path, status.rawValue, finding.severity.rawValue, finding.rule.rawValue, finding.field.rawValue,
                                    "", "", "", "", "", finding.message])
            }
            return CSVText.row(columns.map { column in
                switch ReportCSV.Key(rawValue: column.key) {
                case nil, .sheet?, .cell?, .stated?, .expected?, .kind?: ""
                case .path?: CSVText.inert(path)
                case .department?: CSVText.inert(unit)
                case .status?: vocabulary?.words(for: status, in: words) ?? status.rawValue
                case .severity?: layout?.label(for: finding.severity, in: words) ?? finding.severity.rawValue
                case .rule?: finding.rule.rawValue
                case .ruleName?: catalog?.name(of: finding.rule, in: words) ?? finding.rule.rawValue
                case .field?: finding.field.rawValue
                case .fieldName?: catalog?.fieldName(finding.field, in: words) ?? finding.field.rawValue
                case .message?: CSVText.inert(finding.message)
                }
            })
        }
    }

    private func row(_ report: FileReport, finding: Finding?, message: String) -> String {
        let sheet = finding.map { $0.sheet ?? "" } ?? report.sheet ?? ""
        if keys {
            return CSVText.row([
                report.path, report.status.rawValue, finding?.severity.rawValue ?? "", finding?.rule.rawValue ?? "",
                finding?.field.rawValue ?? "", sheet, finding?.cell?.description ?? "",
                finding?.stated?.description ?? "", finding?.expected?.description ?? "",
                finding?.kind?.rawValue ?? "", message,
            ])
        }
        let words = language.messages
        return CSVText.row(columns.map { column in
            switch ReportCSV.Key(rawValue: column.key) {
            case nil: ""
            case .path?: CSVText.inert(report.path)
            case .department?: CSVText.inert(report.form?.department ?? "")
            case .sheet?: CSVText.inert(sheet)
            case .status?: layout?.label(for: report.status, in: words) ?? report.status.rawValue
            case .severity?: finding.map { layout?.label(for: $0.severity, in: words) ?? $0.severity.rawValue } ?? ""
            case .rule?: finding?.rule.rawValue ?? ""
            case .ruleName?: finding.map { catalog?.name(of: $0.rule, in: words) ?? $0.rule.rawValue } ?? ""
            case .field?: finding?.field.rawValue ?? ""
            case .fieldName?: finding.map { catalog?.fieldName($0.field, in: words) ?? $0.field.rawValue } ?? ""
            // A report's finding: its paragraph (and page) where a form's has its cell.
            case .cell?: finding?.paragraph.map { ValidationText.paragraphPlace($0, page: finding?.page, language: language) }
                ?? finding?.cell?.description ?? ""
            case .stated?: finding?.stated?.description ?? ""
            case .expected?: finding?.expected?.description ?? ""
            case .kind?: finding?.kind.map { catalog?.kindName($0, in: words) ?? $0.rawValue } ?? ""
            case .message?: CSVText.inert(finding?.quote.map { message + language.pick("（原文：\($0)）", " (text: \($0))") } ?? message)
            }
        })
    }
}
