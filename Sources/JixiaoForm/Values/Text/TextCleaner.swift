import Foundation

/// Turns a text cell into the text a person reads: HTML from online systems stripped (`<p>…</p>`,
/// `<br>`, `&nbsp;`), surrounding whitespace trimmed (form-model.md §3).
///
/// Only things shaped like tags are removed, so `a < b` and the word `and` stay.
///
/// ```swift
/// TextCleaner.clean("<p>预算要进一步细化准确</p>")   // "预算要进一步细化准确"
/// TextCleaner.clean("<p> </p>")                      // nil
/// ```
enum TextCleaner {
    /// The cleaned text, or nil when nothing but markup and whitespace is left.
    static func clean(_ raw: String) -> String? {
        let stripped = stripMarkup(raw)
        // Most cells have nothing to trim: the text itself is the answer.
        if let untrimmed = stripped.utf8.withContiguousStorageIfAvailable(endsAreNotWhitespace), untrimmed {
            return stripped
        }
        let scalars = stripped.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return nil }
        if !isWhitespaceOrNewline(first) && !isWhitespaceOrNewline(last) { return stripped }
        // What `trimmingCharacters(in: .whitespacesAndNewlines)` does, scalar by scalar.
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isWhitespaceOrNewline(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isWhitespaceOrNewline(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return start == end ? nil : String(scalars[start..<end])
    }

    /// Whether a non-empty UTF-8 text starts and ends with printable ASCII or a CJK ideograph: no whitespace to
    /// trim, told from a byte or two at each end (false when it cannot tell so quickly).
    private static func endsAreNotWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        let firstIsText = (first >= 0x21 && first <= 0x7E) || TextForm.isCJKIdeograph(bytes, at: 0)
        // The last character of three bytes starts three from the end.
        let lastIsText = (last >= 0x21 && last <= 0x7E)
            || (bytes.count >= 3 && last >= 0x80 && TextForm.isCJKIdeograph(bytes, at: bytes.count - 3))
        return firstIsText && lastIsText
    }

    /// Membership in `CharacterSet.whitespacesAndNewlines`, answered without Foundation for ASCII and CJK
    /// ideographs (nearly every character of a form), which hold none but `\t`…`\r` and the space.
    @inline(__always)
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80, 0x4E00...0x9FFF: false
        default: whitespacesAndNewlines.contains(scalar)
        }
    }

    /// Built once: `CharacterSet.whitespacesAndNewlines` makes a new set on every use.
    private static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines

    /// The text without HTML tags and with entities decoded; block boundaries become line breaks.
    static func stripMarkup(_ raw: String) -> String {
        // Every pattern below needs a `<` or an `&`: text without either is returned as it is.
        guard UTF8Bytes.contains(raw, byte: UInt8(ascii: "<")) || UTF8Bytes.contains(raw, byte: UInt8(ascii: "&")) else { return raw }
        if let inner = paragraphContent(raw) { return inner }
        var text = raw
        text = replace(#"(?i)<\s*br\s*/?\s*>"#, in: text, with: "\n")
        text = replace(#"(?i)</\s*(p|div|li|tr|h[1-6])\s*>\s*<\s*(p|div|li|tr|h[1-6])(\s[^<>]*)?>"#, in: text, with: "\n")
        text = replace(#"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>"#, in: text, with: "")
        return decodeEntities(text)
    }

    /// What online systems export most: one `<p>…</p>` around plain text. With no other `<` and no `&` inside,
    /// the patterns below would only drop the two tags, so the text between them is the answer.
    private static func paragraphContent(_ raw: String) -> String? {
        let bytes = raw.utf8
        guard bytes.count >= 7, bytes.starts(with: "<p>".utf8), bytes.reversed().starts(with: ">p/<".utf8) else { return nil }
        let inner = bytes.dropFirst(3).dropLast(4)
        guard !inner.contains(UInt8(ascii: "<")), !inner.contains(UInt8(ascii: "&")) else { return nil }
        return String(inner)
    }

    private static let namedEntities: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ensp": " ", "emsp": " ",
    ]

    private static func decodeEntities(_ text: String) -> String {
        guard UTF8Bytes.contains(text, byte: UInt8(ascii: "&")), let regex = RegexCache.compiled("&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);")
        else { return text }
        let source = text as NSString
        var result = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            let name = source.substring(with: match.range(at: 1))
            var replacement: String?
            if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                replacement = String(Character(scalar))
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                replacement = String(Character(scalar))
            } else {
                replacement = namedEntities[name.lowercased()]
            }
            result += replacement ?? source.substring(with: match.range)
            last = match.range.location + match.range.length
        }
        result += source.substring(from: last)
        return result
    }

    static func replace(_ pattern: String, in text: String, with template: String) -> String {
        guard let regex = RegexCache.compiled(pattern) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length),
                                              withTemplate: template)
    }
}
