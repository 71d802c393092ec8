/// A cell's comment (note) from the sheet's comments part, its rich-text runs joined.
///
/// ```swift
/// let note = sheet.layout.comments[0]
/// note.cell.description, note.author, note.text   // "C5", "财政局", "请核对预算数"
/// ```
public struct Comment: Sendable, Hashable {
    public var cell: CellReference
    /// The author's name from the part's author list, nil when the comment names none.
    public var author: String?
    /// The text with every run joined (Excel starts it with the author's name and a colon in a bold run).
    public var text: String

    public init(cell: CellReference, author: String? = nil, text: String) {
        self.cell = cell
        self.author = author
        self.text = text
    }
}
