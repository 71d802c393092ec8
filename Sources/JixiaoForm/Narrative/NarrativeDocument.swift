/// A 绩效自评报告's text, paragraph by paragraph in reading order, whatever file it came from: the input of the
/// statement finder and the report's rules. Paragraph numbers in findings are 1-based indices into ``paragraphs``.
///
/// ```swift
/// let document = NarrativeDocument(format: .text, paragraphs: lines.map { NarrativeParagraph(text: $0) })
/// print(document.paragraphs.count)
/// ```
public struct NarrativeDocument: Sendable, Hashable {
    /// The kind of file the text was read from.
    public enum Format: String, Sendable, Hashable {
        case docx, pdf, text
    }

    public var format: Format
    public var paragraphs: [NarrativeParagraph]

    public init(format: Format, paragraphs: [NarrativeParagraph]) {
        self.format = format
        self.paragraphs = paragraphs
    }
}
