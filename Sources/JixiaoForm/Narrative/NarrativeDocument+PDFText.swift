extension NarrativeDocument {
    /// The report's text from what `pdftotext -layout -enc UTF-8` prints: pages split at form feeds (numbered
    /// from 1), each non-blank line a paragraph with its page, the spaces the layout put around it trimmed. The
    /// layout's spaces inside a line (between digits and units, between columns) are kept as they are.
    ///
    /// ```swift
    /// let document = NarrativeDocument(pdfText: "  一、基本情况\n\n   总收入 1538.82 万元\n\u{0C}  二、绩效\n")
    /// document.paragraphs.map(\.page)   // [1, 1, 2]
    /// ```
    package init(pdfText text: String) {
        var paragraphs: [NarrativeParagraph] = []
        for (index, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
            for line in page.split(whereSeparator: \.isNewline) {
                let body = Self.trimmed(line)
                guard !body.isEmpty else { continue }
                paragraphs.append(NarrativeParagraph(text: body, page: index + 1))
            }
        }
        self.init(format: .pdf, paragraphs: paragraphs)
    }
}
