/// A key of the form model (form-model.md §1 and §5): `department`, `funds.annualBudget`,
/// `keyIndicators[0]`, `tasks[2].funds`, `score.rows[1].score`, `score.total`.
///
/// Findings name the field they judge with a `FieldKey`, templates key their label sets by it, and the
/// form records where each field was read under it. Row keys carry their 0-based row in sheet order;
/// ``pattern`` drops the index (`tasks[].funds`) for lookups that do not care which row.
///
/// ```swift
/// FieldKey.annualBudget.rawValue          // "funds.annualBudget"
/// FieldKey.task(2, .funds).rawValue       // "tasks[2].funds"
/// FieldKey.task(2, .funds).pattern        // "tasks[].funds"
/// ```
public struct FieldKey: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: FieldKey, rhs: FieldKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let title = FieldKey(rawValue: "title")
    public static let year = FieldKey(rawValue: "year")
    public static let unit = FieldKey(rawValue: "unit")
    public static let department = FieldKey(rawValue: "department")
    public static let annualBudget = FieldKey(rawValue: "funds.annualBudget")
    public static let initialBudget = FieldKey(rawValue: "funds.initialBudget")
    public static let actual = FieldKey(rawValue: "funds.actual")
    public static let adjustment = FieldKey(rawValue: "funds.adjustment")
    public static let generalPublicBudget = FieldKey(rawValue: "funds.generalPublicBudget")
    public static let governmentFundBudget = FieldKey(rawValue: "funds.governmentFundBudget")
    public static let stateCapitalBudget = FieldKey(rawValue: "funds.stateCapitalBudget")
    public static let otherFunds = FieldKey(rawValue: "funds.otherFunds")
    public static let completionRate = FieldKey(rawValue: "funds.completionRate")
    public static let adjustmentRate = FieldKey(rawValue: "funds.adjustmentRate")
    public static let overallGoal = FieldKey(rawValue: "overallGoal")
    public static let overallGoalResult = FieldKey(rawValue: "overallGoalResult")
    public static let keyIndicators = FieldKey(rawValue: "keyIndicators")
    public static let tasks = FieldKey(rawValue: "tasks")
    public static let problems = FieldKey(rawValue: "problems")
    public static let improvements = FieldKey(rawValue: "improvements")
    public static let score = FieldKey(rawValue: "score")
    public static let scoreTotalWeight = FieldKey(rawValue: "score.totalWeight")
    public static let scoreTotal = FieldKey(rawValue: "score.total")
    public static let scoreGrade = FieldKey(rawValue: "score.grade")

    /// The 其中 (fund source) keys, in form order.
    public static let breakdown: [FieldKey] = [.generalPublicBudget, .governmentFundBudget, .stateCapitalBudget, .otherFunds]

    /// The columns of a key-indicator row.
    public enum IndicatorColumn: String, CaseIterable, Sendable {
        case name, target, result, targetValue, resultValue, unit, targetOperator
    }

    /// The columns of a main-task row.
    public enum TaskColumn: String, CaseIterable, Sendable {
        case name, goal, goalResult, indicator, indicatorResult, funds
    }

    /// The columns of a score row.
    public enum ScoreColumn: String, CaseIterable, Sendable {
        case level1, level2, level3, weight, score, reason
    }

    /// `keyIndicators[i]`, the whole row.
    public static func keyIndicator(_ row: Int) -> FieldKey { FieldKey(rawValue: "keyIndicators[\(row)]") }
    /// `keyIndicators[i].column`.
    public static func keyIndicator(_ row: Int, _ column: IndicatorColumn) -> FieldKey {
        FieldKey(rawValue: "keyIndicators[\(row)].\(column.rawValue)")
    }
    /// `tasks[i]`, the whole row.
    public static func task(_ row: Int) -> FieldKey { FieldKey(rawValue: "tasks[\(row)]") }
    /// `tasks[i].column`.
    public static func task(_ row: Int, _ column: TaskColumn) -> FieldKey {
        FieldKey(rawValue: "tasks[\(row)].\(column.rawValue)")
    }
    /// `score.rows[i]`, the whole row.
    public static func scoreRow(_ row: Int) -> FieldKey { FieldKey(rawValue: "score.rows[\(row)]") }
    /// `score.rows[i].column`.
    public static func scoreRow(_ row: Int, _ column: ScoreColumn) -> FieldKey {
        FieldKey(rawValue: "score.rows[\(row)].\(column.rawValue)")
    }

    /// The key with row indexes dropped: `tasks[2].funds` → `tasks[].funds`.
    public var pattern: FieldKey {
        var result = ""
        var skipping = false
        for character in rawValue {
            if character == "[" { skipping = true; result.append(character); continue }
            if character == "]" { skipping = false }
            if !skipping { result.append(character) }
        }
        return FieldKey(rawValue: result)
    }

    /// Every key of the model, rows as patterns: what a template may key its data by.
    public static let allModelKeys: Set<FieldKey> = {
        var keys: Set<FieldKey> = [
            .title, .year, .unit, .department, .annualBudget, .initialBudget, .actual, .adjustment,
            .generalPublicBudget, .governmentFundBudget, .stateCapitalBudget, .otherFunds, .completionRate,
            .adjustmentRate, .overallGoal, .overallGoalResult, .keyIndicators, .tasks, .problems, .improvements,
            .score, .scoreTotalWeight, .scoreTotal, .scoreGrade,
            FieldKey(rawValue: "keyIndicators[]"), FieldKey(rawValue: "tasks[]"), FieldKey(rawValue: "score.rows"),
            FieldKey(rawValue: "score.rows[]"),
        ]
        for column in IndicatorColumn.allCases { keys.insert(FieldKey(rawValue: "keyIndicators[].\(column.rawValue)")) }
        for column in TaskColumn.allCases { keys.insert(FieldKey(rawValue: "tasks[].\(column.rawValue)")) }
        for column in ScoreColumn.allCases { keys.insert(FieldKey(rawValue: "score.rows[].\(column.rawValue)")) }
        return keys
    }()
}
