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
    private let sentenceEnds: ScalarSet
    private let headingPunctuation: ScalarSet
    private let outline: OutlineReader

    init(grammar: ReportGrammar) {
        sentenceEnds = ScalarSet(grammar.sentenceEnds)
        // A heading may list (、) and bracket; any other clause break makes a paragraph body text.
        headingPunctuation = ScalarSet(grammar.clauseBreaks.filter { !["(", ")", "\u{3001}"].contains($0) })
        outline = OutlineReader(grammar: grammar)
    }

    /// A piece of a block: one paragraph's text.
    private struct Piece {
        var paragraph: Int
        var page: Int?
        var text: String
        var compact: [Unicode.Scalar]
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
            block.append(Piece(paragraph: index + 1, page: paragraph.page, text: paragraph.text, compact: compact))
            // A paragraph ending in ： (not a sentence end) runs on, but only into one that opens no item.
            previousEnd = compact.last
        }
        flush()
        return sentences
    }

    /// The block's sentences: its pieces' text joined (trimmed; a space only between two Latin letters) and cut
    /// after each sentence end; the pieces' compact text cut at the same ends (compaction keeps every sentence
    /// end, so the two cut alike; should they not, each sentence is made compact again).
    private func split(_ pieces: [Piece], index: Int, marker: OutlineMarker?, isHeading: Bool, headingLevel: Int,
                       into sentences: inout [ReportSentence]) {
        var originals: [(text: String, piece: Piece)] = []
        var compacts: [[Unicode.Scalar]] = []
        var text = ""
        var compact: [Unicode.Scalar] = []
        var start: Piece?
        for piece in pieces {
            let scalars = piece.text.unicodeScalars
            var index = scalars.startIndex
            var from = index        // the start of the text not yet added to `text`
            var joined = false      // whether this piece's first character has been seen
            while index < scalars.endIndex {
                let scalar = scalars[index]
                let next = scalars.index(after: index)
                if start == nil {
                    if Self.isSpace(scalar) {
                        index = next
                        from = next
                        continue
                    }
                    start = piece
                }
                if !joined {
                    joined = true
                    if let previous = text.unicodeScalars.last, Self.isLatinLetter(previous), Self.isLatinLetter(scalar) {
                        text += " "
                    }
                }
                if isEnd(scalar), let opened = start {
                    text += String(scalars[from..<next])
                    originals.append((text, opened))
                    text = ""
                    start = nil
                    from = next
                }
                index = next
            }
            if start != nil {
                // The piece's end, without its trailing spaces: the sentence runs on into the next piece.
                var end = scalars.endIndex
                while end > from, Self.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
                text += String(scalars[from..<end])
            }
            for scalar in piece.compact {
                compact.append(scalar)
                if sentenceEnds.contains(scalar) {
                    compacts.append(compact)
                    compact = []
                }
            }
        }
        if let piece = start, !text.isEmpty { originals.append((text, piece)) }
        if !compact.isEmpty { compacts.append(compact) }
        let paired = originals.count == compacts.count
        for (number, original) in originals.enumerated() {
            let sentence = original.text
            let compact = paired ? compacts[number] : Array(TextForm.compact(sentence).unicodeScalars)
            guard !compact.isEmpty else { continue }
            sentences.append(ReportSentence(text: sentence, compact: compact, paragraph: original.piece.paragraph,
                                            page: original.piece.page, block: index, opensBlock: number == 0,
                                            marker: number == 0 ? marker : nil, isHeading: isHeading,
                                            headingLevel: headingLevel))
        }
    }

    /// Whitespace as a report's text has it (spaces, tabs, the ideographic space, no-break spaces).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        TextForm.fastForm(scalar) == .dropped || scalar == "\u{00A0}" || scalar == "\u{200B}" || scalar == "\u{FEFF}"
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
