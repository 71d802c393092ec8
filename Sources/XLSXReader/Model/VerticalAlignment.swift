/// Vertical alignment (`<alignment vertical="center">`, ECMA-376 §18.18.88); Excel's default is ``bottom``.
///
/// ```swift
/// VerticalAlignment(rawValue: "center")   // .center
/// ```
public enum VerticalAlignment: String, Hashable, Sendable, CaseIterable {
    case top, center, bottom, justify, distributed
}
