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
package enum JSONText {
    /// A JSON string literal, quotes included.
    package static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON string literal of `text`, quotes included, as UTF-8. Runs that need no escaping (most
    /// of any text) are copied whole: a bulk run writes every report through here.
    package static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                // Plain: printable ASCII other than `"` and `\`, and UTF-8 other than an E2 lead byte.
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xE2 {
                    index += 1
                    continue
                }
                // E2 80 A8 / E2 80 A9 are U+2028 and U+2029; any other E2 sequence is plain.
                let isSeparator = byte == 0xE2 && index + 2 < count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                if byte == 0xE2 && !isSeparator {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): escape(UInt8(ascii: "\""), &out)
                case UInt8(ascii: "\\"): escape(UInt8(ascii: "\\"), &out)
                case UInt8(ascii: "\n"): escape(UInt8(ascii: "n"), &out)
                case UInt8(ascii: "\r"): escape(UInt8(ascii: "r"), &out)
                case UInt8(ascii: "\t"): escape(UInt8(ascii: "t"), &out)
                case 0xE2:
                    appendEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    index += 2
                default: appendEscape(UInt16(byte), to: &out)
                }
                index += 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func escape(_ letter: UInt8, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(letter)
    }

    /// `\uXXXX`, lowercase hex.
    private static func appendEscape(_ value: UInt16, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int(value >> UInt16(shift)) & 0xF]) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
