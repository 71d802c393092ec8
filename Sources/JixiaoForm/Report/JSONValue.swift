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
        var bytes: [UInt8] = []
        append(to: &bytes, indent: indent)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON text as UTF-8 without building a string per level: a bulk run writes thousands of
    /// files' reports straight into its output buffer.
    ///
    /// ```swift
    /// var bytes: [UInt8] = []
    /// ReportJSON.file(report, errorMessage: nil).append(to: &bytes, indent: 2)
    /// ```
    public func append(to out: inout [UInt8], indent: Int = 0) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
                JSONValue.pad(indent + 1, &out)
                JSONText.append(member.key, to: &out)
                out.append(contentsOf: ": ".utf8)
                member.value.append(to: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            JSONValue.pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
                JSONValue.pad(indent + 1, &out)
                item.append(to: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            JSONValue.pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .string(let text): JSONText.append(text, to: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        for _ in 0..<(level * 2) { out.append(UInt8(ascii: " ")) }
    }
}
