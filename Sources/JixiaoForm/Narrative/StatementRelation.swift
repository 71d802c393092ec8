/// A relation a report states between its figures, by their indexes in ``NarrativeCheck/statements``.
///
/// ```swift
/// for case let .rate(subject, amount, base, rate) in check.relations {
///     print(subject, check.statements[amount].value!, "/", check.statements[base].value!, "=", check.statements[rate].value!)
/// }
/// // 总收入 1538.82 / 1576.21 = 0.9763
/// ```
public enum StatementRelation: Sendable, Hashable {
    /// `amount` is `rate` of `base`: "总收入1538.82万元，完成预算1576.21万元的97.63%" (the subject 总收入).
    case rate(subject: String, amount: Int, base: Int, rate: Int)
    /// The parts add up to the total: "其中：人员经费 934.97 万元，公用经费 71.67 万元" under 基本支出, or the
    /// numbered items under "其中本年收入1178.61万元。具体情况如下：".
    case sum(total: Int, parts: [Int])
    /// One 其中 part of a whole, no more than it: "总支出 1538.82 万元，其中本年支出 1538.82 万元".
    case part(whole: Int, part: Int)
    /// A parent's 自评分 is the sum of its children's (管理效能 = 资金管理 + … + 绩效管理; the total = the level-1
    /// scores).
    case scores(parent: Int, children: [Int])
    /// A parent's 分值 is the sum of its children's.
    case weights(parent: Int, children: [Int])
    /// A 自评分 is no more than its 分值.
    case withinWeight(score: Int, weight: Int)
    /// A stated grade follows the total score.
    case grade(grade: Int, total: Int)
}
