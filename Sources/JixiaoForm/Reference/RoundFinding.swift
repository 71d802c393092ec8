/// A finding about the round rather than one form: a unit that sent nothing (`missing-submission`), a unit that
/// sent several forms (`duplicate-submission`), a form whose unit is not on the list (`unknown-unit`).
///
/// ``finding`` carries the rule, severity, arguments and rendered message as every finding does (its field is
/// `department`, it has no cell), so the existing outputs can print it; the rest says which unit and which forms.
///
/// ```swift
/// for item in outcome.findings where item.finding.rule == .duplicateSubmission {
///     item.unit                 // 2 (the list's third unit)
///     item.forms                // [4, 1]: the counted report first, then the others
///     item.finding.message      // "「执法大队」交了 2 份表，以 执法大队第2版.xlsx 为准，另有 执法大队.xlsx。…"
/// }
/// ```
public struct RoundFinding: Sendable, Hashable {
    public var finding: Finding
    /// The unit's index in the list; nil for an unknown unit.
    public var unit: Int?
    /// The entries concerned, as indices into the entries accounted: for a duplicate the counted one first; for a
    /// missing unit, its files that could not be read.
    public var forms: [Int]
    /// For an unknown unit, the list's names closest to the form's, closest first.
    public var closest: [String]

    public init(finding: Finding, unit: Int? = nil, forms: [Int] = [], closest: [String] = []) {
        self.finding = finding
        self.unit = unit
        self.forms = forms
        self.closest = closest
    }

    /// The status the finding gives its unit in the 收表情况: missing (unreadable when its files could not be
    /// read), duplicate, or not on the list.
    public var status: RoundUnitStatus {
        switch finding.rule {
        case .missingSubmission: forms.isEmpty ? .missing : .unreadable
        case .duplicateSubmission: .duplicate
        default: .unknown
        }
    }
}
