/// A finding's `stated` or `expected` value: a figure as shown, or a text such as a grade.
///
/// ```swift
/// FindingValue.number(ShownDecimal(text: "-353.99")!).jsonText   // "-353.99"
/// FindingValue.text("优").jsonText                               // "\"优\""
/// ```
public enum FindingValue: Sendable, Hashable, CustomStringConvertible {
    case number(ShownDecimal)
    case text(String)

    public var description: String {
        switch self {
        case .number(let value): value.text
        case .text(let text): text
        }
    }

    /// The figure, for a number.
    public var number: ShownDecimal? { if case .number(let value) = self { value } else { nil } }
}
