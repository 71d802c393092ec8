/// A row of the 主要任务 table.
///
/// ```swift
/// form.tasks[3].name          // "组建工会"
/// form.tasks[3].funds?.text   // "3.3"
/// ```
public struct MainTask: Sendable, Hashable {
    /// The task (主要任务 column).
    public var name: String?
    /// 预期目标.
    public var goal: String?
    /// 目标完成情况.
    public var goalResult: String?
    /// 关键指标 of the task.
    public var indicator: String?
    /// 指标完成情况 of the task.
    public var indicatorResult: String?
    /// 任务涉及资金, in the sheet's unit.
    public var funds: ShownDecimal?

    public init(name: String? = nil, goal: String? = nil, goalResult: String? = nil, indicator: String? = nil,
                indicatorResult: String? = nil, funds: ShownDecimal? = nil) {
        self.name = name
        self.goal = goal
        self.goalResult = goalResult
        self.indicator = indicator
        self.indicatorResult = indicatorResult
        self.funds = funds
    }
}
