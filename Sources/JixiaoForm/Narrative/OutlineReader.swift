/// Reads the numbering a report paragraph opens with (``OutlineMarker``) from its compact text, the Chinese
/// numerals and item words (是) from the grammar. A digit followed by a point and a digit is a number
/// (`1.5万元`), not a marker.
///
/// ```swift
/// let reader = OutlineReader(grammar: try ReportGrammar.standard.get())
/// reader.marker(in: Array("1.一般公共预算财政拨款收入".unicodeScalars))?.style   // "number."
/// reader.marker(in: Array("1.5万元".unicodeScalars))                          // nil
/// ```
struct OutlineReader: Sendable {
    private let numerals: [Unicode.Scalar: Int]
    private let ten: Unicode.Scalar?
    private let itemWords: [[Unicode.Scalar]]

    init(grammar: ReportGrammar) {
        var numerals: [Unicode.Scalar: Int] = [:]
        for (index, numeral) in grammar.numerals.enumerated() {
            if let scalar = numeral.unicodeScalars.first { numerals[scalar] = index + 1 }
        }
        self.numerals = numerals
        ten = grammar.numeralTen.unicodeScalars.first
        itemWords = grammar.itemWords.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    }

    /// The marker `text` opens with, if any.
    func marker(in text: [Unicode.Scalar]) -> OutlineMarker? {
        guard let first = text.first else { return nil }
        if first == "(" {
            if let (value, end) = chineseNumber(text, from: 1), end < text.count, text[end] == ")" {
                return OutlineMarker(level: 2, style: "section", ordinal: value, length: end + 1)
            }
            var index = 1
            while index < text.count, OutlineMarker.isDigit(text[index]) { index += 1 }
            guard index > 1, index < text.count, text[index] == ")",
                  let value = Int(OutlineMarker.string(text[1..<index])) else { return nil }
            return OutlineMarker(level: 4, style: "bracketed", ordinal: value, length: index + 1)
        }
        if let (value, end) = chineseNumber(text, from: 0), end < text.count {
            if text[end] == "\u{3001}" || text[end] == "." {
                return OutlineMarker(level: 1, style: "chapter", ordinal: value, length: end + 1)
            }
            for word in itemWords where OutlineMarker.hasPrefix(text, word, at: end) {
                return OutlineMarker(level: 3, style: "word" + OutlineMarker.string(word[...]), ordinal: value,
                                     length: end + word.count)
            }
            return nil
        }
        var index = 0
        while index < text.count, OutlineMarker.isDigit(text[index]) { index += 1 }
        guard index > 0, index <= 2, index < text.count, text[index] == "." || text[index] == "\u{3001}",
              let value = Int(OutlineMarker.string(text[0..<index])) else { return nil }
        // 1.5万元 is a number; 1.一般公共预算 and 1、管理效能 are items.
        if index + 1 < text.count, OutlineMarker.isDigit(text[index + 1]) { return nil }
        return OutlineMarker(level: 3, style: "number" + String(Character(text[index])), ordinal: value, length: index + 1)
    }

    /// A Chinese numeral from one to ninety-nine at `start`, and where it ends.
    private func chineseNumber(_ text: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var index = start
        var value = 0
        if index < text.count, let digit = numerals[text[index]] {
            value = digit
            index += 1
        }
        if let ten, index < text.count, text[index] == ten {
            value = (value == 0 ? 1 : value) * 10
            index += 1
            if index < text.count, let digit = numerals[text[index]] {
                value += digit
                index += 1
            }
        }
        return value == 0 ? nil : (value, index)
    }
}
