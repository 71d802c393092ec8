/// The 评分表 (score sheet), when the workbook has one.
///
/// ```swift
/// if let score = form.score {
///     print(score.total?.text ?? "-", score.grade ?? "-")   // 96.39 优
/// }
/// ```
public struct ScoreSheet: Sendable, Hashable {
    /// The sheet the scores are on.
    public var sheet: String
    /// The rows between the header and the total, in sheet order.
    public var rows: [ScoreRow]
    /// 合计 分值.
    public var totalWeight: ShownDecimal?
    /// 合计 自评分.
    public var total: ShownDecimal?
    /// 自评等级, as written.
    public var grade: String?

    public init(sheet: String, rows: [ScoreRow] = [], totalWeight: ShownDecimal? = nil, total: ShownDecimal? = nil,
                grade: String? = nil) {
        self.sheet = sheet
        self.rows = rows
        self.totalWeight = totalWeight
        self.total = total
        self.grade = grade
    }

    /// Each row's parent: the nearest earlier row at a shallower level (nil for a top-level row).
    public var parents: [Int?] {
        var result: [Int?] = []
        for (index, row) in rows.enumerated() {
            guard let level = row.level else { result.append(nil); continue }
            var parent: Int?
            var candidate = index - 1
            while candidate >= 0 {
                if let candidateLevel = rows[candidate].level, candidateLevel < level { parent = candidate; break }
                candidate -= 1
            }
            result.append(parent)
        }
        return result
    }
}
