/// One paragraph of a document's body as a reader sees it: its list label and its runs' text, or, for a table,
/// one cell's text (its paragraphs joined by line breaks).
///
/// Text is what the page shows: `w:tab` is a tab, `w:br` and `w:cr` a line break (`\n`), a non-breaking hyphen a
/// hyphen; deleted and moved-away revisions are left out, inserted and moved-in ones kept; of a field only its
/// result. Text boxes and drawings are skipped.
///
/// ```swift
/// let paragraph = document.paragraphs[1]
/// paragraph.text          // "一、基本情况"
/// paragraph.numberLabel   // "一、" when Word numbered it, nil when typed
/// paragraph.outlineLevel  // 2 for a "Heading 2" paragraph
/// ```
public struct DOCXParagraph: Sendable, Hashable {
    /// The paragraph's text, its list label first.
    public var text: String
    /// The label Word's numbering gives the paragraph (`1.`, `一、`, `（一）`), as at the start of ``text``; nil
    /// for a paragraph without numbering or with bullets.
    public var numberLabel: String?
    /// The paragraph style's id (`Heading1`, `a3`), nil for the default style and for table cells.
    public var styleID: String?
    /// The outline level, 1-based: from the paragraph's or its style's `w:outlineLvl`, or the style named
    /// `Heading N` / `标题 N`. Nil for body text.
    public var outlineLevel: Int?
    /// Where in a table the paragraph is; nil in the body.
    public var cell: DOCXTableCell?

    public init(text: String, numberLabel: String? = nil, styleID: String? = nil, outlineLevel: Int? = nil,
                cell: DOCXTableCell? = nil) {
        self.text = text
        self.numberLabel = numberLabel
        self.styleID = styleID
        self.outlineLevel = outlineLevel
        self.cell = cell
    }
}
