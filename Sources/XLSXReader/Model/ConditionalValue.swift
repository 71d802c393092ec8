/// A threshold of a colour scale, data bar or icon set (`<cfvo>`).
///
/// ```swift
/// let middle = ConditionalValue(type: "percentile", value: "50")
/// ```
public struct ConditionalValue: Sendable, Hashable {
    /// `min`, `max`, `num`, `percent`, `percentile`, `formula` (and Excel 2010's `autoMin`, `autoMax`).
    public var type: String
    /// `val`: a number or formula, as written.
    public var value: String?
    /// `gte`: an icon set's threshold includes the value (the default) or not.
    public var greaterOrEqual: Bool

    public init(type: String, value: String? = nil, greaterOrEqual: Bool = true) {
        self.type = type
        self.value = value
        self.greaterOrEqual = greaterOrEqual
    }
}
