/// The numbering a report paragraph opens with, read from its compact text: `一、` (level 1), `(一)` (level 2),
/// `1.` or `1、` (level 3), `(1)` (level 4), and the items `一是` (level 3). A digit followed by a point and a
/// digit is a number (`1.5万元`), not a marker.
///
/// ```swift
/// let marker = OutlineMarker(compact: Array("(三)部门整体收支情况".unicodeScalars), itemWords: ["是"])
/// marker?.level      // 2
/// marker?.ordinal    // 3
/// marker?.length     // 3
/// ```
struct OutlineMarker: Sendable, Hashable {
    /// How deep the marker puts its paragraph: 1 for 一、, 2 for (一), 3 for 1. 1、 一是, 4 for (1).
    var level: Int
    /// What tells markers of one list from another's (`一、`, `(一)`, `1.`, `1、`, `(1)`, `一是`).
    var style: String
    /// The item's number.
    var ordinal: Int
    /// How many scalars the marker takes.
    var length: Int

    init?(compact text: [Unicode.Scalar], itemWords: [[Unicode.Scalar]]) {
        guard let first = text.first else { return nil }
        if first == "(" {
            // (一) or (1)
            var index = 1
            if let (value, end) = Self.chineseNumber(text, from: index), end < text.count, text[end] == ")" {
                (level, style, ordinal, length) = (2, "(一)", value, end + 1)
                return
            }
            while index < text.count, Self.isDigit(text[index]) { index += 1 }
            guard index > 1, index < text.count, text[index] == ")", let value = Int(Self.string(text[1..<index])) else {
                return nil
            }
            (level, style, ordinal, length) = (4, "(1)", value, index + 1)
            return
        }
        if let (value, end) = Self.chineseNumber(text, from: 0), end < text.count {
            if text[end] == "、" || text[end] == "." {
                (level, style, ordinal, length) = (1, "一、", value, end + 1)
                return
            }
            for word in itemWords where Self.hasPrefix(text, word, at: end) {
                (level, style, ordinal, length) = (3, "一" + Self.string(word[...]), value, end + word.count)
                return
            }
            return nil
        }
        var index = 0
        while index < text.count, Self.isDigit(text[index]) { index += 1 }
        guard index > 0, index <= 2, index < text.count, text[index] == "." || text[index] == "、",
              let value = Int(Self.string(text[0..<index])) else { return nil }
        // 1.5万元 is a number; 1.一般公共预算 and 1、管理效能 are items.
        if index + 1 < text.count, Self.isDigit(text[index + 1]) { return nil }
        (level, style, ordinal, length) = (3, "1" + String(Character(text[index])), value, index + 1)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    static func hasPrefix(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard !word.isEmpty, index >= 0, index + word.count <= text.count else { return false }
        for offset in word.indices where text[index + offset] != word[offset] { return false }
        return true
    }

    private static let digits: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// A Chinese numeral from one to ninety-nine (一, 十, 十二, 二十三) at `start`, and where it ends.
    private static func chineseNumber(_ text: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var index = start
        var value = 0
        if index < text.count, let digit = digits[text[index]] {
            value = digit
            index += 1
        }
        if index < text.count, text[index] == "十" {
            value = (value == 0 ? 1 : value) * 10
            index += 1
            if index < text.count, let digit = digits[text[index]] {
                value += digit
                index += 1
            }
        }
        return value == 0 ? nil : (value, index)
    }
}
