/// How key-indicator texts are read (`Templates/indicator-grammar.json`, domain.md §6.2): operators, verb
/// prefixes, units, the words that mark a plan or an actual figure, and the words that say which way is better.
///
/// ```swift
/// let grammar = try TemplateBundle.standard.get().indicatorGrammar
/// grammar.units.contains("场次")   // true
/// ```
public struct IndicatorGrammar: Sendable, Decodable {
    /// Which way is better, by words in the indicator's name: the listed word ending last decides (the counted
    /// thing, not the measure: 安全事故发生次数 counts 事故, so lower is better).
    public struct DirectionWords: Sendable, Decodable {
        /// Things better low (事故, 投诉, 隐患, 损失): an action's object where one comes right before.
        public var lower: [String]
        /// Measures better low (成本, 时限, 发生率): never an action's object (投诉办结时限 is a time limit).
        public var lowerMeasures: [String]
        /// Heads better high (满意度, 完成率) and words of decrease (投诉下降率 is a rate of decrease).
        public var higher: [String]
        /// Actions on a bad thing (整改, 挽回): higher themselves, and a lower word right after one is its object
        /// (挽回损失金额).
        public var actions: [String]
        /// Negations (不, 未, 无) that turn the word right after them (不合格率, 无事故天数).
        public var negations: [String]

        private enum CodingKeys: String, CodingKey { case lower, lowerMeasures, higher, actions, negations }

        public init(from decoder: any Decoder) throws {
            // A district's own grammar file written before these lists existed still loads.
            let container = try decoder.container(keyedBy: CodingKeys.self)
            lower = try container.decode([String].self, forKey: .lower)
            lowerMeasures = try container.decodeIfPresent([String].self, forKey: .lowerMeasures) ?? []
            higher = try container.decode([String].self, forKey: .higher)
            actions = try container.decodeIfPresent([String].self, forKey: .actions) ?? []
            negations = try container.decodeIfPresent([String].self, forKey: .negations) ?? []
        }
    }

    /// Comparison signs (`≥`, `<=`) by the operator they mean (``ComparisonOperator`` raw values).
    public var operatorSymbols: [String: String]
    /// Words before a number that state a comparison (`不少于`).
    public var operatorPrefixes: [String: String]
    /// Words of a separate 指标性质 column (`正向`, `反向`), besides the symbols.
    public var operatorColumnTerms: [String: String]
    /// Words after a number that state a comparison (`以上`).
    public var operatorSuffixes: [String: String]
    /// Verbs skipped before a number (`新增`, `完成`).
    public var verbPrefixes: [String]
    /// Units a number may carry, matched longest first; any other run of letters after a number is a unit too
    /// (at most ``maxUnitLength`` characters, ending at a ``unitBreaks`` word).
    public var units: [String]
    /// The longest unit read from the letters after a number when no listed unit is there.
    public var maxUnitLength: Int
    /// Words that end a unit read from the letters after a number (`左右`, `的`).
    public var unitBreaks: [String]
    /// Other spellings of a unit, each mapped to one spelling (`千米` → `公里`), so target and result compare.
    public var unitSpellings: [String: String]
    /// A number followed by one of these is not a value (years, months, ordinals, list numbering).
    public var nonValueFollowers: [String]
    /// A number preceded by one of these is not a value (`第3届`).
    public var nonValuePrecursors: [String]
    /// A number followed by one of these (日, 号) after a month marker is a day of a date, not a value.
    public var dayFollowers: [String]
    /// Month markers (月) that make the next number a day.
    public var monthMarkers: [String]
    /// In a sentence, the figure after one of these is the result (`实际新增99家`), in priority order.
    public var resultKeywords: [String]
    /// In a sentence, the figure after one of these is the target (`计划新增80家`).
    public var targetKeywords: [String]
    /// Clause separators: a keyword applies to numbers in its own clause.
    public var clauseSeparators: [String]
    /// Range separators (`90%-95%`).
    public var rangeSeparators: [String]
    public var directionWords: DirectionWords
}
