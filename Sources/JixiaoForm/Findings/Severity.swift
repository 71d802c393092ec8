/// How much a finding matters: `error` (arithmetic or a required field), `warning` (plausibility),
/// `info` (hygiene).
///
/// ```swift
/// Severity(rawValue: "warning")   // .warning
/// Severity.error > .warning       // true
/// ```
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}
