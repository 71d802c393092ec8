/// Splits a report into sentences, reading across the breaks the author or the PDF put inside one: a paragraph
/// whose text is unfinished (no 。；！？ at its end) runs on into the next, unless that one is a heading or opens
/// a numbered item. Headings (a paragraph with an outline level, or one opening with 一、 or (一) and holding no
/// punctuation) stand alone. Each sentence keeps the paragraph and page it starts in.
///
/// ```swift
/// let joiner = SentenceJoiner(grammar: try ReportGrammar.standard.get())
/// let sentences = joiner.sentences(of: document)
/// // "三是职工文体活动工作。本年度支出53.88万元，完成" + "预算数 55 万元的 97.96%。" → two sentences, the second
/// // "本年度支出53.88万元，完成预算数 55 万元的 97.96%。" starting in the first paragraph.
/// ```
struct SentenceJoiner: Sendable {
    private let sentenceEnds: Set<Unicode.Scalar>
    private let headingPunctuation: Set<Unicode.Scalar>
    private let outline: OutlineReader

    init(grammar: ReportGrammar) {
        sentenceEnds = Set(grammar.sentenceEnds.compactMap(\.unicodeScalars.first))
        headingPunctuation = Set(grammar.clauseBreaks.compactMap(\.unicodeScalars.first)).subtracting(["(", ")", "、"])
        outline = OutlineReader(grammar: grammar)
    }

    /// A piece of a block: one paragraph's text.
    private struct Piece {
        var paragraph: Int
        var page: Int?
        var text: String
    }

    func sentences(of document: NarrativeDocument) -> [ReportSentence] {
        var sentences: [ReportSentence] = []
        var block: [Piece] = []
        var blockMarker: OutlineMarker?
        var blockIsHeading = false
        var blockIndex = 0
        var headingLevel = 0
        var previousEnd: Unicode.Scalar?
        func flush() {
            guard !block.isEmpty else { return }
            split(block, index: blockIndex, marker: blockMarker, isHeading: blockIsHeading,
                  headingLevel: headingLevel, into: &sentences)
            blockIndex += 1
            block = []
        }
        for (index, paragraph) in document.paragraphs.enumerated() {
            let compact = Array(TextForm.compact(paragraph.text).unicodeScalars)
            guard !compact.isEmpty else { continue }
            let marker = outline.marker(in: compact)
            let isHeading = paragraph.outlineLevel != nil
                || (marker.map { $0.level <= 2 } ?? false) && !compact.contains(where: headingPunctuation.contains)
            let unfinished = previousEnd.map { !sentenceEnds.contains($0) } ?? false
            let runsOn = unfinished && !blockIsHeading && !isHeading && marker == nil && !paragraph.inTable
                && !(block.last.map { document.paragraphs[$0.paragraph - 1].inTable } ?? false)
            if !runsOn {
                flush()
                blockMarker = marker
                blockIsHeading = isHeading
                if isHeading { headingLevel = marker?.level ?? 0 }
            }
            block.append(Piece(paragraph: index + 1, page: paragraph.page, text: paragraph.text))
            // A paragraph ending in ： (not a sentence end) runs on, but only into one that opens no item.
            previousEnd = compact.last
        }
        flush()
        return sentences
    }

    /// The block's sentences: its pieces' text joined (trimmed; a space only between two Latin letters), cut
    /// after each sentence end, each made compact once.
    private func split(_ pieces: [Piece], index: Int, marker: OutlineMarker?, isHeading: Bool, headingLevel: Int,
                       into sentences: inout [ReportSentence]) {
        var text = String.UnicodeScalarView()
        var start: Piece?
        var opens = true
        func close() {
            guard let piece = start else { return }
            let sentence = String(text)
            let compact = Array(TextForm.compact(sentence).unicodeScalars)
            text = String.UnicodeScalarView()
            start = nil
            guard !compact.isEmpty else { return }
            sentences.append(ReportSentence(text: sentence, compact: compact, paragraph: piece.paragraph, page: piece.page,
                                            block: index, opensBlock: opens, marker: opens ? marker : nil,
                                            isHeading: isHeading, headingLevel: headingLevel))
            opens = false
        }
        for piece in pieces {
            let scalars = piece.text.unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                  let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { continue }
            if let previous = text.last, let next = scalars.first, Self.isLatinLetter(previous), Self.isLatinLetter(next) {
                text.append(" ")
            }
            for scalar in scalars[first...last] {
                if start == nil {
                    if scalar.properties.isWhitespace { continue }
                    start = piece
                }
                text.append(scalar)
                if isEnd(scalar) { close() }
            }
        }
        close()
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.isAlphabetic
    }

    /// Whether a scalar of the original text is a sentence end once compact (`；` is `;`).
    private func isEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch TextForm.fastForm(scalar) {
        case .mapped(let mapped): sentenceEnds.contains(mapped)
        default: sentenceEnds.contains(scalar)
        }
    }
}
