import Foundation

/// The 评分表's figures its rows determine (domain.md §3), worked out in this one place for the `score-total` and
/// `score-grade` rules and the corrector: which rows a parent's score adds up, the exact sum of scores, the
/// total the grade follows.
///
/// ```swift
/// let derived = DerivedScores(sheet)             // 番禺区总工会 2021
/// derived.children(of: 0)                        // [1, 2, 3, 4, 5, 6]: the level-2 rows under 管理效能
/// DerivedScores.sum(derived.childScores(of: 0))  // 43.89
/// derived.topLevelRows                           // [0, 7, 8]
/// derived.gradedTotal                            // 96.39
/// ```
public struct DerivedScores: Sendable {
    public let sheet: ScoreSheet
    /// Each row's parent (``ScoreSheet/parents``), worked out once.
    public let parents: [Int?]

    public init(_ sheet: ScoreSheet) {
        self.sheet = sheet
        parents = sheet.parents
    }

    /// The rows directly under `row`, in sheet order.
    public func children(of row: Int) -> [Int] {
        parents.indices.filter { parents[$0] == row }
    }

    /// The scores of `row`'s children that have one.
    public func childScores(of row: Int) -> [ShownDecimal] {
        children(of: row).compactMap { sheet.rows[$0].score }
    }

    /// The rows with no parent: the ones the total adds up (with a funds grid's own score where the grid counts
    /// it, see ``ScoreSheet/totalParts``).
    public var topLevelRows: [Int] {
        parents.indices.filter { parents[$0] == nil }
    }

    /// The total the grade follows: the stated total, else the sum of the total's parts; nil without either.
    public var gradedTotal: Decimal? {
        if let total = sheet.total { return total.value }
        let parts = sheet.totalParts.parts
        return parts.isEmpty ? nil : Self.sum(parts)
    }

    /// The exact sum of figures.
    public static func sum(_ parts: [ShownDecimal]) -> Decimal {
        DecimalMath.total(parts.lazy.map(\.value))
    }
}
