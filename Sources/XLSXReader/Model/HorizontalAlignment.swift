/// Horizontal alignment (`<alignment horizontal="center">`, ECMA-376 §18.18.40).
///
/// ```swift
/// HorizontalAlignment(rawValue: "centerContinuous")   // .centerContinuous
/// ```
public enum HorizontalAlignment: String, Hashable, Sendable, CaseIterable {
    case general, left, center, right, fill, justify, centerContinuous, distributed
}
