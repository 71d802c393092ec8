/// What a column of the summary's 汇总 sheet holds: the keys `summary-layout.json` may give its
/// `summaryColumns`, in one list the layout's check and the renderer share.
///
/// ```swift
/// SummaryColumnKey(rawValue: "completionRate")   // .completionRate
/// SummaryColumnKey(rawValue: "colour")           // nil: the layout is refused
/// ```
public enum SummaryColumnKey: String, CaseIterable, Sendable {
    case file, link, department, year, unit, annualBudget, initialBudget, actual, completionRate, adjustmentRate
    case indicatorsMet, indicatorsUnmet, indicatorsNotComparable, errors, warnings, infos, status, note
}
