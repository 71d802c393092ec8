/// A text in the form labels, titles and markers are compared in (``TextForm/compact(_:)``: NFKC, one minus,
/// no whitespace), with whether it is plain (``PlainText``), worked out once when it is made. Its comparisons
/// take the byte path when both texts are plain and the general one otherwise: the choice is made here, never
/// by a caller.
///
/// ```swift
/// let title = CompactText("2021年度 部门整体支出绩效自评表")
/// title.text                                   // "2021年度部门整体支出绩效自评表"
/// title.contains(CompactText("自评表"))         // true, by bytes
/// CompactText("填表人：张三").hasPrefix(CompactText("填表人"))   // true
/// ```
struct CompactText: Sendable, Hashable {
    /// The compact text.
    let text: String
    /// Whether the text is plain: every character one ``TextForm/compactFast(_:)`` keeps, so bytes compare as
    /// characters do.
    let isPlain: Bool

    /// `raw` compacted. Plain when the fast path could compact it (most cell texts), else not known to be.
    init(_ raw: String) {
        if let fast = TextForm.compactFast(raw) {
            text = fast
            isPlain = true
        } else {
            text = TextForm.compactFull(raw)
            isPlain = PlainText.isPlain(text)
        }
    }

    var isEmpty: Bool { text.isEmpty }

    /// The number of characters (of scalars for a plain text, where each character is one).
    var count: Int { isPlain ? text.unicodeScalars.count : text.count }

    /// The first scalar, nil for the empty text.
    var firstScalar: Unicode.Scalar? { text.unicodeScalars.first }

    /// Whether the text opens with `prefix`.
    func hasPrefix(_ prefix: CompactText) -> Bool {
        isPlain && prefix.isPlain ? PlainText.hasPrefix(text, prefix.text) : text.hasPrefix(prefix.text)
    }

    /// Whether `part` occurs in the text.
    func contains(_ part: CompactText) -> Bool {
        isPlain && part.isPlain && !part.isEmpty ? PlainText.contains(text, part.text) : text.contains(part.text)
    }
}
