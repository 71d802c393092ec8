/// The figure a key indicator's target or result text carries (domain.md §6.2).
///
/// ```swift
/// parser.parse("不少于90%", side: .target)
/// // IndicatorValue(value: 90, unit: "%", comparison: .atLeast)
/// ```
struct IndicatorValue: Sendable, Hashable {
    /// The figure (the bound a range gives for the direction, see ``IndicatorValueParser``).
    var value: ShownDecimal
    /// The upper end of a range (`90%-95%`), where the text gives one.
    var upperValue: ShownDecimal?
    /// The unit written after the figure.
    var unit: String?
    /// The comparison stated with it.
    var comparison: ComparisonOperator?
}
