/// What a file of a run is: a 自评表 (a workbook read as forms) or a 绩效自评报告 (a report read as text).
/// JSON: each `files[]` entry's `kind`.
///
/// ```swift
/// report.kind == .report ? report.statements.count : report.findings.count
/// ```
public enum FileKind: String, Sendable, Hashable, CaseIterable {
    case form, report
}
