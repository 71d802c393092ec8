/// What a report's stated figure is: an amount of money, a rate, a score (or a 分值) or a grade.
///
/// ```swift
/// StatementKind.rate.rawValue   // "rate"
/// ```
public enum StatementKind: String, Sendable, Hashable, CaseIterable {
    case amount, rate, score, grade
}
