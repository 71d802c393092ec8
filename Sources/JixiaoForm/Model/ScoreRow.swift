/// A row of the 评分表: its indicator at one of three levels, weight (分值), self score (自评分) and the
/// reason for any deduction.
///
/// ```swift
/// let row = form.score?.rows[1]
/// row?.level2          // "资金管理"
/// row?.weight?.text    // "16"
/// row?.score?.text     // "15.45"
/// ```
public struct ScoreRow: Sendable, Hashable {
    /// 一级指标, as written in this row.
    public var level1: String?
    /// 二级指标, as written in this row.
    public var level2: String?
    /// 三级指标, as written in this row.
    public var level3: String?
    /// 分值.
    public var weight: ShownDecimal?
    /// 自评分.
    public var score: ShownDecimal?
    /// 扣分原因.
    public var reason: String?

    public init(level1: String? = nil, level2: String? = nil, level3: String? = nil, weight: ShownDecimal? = nil,
                score: ShownDecimal? = nil, reason: String? = nil) {
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.weight = weight
        self.score = score
        self.reason = reason
    }

    /// The deepest level written in the row (1–3), or nil for a row with no indicator text. A row that names
    /// a 二级指标 and describes its 三级指标 in the same row is a leaf at level 3.
    public var level: Int? {
        if level3 != nil { return 3 }
        if level2 != nil { return 2 }
        if level1 != nil { return 1 }
        return nil
    }

    /// The row's name for messages: its highest-level indicator text.
    public var name: String? { level1 ?? level2 ?? level3 }
}
