/// Writes JSON literals by hand, so that key order follows a contract and numbers stay the exact decimal text
/// a sheet holds (`JSONSerialization` reorders keys and goes through `Double`).
///
/// One escaping rule for every JSON jixiao writes: `"` `\` and control characters are escaped (`\n`, `\r`, `\t`,
/// else `\u00XX`), and so are U+2028 and U+2029, which JavaScript does not allow unescaped; other text is UTF-8.
///
/// ```swift
/// JSONText.string("单位：\"万元\"")   // "\"单位：\\\"万元\\\"\""
/// var bytes: [UInt8] = []
/// JSONText.append("1505.02", to: &bytes)   // the same literal, straight into a byte buffer
/// ```
public enum JSONText {
    /// A JSON string literal, quotes included.
    public static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON string literal of `text`, quotes included, as UTF-8.
    public static func append(_ text: String, to out: inout [UInt8]) {
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
