import Foundation

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
    /// The funds block's own score, when the grid shares the form's sheet and its funds block has a 得分 column
    /// (MOF and Sichuan grids). Not part of the JSON `score` object; see ``totalParts``.
    public var fundsBlock: FundsBlockScore?

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

    /// The scores the total is the sum of: the top-level rows', and the funds block's (first, as the sheet shows
    /// it above the grid) unless the weights say the grid alone makes up the total weight (its top-level weights,
    /// all stated, adding up to the stated total weight). Empty when no top-level row has a score.
    public var totalParts: (parts: [ShownDecimal], includesFundsBlock: Bool) {
        let parents = parents
        let topLevel = parents.indices.filter { parents[$0] == nil }
        let scores = topLevel.compactMap { rows[$0].score }
        guard !scores.isEmpty, let fundsScore = fundsBlock?.score, totalCountsFundsBlock else { return (scores, false) }
        return ([fundsScore] + scores, true)
    }

    /// Whether the total counts a funds grid's own score: there is one, and the weights do not say the grid
    /// alone makes up the total weight (its top-level weights, all stated, adding up to the stated total weight).
    ///
    /// ```swift
    /// mofGrid.score?.totalCountsFundsBlock   // true: 总分 = 预算执行得分 + the indicators' scores
    /// ```
    public var totalCountsFundsBlock: Bool {
        guard fundsBlock != nil else { return false }
        let parents = parents
        let topLevel = parents.indices.filter { parents[$0] == nil }
        let weights = topLevel.compactMap { rows[$0].weight }
        if let totalWeight, weights.count == topLevel.count,
           DecimalMath.total(weights.lazy.map(\.value)) == totalWeight.value {
            return false
        }
        return true
    }
}
