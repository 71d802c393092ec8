import Foundation

/// Which way a key indicator's result is better (domain.md §6.3).
///
/// ```swift
/// IndicatorDirection.higher.isMet(result: 159, target: 161, strict: false)   // false
/// IndicatorDirection.lower.isMet(result: 0, target: 2, strict: false)        // true
/// ```
public enum IndicatorDirection: String, Sendable, Hashable, CaseIterable {
    /// More is better: 次数, 数量, 满意度, 完成率 …
    case higher
    /// Less is better: 事故, 投诉, 成本, 控制率 …
    case lower
    /// The result must equal the target (an explicit `=`).
    case exact

    /// Whether `result` meets `target` this way; `strict` for `>`/`<` targets.
    public func isMet(result: Decimal, target: Decimal, strict: Bool) -> Bool {
        switch self {
        case .higher: strict ? result > target : result >= target
        case .lower: strict ? result < target : result <= target
        case .exact: result == target
        }
    }
}
