/// The line of one side of a cell border (`<left style="thin">`, ECMA-376 §18.18.3).
///
/// ```swift
/// BorderStyle(rawValue: "mediumDashDot")   // .mediumDashDot
/// ```
public enum BorderStyle: String, Hashable, Sendable, CaseIterable {
    case none, thin, medium, dashed, dotted, thick, double, hair, mediumDashed, dashDot, mediumDashDot, dashDotDot,
         mediumDashDotDot, slantDashDot
}
