/// Text made safe for WordprocessingML: escaped for element content and attribute values alike, with the
/// characters XML 1.0 forbids dropped.
///
/// ```swift
/// XMLText.escaped("a<b & \"c\" 'd'\u{1}")   // "a&lt;b &amp; &quot;c&quot; &apos;d&apos;"
/// ```
enum XMLText {
    /// Whether XML 1.0 allows `scalar` in a document: tab, line feed, carriage return, U+0020–U+D7FF,
    /// U+E000–U+FFFD and U+10000 upwards (surrogates cannot occur in a Swift string).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: return true
        default: return false
        }
    }

    /// `text` with `& < > " '` escaped and forbidden characters dropped.
    static func escaped(_ text: String) -> String {
        // Most text needs nothing: checked on the scalars before building a copy.
        let needsWork = text.unicodeScalars.contains { scalar in
            !isAllowed(scalar) || scalar == "&" || scalar == "<" || scalar == ">" || scalar == "\"" || scalar == "'"
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
