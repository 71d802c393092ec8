/// The one escaper of the web pages, and a small element builder that escapes every attribute it is given.
///
/// Every piece of text from a file (cell text, sheet names, file names, unit names, messages) reaches a page
/// through ``text(_:)`` or ``attribute(_:)``; markup is only ever what the program wrote itself. No page
/// carries `style=` or `on…=` attributes or inline scripts (the Content-Security-Policy refuses them).
///
/// ```swift
/// HTML.text("<script>alert(1)</script>")   // "&lt;script&gt;alert(1)&lt;/script&gt;"
/// HTML.element("td", ["id": "c-E6", "class": "finding error"], HTML.text("353.99"))
/// // <td id="c-E6" class="finding error">353.99</td>
/// ```
enum HTML {
    /// Text escaped for an element's content: `&`, `<`, `>`, `"` and `'` become entities.
    static func text(_ string: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(string.utf8.count)
        for character in string.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            // Controls other than tab and line breaks are no text a page can show (and NUL is refused by parsers).
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Text escaped for a quoted attribute value (`"…"`): the same entities as ``text(_:)``, and line breaks
    /// kept as character references so a value survives exactly.
    static func attribute(_ string: String) -> String {
        text(string).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\r", with: "&#13;")
    }

    /// An element: `<name a="v"…>content</name>`, attributes in the order given, escaped; an attribute whose
    /// value is nil is left out. `content` is markup the caller built (escape file text with ``text(_:)``).
    ///
    /// ```swift
    /// HTML.element("a", ["href": "/r/1", "class": nil], "汇总")   // <a href="/r/1">汇总</a>
    /// ```
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ content: String = "") -> String {
        openingTag(name, attributes) + content + "</" + name + ">"
    }

    /// An opening tag alone (for void elements such as `<col>`, `<input>`, `<meta>`).
    static func openingTag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) -> String {
        var tag = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            tag += " " + key + "=\"" + attribute(value) + "\""
        }
        return tag + ">"
    }
}
