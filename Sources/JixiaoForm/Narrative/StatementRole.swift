/// What part a stated figure plays beside its kind: the budget a rate is taken of (完成预算 1576.21 万元), or the
/// 分值 (weight) of a scored indicator rather than its 自评分.
///
/// ```swift
/// statement.role == .budget   // 完成预算 1576.21 万元的 97.63%
/// ```
public enum StatementRole: String, Sendable, Hashable {
    case budget, weight
}
