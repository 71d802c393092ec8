/// The comparison a key indicator's target states (`≥ 90%`, `不超过 5 次`), per domain.md §6.2.
///
/// ```swift
/// ComparisonOperator(rawValue: "atLeast")?.symbol   // "≥"
/// ```
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case atLeast, greaterThan, atMost, lessThan, equal, about

    /// The mathematical sign, for messages.
    public var symbol: String {
        switch self {
        case .atLeast: "≥"
        case .greaterThan: ">"
        case .atMost: "≤"
        case .lessThan: "<"
        case .equal: "="
        case .about: "≈"
        }
    }

    /// Which way is better under this operator, if it says.
    public var direction: IndicatorDirection? {
        switch self {
        case .atLeast, .greaterThan: .higher
        case .atMost, .lessThan: .lower
        case .equal: .exact
        case .about: nil
        }
    }
}
