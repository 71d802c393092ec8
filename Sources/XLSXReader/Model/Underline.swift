/// A font's underline (`<u val="double">`; `<u/>` alone is ``single``).
///
/// ```swift
/// Underline(rawValue: "doubleAccounting")   // .doubleAccounting
/// ```
public enum Underline: String, Hashable, Sendable, CaseIterable {
    case none, single, double, singleAccounting, doubleAccounting
}
