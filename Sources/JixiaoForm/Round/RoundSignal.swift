/// A sign a reviewer may sample a round's forms on (抽查): copied texts, indicators all exactly at target, a
/// score above the cap the completion rate sets, figures identical to another unit's. Never an error: a
/// reason to look, found by ``RoundSignals/find(in:templates:catalog:)`` across the forms of one round.
///
/// Plain data, easy to write out: the kind is a stable id, the members name each file and form, the message
/// comes in both languages.
///
/// ```swift
/// for signal in RoundSignals.find(in: reports) {
///     print(signal.kind, signal.members.map(\.path), signal.message.text(in: .zh))
///     // copied-text ["番禺区.xlsx", "黄埔区.xlsx"] 2 个单位填写的「存在问题」内容相同（…）：「预算编制不够精细」
/// }
/// ```
public struct RoundSignal: Sendable, Hashable {
    /// One form a signal involves.
    public struct Member: Sendable, Hashable {
        /// The file's path, as its report gives it.
        public var path: String
        /// The form's sheet when the workbook holds several forms; nil otherwise (as ``FileReport/sheet``).
        public var sheet: String?
        /// The unit (部门名称) as the form gives it; nil when it gives none.
        public var department: String?
        /// Where in this form the signal is (`problems`, `score.rows[3].reason`, `score.total`); nil when the
        /// signal is about the form's figures as a whole.
        public var field: FieldKey?

        public init(path: String, sheet: String? = nil, department: String? = nil, field: FieldKey? = nil) {
            self.path = path
            self.sheet = sheet
            self.department = department
            self.field = field
        }
    }

    /// What the signal points at (`copied-text`).
    public var kind: RoundSignalKind
    /// The forms involved, by path and sheet: two or more units for `copied-text` and `identical-figures`, one
    /// form for the others.
    public var members: [Member]
    /// The field the signal is about (`problems`, `keyIndicators`, `score.total`, `funds`); for copied text in
    /// different fields of different forms, the first member's.
    public var field: FieldKey
    /// What was found, in no language: the copied text as the first member wrote it, the figures
    /// (`1505.02 / 1859.01 / 1472.46`), the total against its cap (`85 > 60`).
    public var evidence: String
    /// The message for a person, from the catalogue's template for the kind.
    public var message: RuleCatalog.Bilingual

    public init(kind: RoundSignalKind, members: [Member], field: FieldKey, evidence: String,
                message: RuleCatalog.Bilingual) {
        self.kind = kind
        self.members = members
        self.field = field
        self.evidence = evidence
        self.message = message
    }
}
