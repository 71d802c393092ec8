/// A list of grammar words as scalars, longest first, with the scalars they start and end with, so a sentence is
/// searched without building strings and most positions are passed over on one set lookup.
///
/// ```swift
/// let budgets = WordList(["预算", "预算数", "年初预算"])
/// budgets.suffix(of: Array("完成年初预算".unicodeScalars)[...]).map { String(String.UnicodeScalarView($0)) }   // "年初预算"
/// budgets.firstIndex(in: Array("年度预算数为".unicodeScalars))   // 2
/// ```
struct WordList: Sendable {
    /// The words, longest first.
    let words: [[Unicode.Scalar]]
    private let firsts: ScalarSet
    private let lasts: ScalarSet
    private let exact: Set<[Unicode.Scalar]>

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        firsts = ScalarSet(scalars: self.words.compactMap(\.first))
        lasts = ScalarSet(scalars: self.words.compactMap(\.last))
        exact = Set(self.words)
    }

    /// Whether `text` is one of the words.
    func contains(_ text: [Unicode.Scalar]) -> Bool { exact.contains(text) }

    /// The longest word `text` starts with at `index`.
    func prefix(of text: ArraySlice<Unicode.Scalar>, at index: Int? = nil) -> [Unicode.Scalar]? {
        let start = index ?? text.startIndex
        guard start < text.endIndex, firsts.contains(text[start]) else { return nil }
        return words.first { word in
            start + word.count <= text.endIndex && text[start..<(start + word.count)].elementsEqual(word)
        }
    }

    /// The longest word `text` ends with.
    func suffix(of text: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard let last = text.last, lasts.contains(last) else { return nil }
        return words.first { word in text.count >= word.count && text.suffix(word.count).elementsEqual(word) }
    }

    /// Where the first of the words occurs in `text`.
    func firstIndex(in text: [Unicode.Scalar]) -> Int? {
        text.indices.first { firsts.contains(text[$0]) && prefix(of: text[...], at: $0) != nil }
    }
}
