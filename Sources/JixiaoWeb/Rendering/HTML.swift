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
    static func text(_ string: String) -> String { escaped(string, lineBreaks: false) }

    /// Text escaped for a quoted attribute value (`"…"`): the same entities as ``text(_:)``, and line breaks
    /// kept as character references so a value survives exactly.
    static func attribute(_ string: String) -> String { escaped(string, lineBreaks: true) }

    /// Both escapes, byte by byte over the UTF-8 (everything escaped is ASCII, and no byte of a longer character
    /// is): a text with nothing to escape, most of a page, is returned as it is.
    private static func escaped(_ string: String, lineBreaks: Bool) -> String {
        func replacement(_ byte: UInt8) -> String? {
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            case 0x0A: lineBreaks ? "&#10;" : nil
            case 0x0D: lineBreaks ? "&#13;" : nil
            // Controls other than tab and line breaks are no text a page can show (and NUL is refused by parsers).
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: "\u{FFFD}"
            default: nil
            }
        }
        guard string.utf8.contains(where: { replacement($0) != nil }) else { return string }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 16)
        for byte in string.utf8 {
            if let entity = replacement(byte) { bytes.append(contentsOf: entity.utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
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
            tag.append(" ")
            tag.append(key)
            tag.append("=\"")
            tag.append(attribute(value))
            tag.append("\"")
        }
        tag.append(">")
        return tag
    }
}
