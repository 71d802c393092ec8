/// A check of a form. Rules are plain values: they never throw, every rule runs, and each returns the
/// findings it has (with empty messages; ``FormValidator`` renders them from the templates).
///
/// ```swift
/// struct DepartmentNameLength: Rule {
///     let id = RuleID(rawValue: "department-name-length")
///     let defaultSeverity = Severity.info
///     func check(_ form: Form) -> [Finding] {
///         guard let name = form.department, name.count > 40 else { return [] }
///         return [Finding(rule: id, severity: defaultSeverity, field: .department, sheet: form.sheet,
///                         cell: form.sources[.department]?.cell)]
///     }
/// }
/// ```
public protocol Rule: Sendable {
    /// The rule's id (`completion-rate`).
    var id: RuleID { get }
    /// The severity of its findings unless a finding says otherwise (a sign-only adjustment is a warning).
    var defaultSeverity: Severity { get }
    /// The findings for `form`; empty when it passes or there is nothing to check.
    func check(_ form: Form) -> [Finding]
}
