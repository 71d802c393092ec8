import XLSXReader

/// A JSON value written by hand, so keys keep the contract's order and numbers keep the decimal text the
/// sheet shows (`JSONSerialization` reorders keys and goes through `Double`).
///
/// ```swift
/// JSONValue.object([("annualBudget", .number("1505.02")), ("initialBudget", .null)]).rendered()
/// // {\n  "annualBudget": 1505.02,\n  "initialBudget": null\n}
/// ```
public indirect enum JSONValue: Sendable, Hashable {
    case object([Member])
    case array([JSONValue])
    case string(String)
    /// A number as its exact decimal text.
    case number(String)
    case bool(Bool)
    case null

    /// An object member.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object from key–value pairs, in order.
    public static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { Member($0.0, $0.1) })
    }

    /// A string, or null.
    public static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// A shown figure as its decimal text, or null.
    public static func figure(_ value: ShownDecimal?) -> JSONValue { value.map { .number($0.text) } ?? .null }

    /// The JSON text, indented by two spaces per level.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let body = members.map { inner + JSONText.string($0.key) + ": " + $0.value.rendered(indent: indent + 1) }
            return "{\n" + body.joined(separator: ",\n") + "\n" + pad + "}"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            let body = items.map { inner + $0.rendered(indent: indent + 1) }
            return "[\n" + body.joined(separator: ",\n") + "\n" + pad + "]"
        case .string(let text): return JSONText.string(text)
        case .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        }
    }
}
