/// What a column of the summary's 问题清单 sheet holds: the keys `summary-layout.json` may give its
/// `findingColumns`, in one list the layout's check and the renderer share.
///
/// ```swift
/// FindingColumnKey(rawValue: "message")   // .message
/// ```
public enum FindingColumnKey: String, CaseIterable, Sendable {
    /// `ruleName` is what a person calls the rule (预算完成率核对) beside its id; `fieldName` the field's display
    /// name beside its key.
    case file, department, rule, ruleName, severity, field, fieldName, cell, stated, expected, message, link
}
