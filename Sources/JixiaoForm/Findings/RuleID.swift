/// A rule's stable id, as in form-model.md §3 and `Templates/rules.json`.
///
/// A string-backed struct rather than an enum, so a caller's own rules can add ids.
///
/// ```swift
/// RuleID.adjustmentAmount.rawValue   // "adjustment-amount"
/// RuleID(rawValue: "over-budget") == .overBudget   // true
/// ```
public struct RuleID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Department, year, unit, annual budget and actual spending are present.
    public static let requiredField = RuleID(rawValue: "required-field")
    /// completionRate = actual / annualBudget.
    public static let completionRate = RuleID(rawValue: "completion-rate")
    /// adjustment = annualBudget − initialBudget (a sign-only difference is a warning of kind `sign`).
    public static let adjustmentAmount = RuleID(rawValue: "adjustment-amount")
    /// adjustmentRate = (annualBudget − initialBudget) / initialBudget.
    public static let adjustmentRate = RuleID(rawValue: "adjustment-rate")
    /// The 其中 amounts, where given, sum to actual.
    public static let breakdownTotal = RuleID(rawValue: "breakdown-total")
    /// The tasks' funds sum to no more than actual.
    public static let taskFundsTotal = RuleID(rawValue: "task-funds-total")
    /// actual > annualBudget.
    public static let overBudget = RuleID(rawValue: "over-budget")
    /// A number typed as text was read as a number.
    public static let numberAsText = RuleID(rawValue: "number-as-text")
    /// A quantitative key indicator falls short of its target.
    public static let indicatorUnmet = RuleID(rawValue: "indicator-unmet")
    /// A text that must be filled is empty.
    public static let emptyText = RuleID(rawValue: "empty-text")
    /// A score exceeds its weight.
    public static let scoreOverWeight = RuleID(rawValue: "score-over-weight")
    /// A parent's score is the sum of its children; the total is the sum of the level-1 scores.
    public static let scoreTotal = RuleID(rawValue: "score-total")
    /// A stated grade matches the total.
    public static let scoreGrade = RuleID(rawValue: "score-grade")

    /// A form's figure differs from the reference list's (``RoundAccounting``).
    public static let referenceMismatch = RuleID(rawValue: "reference-mismatch")
    /// A unit on the reference list returned no readable form.
    public static let missingSubmission = RuleID(rawValue: "missing-submission")
    /// A unit returned two or more forms.
    public static let duplicateSubmission = RuleID(rawValue: "duplicate-submission")
    /// A form's unit is not on the reference list.
    public static let unknownUnit = RuleID(rawValue: "unknown-unit")

    /// A 绩效自评报告's stated rate against the amounts it relates, at its shown precision.
    public static let reportRate = RuleID(rawValue: "report-rate")
    /// A report's stated parts against the total they break down.
    public static let reportSum = RuleID(rawValue: "report-sum")
    /// A report's scores: children against their parent, level-1 scores against the total, a score above its 分值.
    public static let reportScore = RuleID(rawValue: "report-score")
    /// A report's stated grade against its total score.
    public static let reportGrade = RuleID(rawValue: "report-grade")
    /// A report and its table state the same quantity differently.
    public static let reportTableMismatch = RuleID(rawValue: "report-table-mismatch")

    /// The checks of a 绩效自评报告 (issue 18), made by ``NarrativeChecker`` rather than by a ``Rule``.
    public static let report: [RuleID] = [.reportRate, .reportSum, .reportScore, .reportGrade, .reportTableMismatch]

    /// The checks against a reference list (issue 16), made by ``RoundAccounting`` rather than by a ``Rule``.
    public static let reference: [RuleID] = [.referenceMismatch, .missingSubmission, .duplicateSubmission, .unknownUnit]

    /// The contract's rules, in the order of form-model.md §3, then the reference list's checks, then the report's.
    public static let allKnown: [RuleID] = [
        .requiredField, .completionRate, .adjustmentAmount, .adjustmentRate, .breakdownTotal, .taskFundsTotal,
        .overBudget, .numberAsText, .indicatorUnmet, .emptyText, .scoreOverWeight, .scoreTotal, .scoreGrade,
    ] + reference + report
}
