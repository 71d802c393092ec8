/// Rule ids with their default severities, message templates in Chinese and English, and the display
/// names of fields (`Templates/rules.json`).
///
/// ```swift
/// let catalog = try TemplateBundle.standard.get().rules
/// catalog.severity(of: .adjustmentAmount)                  // .error
/// catalog.messages["adjustment-amount.sign"]?.zh           // "年度调整额应为 …（符号相反）"
/// catalog.name(of: .completionRate, in: .zh)               // "预算完成率核对"
/// catalog.kindName(.sign, in: .zh)                          // "符号相反"
/// ```
public struct RuleCatalog: Sendable, Decodable {
    /// A rule's entry.
    public struct Entry: Sendable, Decodable {
        public var id: String
        public var severity: Severity
        /// What a person calls the rule (预算完成率核对), shown beside its id.
        public var name: Bilingual
    }

    /// A text in both languages.
    public struct Bilingual: Sendable, Hashable, Decodable {
        public var zh: String
        public var en: String

        public init(zh: String, en: String) {
            self.zh = zh
            self.en = en
        }

        /// The text in `language`.
        public func text(in language: MessageLanguage) -> String { language == .zh ? zh : en }
    }

    public var rules: [Entry]
    /// Message templates by key: a rule id, or a rule id and a variant (`adjustment-amount.sign`).
    public var messages: [String: Bilingual]
    /// Display names of fields by key pattern (`funds.annualBudget`, `tasks[].funds`).
    public var fieldNames: [String: Bilingual]
    /// What to do about a finding, by message key or rule id, like ``messages`` (`请将 {cell} 改为 {expected}`);
    /// optional in a district's own file, whose messages then end without advice.
    public var advice: [String: Bilingual]?
    /// Advice for a finding without a cell, where the rule has other words for it (请在表中填写「存在问题」).
    public var adviceWithoutCell: [String: Bilingual]?
    /// What `{cell}` in other advice says of a finding without a cell (相应单元格).
    public var adviceCell: Bilingual?
    /// What a person calls a finding's kind (`sign` → 符号相反), by its raw value; optional in a district's own
    /// file.
    public var kindNames: [String: Bilingual]?

    /// The default severity of a rule; `error` for an id the catalog does not list.
    public func severity(of rule: RuleID) -> Severity {
        rules.first { $0.id == rule.rawValue }?.severity ?? .error
    }

    /// What a person calls a rule, in `language`; the id itself for a rule the catalog does not list.
    public func name(of rule: RuleID, in language: MessageLanguage) -> String {
        rules.first { $0.id == rule.rawValue }?.name.text(in: language) ?? rule.rawValue
    }

    /// The display name of a field (its pattern's entry), or the key itself.
    public func fieldName(_ field: FieldKey, in language: MessageLanguage) -> String {
        fieldNames[field.rawValue]?.text(in: language) ?? fieldNames[field.pattern.rawValue]?.text(in: language)
            ?? field.rawValue
    }

    /// What a person calls a finding's kind, in `language`; the raw value for a kind the catalog does not name.
    public func kindName(_ kind: FindingKind, in language: MessageLanguage) -> String {
        kindNames?[kind.rawValue]?.text(in: language) ?? kind.rawValue
    }
}

extension Severity: Decodable {}
