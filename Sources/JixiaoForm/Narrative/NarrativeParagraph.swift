/// One paragraph of a 绩效自评报告 as read from its file: a Word paragraph (runs joined), a table cell, a line of a
/// text file, or a line of a PDF's text. A sentence the author broke across lines stays broken across paragraphs;
/// joining them is the statement finder's business, not the reader's.
///
/// ```swift
/// let paragraph = NarrativeParagraph(text: "一、部门基本情况", outlineLevel: 1)
/// print(paragraph.text, paragraph.page ?? 0)
/// ```
public struct NarrativeParagraph: Sendable, Hashable {
    /// The paragraph's text, numbering the reader could recover included ("1、", "（一）").
    public var text: String
    /// The 1-based page, for a PDF; nil for documents without pages (Word, text).
    public var page: Int?
    /// The outline level the document gives the paragraph (a Word `Heading 2` or a markdown `##` is 2); nil for
    /// body text. The report's own numbering (一、（一）1、) is read from the text, not from here.
    public var outlineLevel: Int?
    /// Whether the paragraph is a cell of a table (one paragraph per cell, row by row).
    public var inTable: Bool

    public init(text: String, page: Int? = nil, outlineLevel: Int? = nil, inTable: Bool = false) {
        self.text = text
        self.page = page
        self.outlineLevel = outlineLevel
        self.inTable = inTable
    }
}
