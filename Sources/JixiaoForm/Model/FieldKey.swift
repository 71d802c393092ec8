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
    public static func keyIndicator(_ row: Int) -> FieldKey { indicatorKeys.key(row, nil) }
    /// `keyIndicators[i].column`.
    public static func keyIndicator(_ row: Int, _ column: IndicatorColumn) -> FieldKey { indicatorKeys.key(row, column) }
    /// `tasks[i]`, the whole row.
    public static func task(_ row: Int) -> FieldKey { taskKeys.key(row, nil) }
    /// `tasks[i].column`.
    public static func task(_ row: Int, _ column: TaskColumn) -> FieldKey { taskKeys.key(row, column) }
    /// `score.rows[i]`, the whole row.
    public static func scoreRow(_ row: Int) -> FieldKey { scoreRowKeys.key(row, nil) }
    /// `score.rows[i].column`.
    public static func scoreRow(_ row: Int, _ column: ScoreColumn) -> FieldKey { scoreRowKeys.key(row, column) }

    private static let indicatorKeys = RowKeys<IndicatorColumn>(table: "keyIndicators")
    private static let taskKeys = RowKeys<TaskColumn>(table: "tasks")
    private static let scoreRowKeys = RowKeys<ScoreColumn>(table: "score.rows")

    /// The row keys of a table (`tasks[2]`, `tasks[2].funds`), those of its first rows made once: every form
    /// names a key per cell of its tables, and building the text anew costs more than reading the cell.
    private struct RowKeys<Column: CaseIterable & RawRepresentable<String> & Equatable & Sendable>: Sendable {
        let table: String
        private let columns: [Column]
        /// Per row kept: the whole row's key, then one per column in `columns` order.
        private let kept: [[FieldKey]]

        init(table: String, rowsKept: Int = 64) {
            self.table = table
            let columns = Array(Column.allCases)
            self.columns = columns
            kept = (0..<rowsKept).map { row in
                [Self.make(table, row, nil)] + columns.map { Self.make(table, row, $0) }
            }
        }

        func key(_ row: Int, _ column: Column?) -> FieldKey {
            guard kept.indices.contains(row) else { return Self.make(table, row, column) }
            guard let column else { return kept[row][0] }
            guard let index = columns.firstIndex(of: column) else { return Self.make(table, row, column) }
            return kept[row][index + 1]
        }

        private static func make(_ table: String, _ row: Int, _ column: Column?) -> FieldKey {
            guard let column else { return FieldKey(rawValue: "\(table)[\(row)]") }
            return FieldKey(rawValue: "\(table)[\(row)].\(column.rawValue)")
        }
    }

    /// The key with row indexes dropped: `tasks[2].funds` → `tasks[].funds`.
    public var pattern: FieldKey {
        guard UTF8Bytes.contains(rawValue, byte: UInt8(ascii: "[")) else { return self }
        var result = ""
        var skipping = false
        for character in rawValue {
            if character == "[" { skipping = true; result.append(character); continue }
            if character == "]" { skipping = false }
            if !skipping { result.append(character) }
        }
        return FieldKey(rawValue: result)
    }

    /// Every key of the model, rows as patterns: what a template may key its data by. Made from the field
    /// table (``FormField``) and the column keys.
    public static let allModelKeys: Set<FieldKey> = {
        var keys = Set(FormField.all.map(\.key))
        for column in IndicatorColumn.allCases { keys.insert(FieldKey(rawValue: "keyIndicators[].\(column.rawValue)")) }
        for column in TaskColumn.allCases { keys.insert(FieldKey(rawValue: "tasks[].\(column.rawValue)")) }
        for column in ScoreColumn.allCases { keys.insert(FieldKey(rawValue: "score.rows[].\(column.rawValue)")) }
        for column in FormField.scoreSheetColumns { keys.insert(FieldKey(rawValue: "score.\(column.name)")) }
        keys.formUnion([FieldKey(rawValue: "keyIndicators[]"), FieldKey(rawValue: "tasks[]"), FieldKey(rawValue: "score.rows"),
                        FieldKey(rawValue: "score.rows[]")])
        return keys
    }()
}
