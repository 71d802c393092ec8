/// Writes JSON literals by hand, so that key order follows a contract and numbers stay the exact decimal text
/// a sheet holds (`JSONSerialization` reorders keys and goes through `Double`).
///
/// ```swift
/// JSONText.string("单位：\"万元\"")   // "\"单位：\\\"万元\\\"\""
/// ```
public enum JSONText {
    /// A JSON string literal, quotes included; non-ASCII text is written as UTF-8.
    public static func string(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let s where s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029:
                let hex = String(s.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

