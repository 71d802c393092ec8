/// An icon set rule: the set and its thresholds.
///
/// ```swift
/// rule.iconSet?.style   // "3TrafficLights1"
/// ```
public struct IconSet: Sendable, Hashable {
    /// `iconSet` (`3Arrows`, `3TrafficLights1`, `4Rating`, `5Quarters`, …; default `3TrafficLights1`).
    public var style: String
    public var values: [ConditionalValue]
    public var showValue: Bool
    /// Icons in reverse order.
    public var reverse: Bool
    /// Thresholds are percents (the default) rather than values.
    public var percent: Bool

    public init(style: String = "3TrafficLights1", values: [ConditionalValue] = [], showValue: Bool = true,
                reverse: Bool = false, percent: Bool = true) {
        self.style = style
        self.values = values
        self.showValue = showValue
        self.reverse = reverse
        self.percent = percent
    }
}
