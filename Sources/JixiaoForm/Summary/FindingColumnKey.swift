/// What a column of the summary's 问题清单 sheet holds: the keys `summary-layout.json` may give its
/// `findingColumns`, in one list the layout's check and the renderer share.
///
/// ```swift
/// FindingColumnKey(rawValue: "message")   // .message
/// ```
public enum FindingColumnKey: String, CaseIterable, Sendable {
    case file, department, rule, severity, field, cell, stated, expected, message, link
}
