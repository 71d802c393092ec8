/// A 部门整体支出绩效自评表 as read from a workbook: the contract's model (form-model.md §1–2), plus where
/// each field was read.
///
/// A `Form` is plain data: build one from a workbook with ``FormRecognizer``, check it with ``RuleSet``,
/// or do both with ``FormValidator``.
///
/// ```swift
/// let form = try FormRecognizer().recognize(Workbook(contentsOf: url))
/// form.department                  // "广州市黄埔区总工会（广州开发区总工会）"
/// form.funds.annualBudget?.text    // "1505.02"
/// form.sources[.annualBudget]?.cell?.description   // "C5"
/// ```
public struct Form: Sendable, Hashable {
    /// The sheet the form is on.
    public var sheet: String
    /// The title line (any title ending in 绩效自评表).
    public var title: String?
    /// The year, from the title or a line such as `(2021年度)`.
    public var year: Int?
    /// The money unit of every amount: `万元` or `元`, from the unit line.
    public var unit: String?
    /// 部门名称.
    public var department: String?
    /// The 部门资金情况 block.
    public var funds: Funds
    /// 年度整体目标.
    public var overallGoal: String?
    /// 整体目标完成情况.
    public var overallGoalResult: String?
    /// The 年度关键指标 rows, in sheet order, template rows left out.
    public var keyIndicators: [KeyIndicator]
    /// The 主要任务 rows, in sheet order, template rows left out.
    public var tasks: [MainTask]
    /// 存在问题.
    public var problems: String?
    /// 改进措施.
    public var improvements: String?
    /// The 评分表, when the workbook has one.
    public var score: ScoreSheet?
    /// Where each field was read (or where its blank value belongs), by key.
    public var sources: [FieldKey: FieldSource]

    public init(sheet: String, title: String? = nil, year: Int? = nil, unit: String? = nil, department: String? = nil,
                funds: Funds = Funds(), overallGoal: String? = nil, overallGoalResult: String? = nil,
                keyIndicators: [KeyIndicator] = [], tasks: [MainTask] = [], problems: String? = nil,
                improvements: String? = nil, score: ScoreSheet? = nil, sources: [FieldKey: FieldSource] = [:]) {
        self.sheet = sheet
        self.title = title
        self.year = year
        self.unit = unit
        self.department = department
        self.funds = funds
        self.overallGoal = overallGoal
        self.overallGoalResult = overallGoalResult
        self.keyIndicators = keyIndicators
        self.tasks = tasks
        self.problems = problems
        self.improvements = improvements
        self.score = score
        self.sources = sources
    }

    /// The text of a text field (`title`, `unit`, `department`, `overallGoal`, `overallGoalResult`, `problems`,
    /// `improvements`: see ``FormField``), nil for other keys.
    public func text(_ key: FieldKey) -> String? {
        FormField.named(key)?.text(in: self)
    }

    /// Every figure of the form with its key, including task funds and score figures: what
    /// `number-as-text` walks.
    public var figures: [(key: FieldKey, value: ShownDecimal)] {
        var result: [(key: FieldKey, value: ShownDecimal)] = []
        for key in Funds.keys { if let value = funds[key] { result.append((key, value)) } }
        for (index, task) in tasks.enumerated() {
            if let funds = task.funds { result.append((.task(index, .funds), funds)) }
        }
        if let score {
            for (index, row) in score.rows.enumerated() {
                if let weight = row.weight { result.append((.scoreRow(index, .weight), weight)) }
                if let value = row.score { result.append((.scoreRow(index, .score), value)) }
            }
            if let totalWeight = score.totalWeight { result.append((.scoreTotalWeight, totalWeight)) }
            if let total = score.total { result.append((.scoreTotal, total)) }
        }
        return result
    }
}
