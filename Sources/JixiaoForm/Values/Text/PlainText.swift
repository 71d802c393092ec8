import Foundation

/// Comparisons of plain texts by their UTF-8 bytes.
///
/// A text is plain when every character is one ``TextForm/compactFast(_:)`` keeps as it is: ASCII without
/// whitespace, CJK ideographs, CJK punctuation, `‘’“”·—×÷‰±≤≥`. None of them has a canonical decomposition
/// or joins a neighbour in one grapheme cluster, so between plain texts comparing bytes gives what
/// `String.hasPrefix` (grapheme by grapheme) and Foundation's `contains` give, without grapheme breaking
/// or a trip through `NSString`. Every compact cell text a 自评表 holds is plain; anything else keeps the
/// general comparison.
///
/// ```swift
/// PlainText.isPlain("填表人:")                   // true
/// PlainText.hasPrefix("填表人:张三", "填表人")   // true
/// PlainText.contains("(以下空白)", "以下空白")   // true
/// ```
enum PlainText {
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { TextForm.fastForm($0) == .same }
    }

    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        UTF8Bytes.with(text) { text in
            UTF8Bytes.with(prefix) { prefix in
                guard let prefixBase = prefix.baseAddress else { return true }   // the empty prefix
                guard let textBase = text.baseAddress, prefix.count <= text.count else { return false }
                return memcmp(textBase, prefixBase, prefix.count) == 0
            }
        }
    }

    /// Whether `part` (not empty) occurs in `text`.
    static func contains(_ text: String, _ part: String) -> Bool {
        UTF8Bytes.with(text) { text in
            UTF8Bytes.with(part) { part in
                guard let first = part.first, part.count <= text.count,
                      let textBase = text.baseAddress, let partBase = part.baseAddress else { return false }
                var start = 0
                let lastStart = text.count - part.count
                while start <= lastStart {
                    guard let found = memchr(textBase + start, Int32(first), lastStart - start + 1) else { return false }
                    start = textBase.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(textBase + start, partBase, part.count) == 0 { return true }
                    start += 1
                }
                return false
            }
        }
    }
}
