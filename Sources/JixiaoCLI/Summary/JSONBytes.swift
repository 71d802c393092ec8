import JixiaoForm

/// Renders a ``JSONValue`` straight into UTF-8 bytes, with exactly the text of
/// ``JSONValue/rendered(indent:)`` (two-space indents, `JSONText` escapes), without building a string per
/// level: a bulk run writes thousands of files' reports and the nested strings were most of its output cost.
/// `ReportSinkTests` compares the two renderings.
///
/// ```swift
/// var bytes: [UInt8] = []
/// JSONBytes.append(ReportJSON.file(report, errorMessage: nil), indent: 2, to: &bytes)
/// ```
enum JSONBytes {
    static func append(_ value: JSONValue, indent: Int, to out: inout [UInt8]) {
        switch value {
        case .object(let members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
                pad(indent + 1, &out)
                appendString(member.key, to: &out)
                out.append(contentsOf: ": ".utf8)
                append(member.value, indent: indent + 1, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
                pad(indent + 1, &out)
                append(item, indent: indent + 1, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .string(let text): appendString(text, to: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        for _ in 0..<(level * 2) { out.append(UInt8(ascii: " ")) }
    }

    /// A string literal with `JSONText.string`'s escapes: `"` `\` and control characters, U+2028 and U+2029.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): escape(UInt8(ascii: "\""), &out)
                case UInt8(ascii: "\\"): escape(UInt8(ascii: "\\"), &out)
                case UInt8(ascii: "\n"): escape(UInt8(ascii: "n"), &out)
                case UInt8(ascii: "\r"): escape(UInt8(ascii: "r"), &out)
                case UInt8(ascii: "\t"): escape(UInt8(ascii: "t"), &out)
                case 0..<0x20: appendEscape(UInt32(byte), to: &out)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 (E2 80 A8 / A9).
                    appendEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    index += 2
                default: out.append(byte)
                }
                index += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func escape(_ letter: UInt8, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(letter)
    }

    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex = Array(String(value, radix: 16).utf8)
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for _ in hex.count..<4 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: hex)
    }
}
