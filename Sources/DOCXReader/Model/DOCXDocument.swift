/// A Word document's body as text, paragraph by paragraph in reading order: the front door of the reader.
///
/// ```swift
/// import DOCXReader
///
/// let document = try DOCXDocument(contentsOf: URL(fileURLWithPath: "自评报告.docx"))
/// for paragraph in document.paragraphs where paragraph.outlineLevel == 1 { print(paragraph.text) }
/// ```
public struct DOCXDocument: Sendable, Hashable {
    /// Every paragraph of the body, table cells one paragraph each, in reading order.
    public var paragraphs: [DOCXParagraph]

    public init(paragraphs: [DOCXParagraph]) {
        self.paragraphs = paragraphs
    }
}
