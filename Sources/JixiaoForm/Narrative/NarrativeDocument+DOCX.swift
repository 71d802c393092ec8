import DOCXReader

extension NarrativeDocument {
    /// The report's text from a Word document: each paragraph (a table cell being one) trimmed of the spaces
    /// around it (a Chinese first-line indent of full-width spaces included), blank ones dropped; the list
    /// label Word numbered it with stays at its start, its outline level is the heading's.
    ///
    /// ```swift
    /// let document = NarrativeDocument(docx: try DOCXDocument(contentsOf: url))
    /// document.paragraphs[0].outlineLevel   // 1: the title, a "Heading 1"
    /// ```
    package init(docx document: DOCXDocument) {
        var paragraphs: [NarrativeParagraph] = []
        paragraphs.reserveCapacity(document.paragraphs.count)
        for paragraph in document.paragraphs {
            let text = Self.trimmed(paragraph.text)
            guard !text.isEmpty else { continue }
            paragraphs.append(NarrativeParagraph(text: text, outlineLevel: paragraph.outlineLevel,
                                                 inTable: paragraph.cell != nil))
        }
        self.init(format: .docx, paragraphs: paragraphs)
    }

    /// `text` without the whitespace around it (spaces, tabs, line breaks, U+3000), as each reader leaves a
    /// paragraph.
    static func trimmed(_ text: some StringProtocol) -> String {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text[start...].lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
        return String(text[start..<end])
    }
}
