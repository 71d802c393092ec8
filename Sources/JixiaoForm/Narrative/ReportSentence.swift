/// A sentence of a report, joined across the paragraphs (and PDF lines) it was broken over, with where it
/// starts and the outline it stands in: the unit the statement finder reads.
///
/// ```swift
/// let sentences = SentenceJoiner(grammar: grammar).sentences(of: document)
/// sentences[0].text        // "番禺区总工会 2021 年部门整体支出 绩效自评报告"
/// sentences[0].isHeading   // true
/// ```
struct ReportSentence: Sendable {
    /// The sentence as written, its pieces joined.
    var text: String
    /// The sentence compact (``TextForm/compact(_:)``), as scalars.
    var compact: [Unicode.Scalar]
    /// The 1-based paragraph and page it starts in.
    var paragraph: Int
    var page: Int?
    /// The run of paragraphs it belongs to (a heading, an item, a paragraph and its broken-off lines).
    var block: Int
    /// Whether it is the first sentence of its block.
    var opensBlock: Bool
    /// The numbering its block opens with.
    var marker: OutlineMarker?
    /// Whether its block is a heading.
    var isHeading: Bool
    /// The level of the heading it stands under (the heading's own, for a heading; 0 before any).
    var headingLevel: Int
}
