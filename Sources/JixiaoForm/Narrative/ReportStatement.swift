/// A figure a 绩效自评报告 states: an amount, a rate, a score or 分值, or a grade, with what it is the figure of
/// (`label`, as written, or the item's name for a generic 本年度支出), the sentence it is stated in and where.
///
/// ```swift
/// let check = try NarrativeChecker().check(document, against: form)
/// let first = check.statements[0]
/// print(first.kind, first.value?.text ?? "-", first.unit ?? "", first.label, first.paragraph)
/// // amount 1538.82 万元 总收入 37
/// ```
public struct ReportStatement: Sendable, Hashable {
    public var kind: StatementKind
    /// The figure at the precision written; a rate as a fraction (97.63% is 0.9763, 4 places), as the table's
    /// rates are. Nil for a rate that cannot be computed (`--%`, 基数为0) and for a grade.
    public var value: ShownDecimal?
    /// `元`, `万元`, `亿元` for an amount, `%` for a rate, `分` for a score; nil for a grade.
    public var unit: String?
    /// What the figure is the figure of, as written (总收入, 一般公共预算财政拨款收入, 管理效能, 基层组织建设).
    public var label: String
    /// The grade as written, for a grade.
    public var text: String?
    /// The base of a rate, or a 分值.
    public var role: StatementRole?
    /// The sentence, joined across the paragraphs it was broken over.
    public var quote: String
    /// The 1-based paragraph the sentence starts in.
    public var paragraph: Int
    /// The 1-based page the sentence starts on, for a PDF.
    public var page: Int?

    public init(kind: StatementKind, value: ShownDecimal?, unit: String?, label: String, text: String? = nil,
                role: StatementRole? = nil, quote: String, paragraph: Int, page: Int? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.label = label
        self.text = text
        self.role = role
        self.quote = quote
        self.paragraph = paragraph
        self.page = page
    }

    /// Whether the figure is a rate that cannot be computed (`--%`, 基数为0，不可比).
    public var isNotApplicable: Bool { kind == .rate && value == nil }
}
