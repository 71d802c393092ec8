import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// The shortcuts of label reading give exactly what the general paths give.
@Suite("Label reading fast paths")
struct LabelFastPathTests {
    /// Telling a footer line from a cleaned text (ruling most out by their first character) agrees with
    /// compacting the text first, over texts opening with footer labels, ideographs, characters that
    /// compatibility-map to ideographs, combining marks, full-width forms and whitespace (a fixed seed).
    @Test func footerFromCleanedTextMatchesCompacting() throws {
        let form = try TemplateBundle.standard.get().form
        let vocabulary = LabelVocabulary(template: form,
                                         normalizer: LabelNormalizer(stripPatterns: form.normalisation.stripPatterns))
        let pieces = form.footerPrefixes + form.footerPrefixes.map { String($0.prefix(1)) } + [
            "一", "二", "项", "目", "填", "联", "\u{2F00}", "\u{F900}", "\u{0301}", "\u{20DD}", "：", ":", "，",
            " ", "\u{3000}", "\n", "\u{200B}", "Ａ", "a", "e", "1", "①", "（", ")", "好", "\u{FE63}", "人",
        ]
        var generator = SeededGenerator(seed: 5)
        var texts = ["填表人：张三", "联系电话：020-1234", "项目负责人", "一、\u{0301}填表人", "\u{2F00}填表人"]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 6) + 1
            texts.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        let openings = form.footerPrefixes.map(TextForm.compact)
        for text in texts {
            guard let cleaned = TextCleaner.clean(text) else { continue }
            let cell = Cell(row: 0, column: 0, value: .text(text))
            let anchor = LabelAnchor(cell: cell, range: CellRange(first: cell.reference, last: cell.reference),
                                     reading: vocabulary.notALabel, cleanedText: cleaned)
            let general = TextForm.compactFull(cleaned)
            #expect(vocabulary.startsFooter(anchor) == openings.contains { general.hasPrefix($0) },
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Telling a placeholder from a plain compact text by its length first agrees with the general check, over
    /// placeholders, filler markers, their pieces and longer texts around them (a fixed seed).
    @Test func placeholderByLengthMatchesTheGeneralCheck() throws {
        let form = try TemplateBundle.standard.get().form
        let vocabulary = LabelVocabulary(template: form,
                                         normalizer: LabelNormalizer(stripPatterns: form.normalisation.stripPatterns))
        let listed = Array(vocabulary.placeholderTexts) + vocabulary.fillerMarkers.map(\.text)
        let pieces = listed + listed.map { String($0.prefix(1)) } + ["/", "-", "无", "以下空白", "(", ")", "项目", "a", "1"]
        var generator = SeededGenerator(seed: 11)
        var texts = listed + ["", "—", "／", "（以下空白）", "以下空白以下空白"]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 4) + 1
            texts.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            let general = TextForm.compactFull(text)
            let expected = vocabulary.placeholderTexts.contains(general)
                || vocabulary.fillerMarkers.contains { general.contains($0.text) }
            #expect(vocabulary.isPlaceholder(CompactText(text)) == expected, "\(text)")
        }
    }

    /// A compact text's comparisons, by bytes where both texts are plain, give what `String`'s give, over
    /// texts of ASCII, ideographs, full-width forms, combining marks, four-byte characters and whitespace, and
    /// their prefixes and parts (a fixed seed).
    @Test func compactTextComparesAsStringsDo() {
        let pieces = ["填表人", "自评表", "a", "1", "一", "：", ":", "（", "）", "e\u{0301}", "\u{0301}", "😀", "Ａ", "①",
                      "\u{3000}", "\n", "·", "—", "以下空白", "\u{2F00}", "ﬁ"]
        var generator = SeededGenerator(seed: 77)
        var texts: [String] = ["", "填表人：张三", "部门整体支出绩效自评表"]
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 5) + 1
            texts.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for (index, raw) in texts.enumerated() {
            let text = CompactText(raw)
            #expect(text.text == TextForm.compactFull(raw), "\(raw)")
            #expect(text.count == text.text.count, "\(raw)")
            let other = CompactText(texts[(index * 7 + 3) % texts.count])
            #expect(text.hasPrefix(other) == text.text.hasPrefix(other.text), "\(raw) / \(other.text)")
            #expect(text.contains(other) == text.text.contains(other.text), "\(raw) / \(other.text)")
            let head = CompactText(String(raw.prefix(2)))
            #expect(text.hasPrefix(head) == text.text.hasPrefix(head.text), "\(raw) / \(head.text)")
            #expect(text.contains(head) == text.text.contains(head.text), "\(raw) / \(head.text)")
        }
    }

    /// Telling a label-length text by its bytes agrees with counting its characters, over texts around the
    /// longest label's length made of ASCII, ideographs, full-width punctuation, line breaks (`\r\n` is one
    /// character), combining marks and four-byte characters (a fixed seed).
    @Test func labelLengthByBytesMatchesCounting() {
        let pieces = ["a", "1", " ", "一", "预", "算", "，", "。", "（", "）", "：", "\r\n", "\n", "\r", "e\u{0301}",
                      "\u{0301}", "😀", "𠀀", "·", "—", "\u{3000}", "Ａ", "①", "\u{200B}"]
        var generator = SeededGenerator(seed: 48)
        var texts = [String(repeating: "预", count: 48), String(repeating: "预", count: 49), String(repeating: "a", count: 49),
                     String(repeating: "e\u{0301}", count: 48), String(repeating: "\r\n", count: 30)]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 40) + 30
            texts.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            #expect(SheetLabels.hasAtMostLabelLength(text) == (text.count <= SheetLabels.longestLabel),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A label the first strip pass leaves as it is skips the repeated passes only when it is the same text byte
    /// for byte: a compatibility ideograph (`六` as U+F9D1) equals its unified twin as a `String` but only the
    /// twin matches the numbering pattern.
    @Test func labelsOnlyCanonicallyEqualAreStrippedAgain() throws {
        let form = try TemplateBundle.standard.get().form
        let normalizer = LabelNormalizer(stripPatterns: form.normalisation.stripPatterns)
        #expect(normalizer.normalise("\u{F9D1}、部门名称") == "部门名称")
        #expect(normalizer.normalise("六、部门名称") == "部门名称")
        #expect(normalizer.normalise("部门名称") == "部门名称")
        #expect(normalizer.normalise("（一）部门名称：") == "部门名称")
    }
}
