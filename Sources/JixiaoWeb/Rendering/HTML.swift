/// The one escaper of the web page: every piece of file text (cell text, sheet, file and unit names, messages)
/// goes through it before it becomes part of a page.
///
/// ```swift
/// HTML.text("<script>")            // "&lt;script&gt;"
/// HTML.attribute("a\"b")           // "a&quot;b"
/// ```
enum HTML {
    /// Text for an element's content: `& < > " '` escaped.
    static func text(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for character in value.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Text for a quoted attribute value: the same escapes, so a value cannot close its quotes.
    static func attribute(_ value: String) -> String { text(value) }
}
