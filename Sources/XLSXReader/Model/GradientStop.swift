/// One stop of a gradient fill: where it is (0 … 1) and its colour.
///
/// ```swift
/// let stop = GradientStop(position: 0, color: Color(rgb: 0xFFFF_FFFF))
/// ```
public struct GradientStop: Hashable, Sendable {
    public var position: Double
    public var color: Color

    public init(position: Double, color: Color) {
        self.position = position
        self.color = color
    }
}
