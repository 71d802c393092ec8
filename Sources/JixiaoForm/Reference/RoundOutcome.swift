/// What accounting for a round gave: the reports with their `reference-mismatch` findings added, how each was
/// matched, the round's own findings and its summary.
///
/// ```swift
/// let outcome = RoundAccounting(list: list, vocabulary: vocabulary, templates: templates, language: .zh)
///     .account(reports, modified: dates)
/// outcome.reports[0].findings.last?.rule   // .referenceMismatch
/// outcome.matches[0]?.kind                  // .name
/// outcome.counted[2]                        // 4: the report that counts for the list's third unit
/// outcome.summary.missing                   // 1
/// ```
public struct RoundOutcome: Sendable, Hashable {
    /// The reports given, in their order, each form's mismatches appended to its findings (a report with none
    /// before becomes `findings`).
    public var reports: [FileReport]
    /// How each report was matched to a unit; nil for a report with no form or a unit not on the list.
    public var matches: [UnitMatch?]
    /// For each unit (by index in the list) that returned a form, the report that counts.
    public var counted: [Int: Int]
    /// The round findings: missing and duplicate submissions in the list's order, then unknown units in the
    /// reports' order.
    public var findings: [RoundFinding]
    public var summary: RoundSummary

    public init(reports: [FileReport], matches: [UnitMatch?], counted: [Int: Int], findings: [RoundFinding],
                summary: RoundSummary) {
        self.reports = reports
        self.matches = matches
        self.counted = counted
        self.findings = findings
        self.summary = summary
    }
}
