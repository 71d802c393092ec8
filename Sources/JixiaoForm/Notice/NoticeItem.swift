/// One finding as a return notice lists it: how much it matters, the rule and its name, the cell as a person reads
/// it and the message with its advice, in the notice's language. Plain values, so it can be sent between
/// processes.
///
/// ```swift
/// let catalog = try TemplateBundle.standard.get().rules
/// let item = NoticeItem(finding: report.findings[0], formSheet: report.form?.sheet, catalog: catalog, language: .zh)
/// item.place     // "E6" (or "评分表!E3" for a finding on another sheet than the form's)
/// item.ruleName  // "年度调整额核对"
/// item.message   // "年度调整额应为 … = −353.99，表中填写 -350.00。请将 E6 改为 −353.99"
/// ```
public struct NoticeItem: Sendable, Hashable {
    /// Which group it is listed in: errors must be corrected, warnings explained, notes are for reference.
    public var severity: Severity
    public var rule: RuleID
    /// What a person calls the rule (年度调整额核对).
    public var ruleName: String
    /// The cell: `E6` on the form's sheet, `评分表!E3` on another; nil for a finding without a cell.
    public var place: String?
    /// The finding's message, ending with what to do (请将 E6 改为 −353.99).
    public var message: String

    public init(severity: Severity, rule: RuleID, ruleName: String, place: String?, message: String) {
        self.severity = severity
        self.rule = rule
        self.ruleName = ruleName
        self.place = place
        self.message = message
    }

    /// The item for `finding`, worded in `language`: its message rendered again from `catalog` (so the notice's
    /// language need not be the validator's), or the finding's own message where the catalog has no template
    /// for it.
    /// - Parameters:
    ///   - finding: a form's finding, or a round finding's (``RoundFinding/finding``; it has no cell).
    ///   - formSheet: the sheet the form was read from (``Form/sheet``): a cell on another sheet is named with its
    ///     sheet.
    ///   - catalog: the rules' names and messages (``TemplateBundle/rules``).
    public init(finding: Finding, formSheet: String?, catalog: RuleCatalog, language: MessageLanguage) {
        let hasTemplate = catalog.messages[finding.messageKey] != nil || catalog.messages[finding.rule.rawValue] != nil
        self.init(severity: finding.severity, rule: finding.rule, ruleName: catalog.name(of: finding.rule, in: language),
                  place: MessageRenderer.place(of: finding, formSheet: formSheet),
                  message: hasTemplate || finding.message.isEmpty
                      ? MessageRenderer(catalog: catalog, language: language).render(finding, formSheet: formSheet)
                      : finding.message)
    }
}
