/// A scored indicator a report names (管理效能分值 45 分，自评分为 43.89 分): its 分值 and 自评分 statements and its
/// place in the report's outline, the parent it is nested under (nil for the report's total and for a score
/// stated on its own).
///
/// ```swift
/// let management = check.scores.first { $0.name == "管理效能" }!
/// check.statements[management.score!].value?.text   // "43.89"
/// management.parent.map { check.scores[$0].name }    // "部门整体支出绩效"
/// ```
public struct ReportScore: Sendable, Hashable {
    /// The indicator's name, as written (指标 dropped).
    public var name: String
    /// The index of its 分值 statement.
    public var weight: Int?
    /// The index of its 自评分 statement.
    public var score: Int?
    /// The index of the indicator it is nested under, in ``NarrativeCheck/scores``.
    public var parent: Int?
    /// How deep the report's outline puts it (larger is deeper).
    public var depth: Int

    public init(name: String, weight: Int?, score: Int?, parent: Int?, depth: Int) {
        self.name = name
        self.weight = weight
        self.score = score
        self.parent = parent
        self.depth = depth
    }
}
