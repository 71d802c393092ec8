/// A colour scale rule's thresholds and their colours (two or three of each).
///
/// ```swift
/// let scale = rule.colorScale!
/// scale.values.map(\.type)             // ["min", "percentile", "max"]
/// scale.colors.map(\.hexARGB)          // ["FFF8696B", "FFFFEB84", "FF63BE7B"]
/// ```
public struct ColorScale: Sendable, Hashable {
    public var values: [ConditionalValue]
    public var colors: [Color]

    public init(values: [ConditionalValue] = [], colors: [Color] = []) {
        self.values = values
        self.colors = colors
    }
}
