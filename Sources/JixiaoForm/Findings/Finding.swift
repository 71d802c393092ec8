import XLSXReader

/// One thing a rule found in a form: plain data, as `validate --format json` writes it (form-model.md §4).
///
/// ```swift
/// for finding in report.findings where finding.severity == .error {
///     print(finding.rule, finding.field, finding.cell?.description ?? "-", finding.message)
/// }
/// ```
public struct Finding: Sendable, Hashable {
    /// The rule that found it.
    public var rule: RuleID
    /// How much it matters.
    public var severity: Severity
    /// The field it judges (form-model.md §5): `funds.adjustment`, `keyIndicators[0]`, `tasks`.
    public var field: FieldKey
    /// The sheet of the cell.
    public var sheet: String?
    /// The value cell it is about (the top-left cell of a merged range), where there is one.
    public var cell: CellReference?
    /// The figure the sheet states, for the arithmetic rules.
    public var stated: FindingValue?
    /// The figure the rule computed, at the precision the sheet shows.
    public var expected: FindingValue?
    /// A finer classification (`sign`).
    public var kind: FindingKind?
    /// The message for a person, with the arithmetic, in the validator's language.
    public var message: String
    /// Which message template renders it (`adjustment-amount.sign`); the rule id unless a variant is needed.
    public var messageKey: String
    /// The values the message template's `{placeholders}` are filled with.
    public var arguments: [String: String]
    /// For a finding on a 绩效自评报告: the sentence it is about, as written; nil for a table's findings.
    public var quote: String?
    /// For a finding on a report: the 1-based paragraph the sentence starts in.
    public var paragraph: Int?
    /// For a finding on a PDF report: the 1-based page the sentence starts on.
    public var page: Int?

    public init(rule: RuleID, severity: Severity, field: FieldKey, sheet: String?, cell: CellReference?,
                stated: FindingValue? = nil, expected: FindingValue? = nil, kind: FindingKind? = nil,
                messageKey: String? = nil, arguments: [String: String] = [:], message: String = "",
                quote: String? = nil, paragraph: Int? = nil, page: Int? = nil) {
        self.rule = rule
        self.severity = severity
        self.field = field
        self.sheet = sheet
        self.cell = cell
        self.stated = stated
        self.expected = expected
        self.kind = kind
        self.messageKey = messageKey ?? rule.rawValue
        self.arguments = arguments
        self.message = message
        self.quote = quote
        self.paragraph = paragraph
        self.page = page
    }
}
