import Foundation

/// What a cell holds, as the file stored it.
///
/// Numbers keep the exact text of their `<v>` element, so `1505.02` stays `1505.02` and a caller decides how
/// to read it (``asDecimal()`` for money, ``asDouble()`` for dates). Accessors follow one naming scheme:
/// `is…` tests the kind, a plain property (``text``, ``numberText``) returns only the exact kind, `as…()`
/// converts leniently.
///
/// ```swift
/// switch cell.value {
/// case .number(let text): print(Decimal(string: text)!)
/// case .text(let text):   print(text)
/// default:                break
/// }
/// cell.value.asDecimal()   // 1505.02 for .number("1505.02"), nil for text
/// ```
public enum CellValue: Hashable, Sendable {
    /// A formula cell whose cached result was not saved (scripts often write formulas without results).
    case empty
    /// Text: a shared string, an inline string or a formula's string result.
    case text(String)
    /// A number, as the exact text of the file's `<v>`.
    case number(String)
    case boolean(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)
    /// An ISO 8601 date cell (`t="d"`), as its text.
    case isoDate(String)

    public var isEmpty: Bool { if case .empty = self { true } else { false } }
    public var isText: Bool { if case .text = self { true } else { false } }
    public var isNumber: Bool { if case .number = self { true } else { false } }
    public var isBoolean: Bool { if case .boolean = self { true } else { false } }
    public var isError: Bool { if case .error = self { true } else { false } }

    /// The text, for a text cell only.
    public var text: String? { if case .text(let text) = self { text } else { nil } }
    /// The number's exact text, for a number cell only.
    public var numberText: String? { if case .number(let text) = self { text } else { nil } }
    /// The boolean, for a boolean cell only.
    public var boolean: Bool? { if case .boolean(let value) = self { value } else { nil } }

    /// The number as a `Decimal`, exactly as written (no binary rounding). Nil for anything but a number.
    public func asDecimal() -> Decimal? {
        guard case .number(let text) = self else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The number as a `Double`. Nil for anything but a number.
    public func asDouble() -> Double? {
        guard case .number(let text) = self else { return nil }
        return Double(text) ?? Double(text.trimmingCharacters(in: .whitespaces))
    }

    /// What a person would read in the cell: the text, the number's text, `TRUE`/`FALSE`, the error code.
    public var displayText: String {
        switch self {
        case .empty: ""
        case .text(let text), .number(let text), .error(let text), .isoDate(let text): text
        case .boolean(let value): value ? "TRUE" : "FALSE"
        }
    }
}
