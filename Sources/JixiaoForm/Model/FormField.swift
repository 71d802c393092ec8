/// The one table of the form model's fields (form-model.md §1): each field's key, the kind of value it holds,
/// whether it is worked out from others, its name in the JSON object, and where it lives in a ``Form``.
///
/// The JSON writer, `fill`'s JSON and CSV input, the rules that ask whether a field is filled and the reader that
/// stores a label's text all go through this table, so a field is added here once. The labels that name a field
/// on a sheet are data, in `Templates/form.json`, keyed by ``key``.
///
/// ```swift
/// FormField.all.map(\.name).prefix(5)          // ["title", "year", "unit", "department", "annualBudget"]
/// FormField.named(.completionRate)?.kind       // .rate
/// FormField.named(.adjustment)?.isDerived      // true: fill works it out
/// FormField.named(.actual)?.figure(in: form.funds)?.text   // "1471.9"
/// ```
public struct FormField: Sendable {
    /// What a field holds: how it is read from text, shown and written.
    public enum Kind: String, Sendable {
        /// Text as written.
        case text
        /// A year, written `2021` or `2021年`.
        case year
        /// An amount of money, in the form's unit, at least at the layout's amount precision.
        case amount
        /// A rate, as a fraction (0.978 for 97.8%).
        case rate
        /// A 评分表 weight, at the precision written.
        case weight
        /// A 评分表 score, at least at the layout's score precision.
        case score
        /// A table of rows (年度关键指标, 主要任务) or the 评分表: its columns are in ``Column`` tables.
        case table

        /// Whether the field holds a figure (an amount, a rate, a weight or a score).
        public var isFigure: Bool { self == .amount || self == .rate || self == .weight || self == .score }
    }

    /// The field's key (`funds.annualBudget`).
    public let key: FieldKey
    public let kind: Kind
    /// Worked out from other fields (预算完成率, 年度调整额, 预算调整率): the rules check it, `fill` computes it
    /// and never reads it.
    public let isDerived: Bool
    /// Its name in its JSON object: the key's last part (`annualBudget` in `funds`).
    public let name: String
    /// The JSON object it sits in inside the form object (`funds`), nil at the top.
    public let group: String?
    /// Read from the form's header lines (title, year, money unit) rather than filled in by the unit.
    public var isHeader: Bool { key == .title || key == .year || key == .unit }
    let place: Place

    /// Where the value lives: read and written through closures, which compile to plain property access. (A key
    /// path, even a literal one passed as a function, is applied by the runtime, reading on a copy of the whole
    /// form: in the JSON writer and the reader's funds that cost more than their other work.)
    enum Place: Sendable {
        case text(read: @Sendable (Form) -> String?, write: @Sendable (inout Form, String?) -> Void)
        case year(read: @Sendable (Form) -> Int?, write: @Sendable (inout Form, Int?) -> Void)
        case funds(read: @Sendable (Funds) -> ShownDecimal?, write: @Sendable (inout Funds, ShownDecimal?) -> Void)
        case keyIndicators, tasks, score

        var isScore: Bool { if case .score = self { true } else { false } }
    }

    private init(_ key: FieldKey, _ kind: Kind, _ place: Place, derived: Bool = false) {
        self.key = key
        self.kind = kind
        self.place = place
        isDerived = derived
        let parts = key.rawValue.split(separator: ".")
        name = parts.last.map(String.init) ?? key.rawValue
        group = parts.count > 1 ? String(parts[0]) : nil
    }

    /// Every field, in the contract's order (the order of the JSON form object).
    public static let all: [FormField] = [
        FormField(.title, .text, .text(read: { $0.title }, write: { $0.title = $1 })),
        FormField(.year, .year, .year(read: { $0.year }, write: { $0.year = $1 })),
        FormField(.unit, .text, .text(read: { $0.unit }, write: { $0.unit = $1 })),
        FormField(.department, .text, .text(read: { $0.department }, write: { $0.department = $1 })),
        FormField(.annualBudget, .amount, .funds(read: { $0.annualBudget }, write: { $0.annualBudget = $1 })),
        FormField(.initialBudget, .amount, .funds(read: { $0.initialBudget }, write: { $0.initialBudget = $1 })),
        FormField(.actual, .amount, .funds(read: { $0.actual }, write: { $0.actual = $1 })),
        FormField(.adjustment, .amount, .funds(read: { $0.adjustment }, write: { $0.adjustment = $1 }), derived: true),
        FormField(.generalPublicBudget, .amount, .funds(read: { $0.generalPublicBudget }, write: { $0.generalPublicBudget = $1 })),
        FormField(.governmentFundBudget, .amount, .funds(read: { $0.governmentFundBudget }, write: { $0.governmentFundBudget = $1 })),
        FormField(.stateCapitalBudget, .amount, .funds(read: { $0.stateCapitalBudget }, write: { $0.stateCapitalBudget = $1 })),
        FormField(.otherFunds, .amount, .funds(read: { $0.otherFunds }, write: { $0.otherFunds = $1 })),
        FormField(.completionRate, .rate, .funds(read: { $0.completionRate }, write: { $0.completionRate = $1 }), derived: true),
        FormField(.adjustmentRate, .rate, .funds(read: { $0.adjustmentRate }, write: { $0.adjustmentRate = $1 }), derived: true),
        FormField(.overallGoal, .text, .text(read: { $0.overallGoal }, write: { $0.overallGoal = $1 })),
        FormField(.overallGoalResult, .text, .text(read: { $0.overallGoalResult }, write: { $0.overallGoalResult = $1 })),
        FormField(.keyIndicators, .table, .keyIndicators),
        FormField(.tasks, .table, .tasks),
        FormField(.problems, .text, .text(read: { $0.problems }, write: { $0.problems = $1 })),
        FormField(.improvements, .text, .text(read: { $0.improvements }, write: { $0.improvements = $1 })),
        FormField(.score, .table, .score),
    ]

    /// The `funds.*` fields, in the contract's order.
    public static let funds: [FormField] = all.filter { if case .funds = $0.place { true } else { false } }

    private static let byKey: [FieldKey: FormField] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })

    /// The field under `key`; nil for a row key (`tasks[2].funds`) or a key of no field.
    public static func named(_ key: FieldKey) -> FormField? { byKey[key] }

    // MARK: The value in a form

    /// The text of a text field; nil for other fields.
    public func text(in form: Form) -> String? {
        if case .text(let read, _) = place { read(form) } else { nil }
    }

    /// Stores the text of a text field; other fields are left alone.
    public func setText(_ text: String?, in form: inout Form) {
        if case .text(_, let write) = place { write(&form, text) }
    }

    /// The year of the year field; nil for other fields.
    public func year(in form: Form) -> Int? {
        if case .year(let read, _) = place { read(form) } else { nil }
    }

    /// The figure of a `funds.*` field; nil for other fields.
    public func figure(in funds: Funds) -> ShownDecimal? {
        if case .funds(let read, _) = place { read(funds) } else { nil }
    }

    /// Stores the figure of a `funds.*` field; other fields are left alone.
    public func setFigure(_ figure: ShownDecimal?, in funds: inout Funds) {
        if case .funds(_, let write) = place { write(&funds, figure) }
    }

    /// Whether the form holds a value for the field (a table: at least one row; the 评分表: the sheet).
    public func isFilled(in form: Form) -> Bool {
        switch place {
        case .text(let read, _): read(form) != nil
        case .year(let read, _): read(form) != nil
        case .funds(let read, _): read(form.funds) != nil
        case .keyIndicators: !form.keyIndicators.isEmpty
        case .tasks: !form.tasks.isEmpty
        case .score: form.score != nil
        }
    }
}
