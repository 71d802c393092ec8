/// How key-indicator texts are read (`Templates/indicator-grammar.json`, domain.md §6.2): operators, verb
/// prefixes, units, the words that mark a plan or an actual figure, and the words that say which way is better.
///
/// ```swift
/// let grammar = try TemplateBundle.standard.get().indicatorGrammar
/// grammar.units.contains("场次")   // true
/// ```
public struct IndicatorGrammar: Sendable, Decodable {
    /// Which way is better, by words in the indicator's name.
    public struct DirectionWords: Sendable, Decodable {
        public var lower: [String]
        public var higher: [String]
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
    /// Units a number may carry, matched longest first.
    public var units: [String]
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
