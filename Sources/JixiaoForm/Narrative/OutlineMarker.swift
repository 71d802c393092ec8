/// The numbering a report paragraph opens with (read by ``OutlineReader``): `一、` (level 1), `(一)` (level 2),
/// `1.` or `1、` (level 3), `(1)` (level 4), and the items `一是` (level 3).
///
/// ```swift
/// let marker = OutlineReader(grammar: grammar).marker(in: Array("(三)部门整体收支情况".unicodeScalars))
/// marker?.level      // 2
/// marker?.ordinal    // 3
/// marker?.length     // 3
/// ```
struct OutlineMarker: Sendable, Hashable {
    /// How deep the marker puts its paragraph: 1 for 一、, 2 for (一), 3 for 1. 1、 一是, 4 for (1).
    var level: Int
    /// What tells markers of one list from another's: `chapter` (一、), `section` ((一)), `number.` and `number、`,
    /// `bracketed` ((1)), `word` followed by the item word (一是).
    var style: String
    /// The item's number.
    var ordinal: Int
    /// How many scalars the marker takes.
    var length: Int

    init(level: Int, style: String, ordinal: Int, length: Int) {
        self.level = level
        self.style = style
        self.ordinal = ordinal
        self.length = length
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Scalars as a string, made from their UTF-8 in one go (appending scalars to a string one by one is slow).
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { TextForm.appendUTF8(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hasPrefix(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard !word.isEmpty, index >= 0, index + word.count <= text.count else { return false }
        for offset in word.indices where text[index + offset] != word[offset] { return false }
        return true
    }
}
