/// The fill of a cell format (`<fill>`): a pattern with its foreground and background colours, or a gradient.
///
/// For a ``FillPattern/solid`` fill the cell shows ``foreground``; ``background`` shows between a pattern's
/// dots and lines. A gradient is reported as such (``isGradient``) with its kind, angle and stops.
///
/// ```swift
/// let fill = workbook.format(of: cell).fill
/// fill.pattern                    // .solid
/// fill.foreground?.hexARGB        // "FFFFFF00"
/// ```
public struct Fill: Hashable, Sendable {
    /// The pattern; ``FillPattern/none`` for no fill (and for a gradient).
    public var pattern: FillPattern
    /// `<fgColor>`: the pattern's colour (the whole cell for `solid`).
    public var foreground: Color?
    /// `<bgColor>`: the colour behind the pattern.
    public var background: Color?
    /// Whether this is a `<gradientFill>`.
    public var isGradient: Bool
    /// The gradient's kind, `linear` or `path`, nil for a pattern fill.
    public var gradientType: String?
    /// A linear gradient's angle in degrees.
    public var gradientDegree: Double
    /// The gradient's stops in file order.
    public var gradientStops: [GradientStop]

    public init(pattern: FillPattern = .none, foreground: Color? = nil, background: Color? = nil,
                isGradient: Bool = false, gradientType: String? = nil, gradientDegree: Double = 0,
                gradientStops: [GradientStop] = []) {
        self.pattern = pattern
        self.foreground = foreground
        self.background = background
        self.isGradient = isGradient
        self.gradientType = gradientType
        self.gradientDegree = gradientDegree
        self.gradientStops = gradientStops
    }

    /// No fill.
    public static let none = Fill()
}
