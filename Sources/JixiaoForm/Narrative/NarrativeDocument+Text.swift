import Foundation

extension NarrativeDocument {
    /// The report's text from a `.txt` or `.md` file's bytes: UTF-8 (with or without a byte-order mark), UTF-16
    /// with a byte-order mark, else GB 18030 (Notepad's "ANSI" on Chinese Windows). Each non-blank line is a
    /// paragraph, trimmed. With `markdown`, a `#`…`######` heading gives its level and loses its marks, and
    /// `**bold**` / `__bold__` lose theirs.
    ///
    /// ```swift
    /// let document = try NarrativeDocument(text: Data("## 一、基本情况\n**总收入**1538.82万元\n".utf8), markdown: true)
    /// document.paragraphs.map(\.text)           // ["一、基本情况", "总收入1538.82万元"]
    /// document.paragraphs[0].outlineLevel       // 2
    /// ```
    /// - Throws: ``NarrativeReadError/Kind/undecodableText`` for bytes that are none of these.
    package init(text data: Data, markdown: Bool) throws(NarrativeReadError) {
        guard let text = Self.decode(data) else {
            throw NarrativeReadError(.undecodableText, detail: "not UTF-8, UTF-16 or GB 18030 text")
        }
        var paragraphs: [NarrativeParagraph] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            var body = Self.trimmed(line)
            var level: Int?
            if markdown {
                let hashes = body.prefix { $0 == "#" }.count
                if (1...6).contains(hashes), body.dropFirst(hashes).first?.isWhitespace ?? true {
                    level = hashes
                    // The closing marks of `## 标题 ##` go too.
                    var heading = Substring(body.dropFirst(hashes))
                    while heading.last == "#" { heading = heading.dropLast() }
                    body = Self.trimmed(heading)
                }
                body = Self.withoutEmphasis(body)
            }
            guard !body.isEmpty else { continue }
            paragraphs.append(NarrativeParagraph(text: body, outlineLevel: level))
        }
        self.init(format: .text, paragraphs: paragraphs)
    }

    /// UTF-16 by its byte-order mark, else what ``CSVTable/decode(_:)`` reads (UTF-8, else GB 18030).
    private static func decode(_ data: Data) -> String? {
        if data.starts(with: [0xFF, 0xFE]) { return String(data: data.dropFirst(2), encoding: .utf16LittleEndian) }
        if data.starts(with: [0xFE, 0xFF]) { return String(data: data.dropFirst(2), encoding: .utf16BigEndian) }
        return CSVTable.decode(data)
    }

    /// `**x**` and `__x__` as `x`. A run of underscores with nothing inside (a blank to fill in, `______`) and
    /// a lone `**` stay as written.
    private static func withoutEmphasis(_ text: String) -> String {
        guard text.contains("**") || text.contains("__") else { return text }
        var result = text
        for mark in ["**", "__"] {
            var output = ""
            var rest = result[...]
            while let open = rest.range(of: mark) {
                let inside = rest[open.upperBound...]
                guard let close = inside.range(of: mark), close.lowerBound > inside.startIndex,
                      !inside[inside.startIndex].isWhitespace, inside[..<close.lowerBound].last?.isWhitespace == false,
                      !(mark == "__" && inside[..<close.lowerBound].allSatisfy { $0 == "_" }) else {
                    output += rest[..<open.upperBound]
                    rest = rest[open.upperBound...]
                    continue
                }
                output += rest[..<open.lowerBound]
                output += inside[..<close.lowerBound]
                rest = inside[close.upperBound...]
            }
            output += rest
            result = output
        }
        return result
    }
}
