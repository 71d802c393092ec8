import Foundation
@testable import JixiaoForm
import Testing

/// The fast paths of text normalisation give exactly what the general paths give.
@Suite("Text normalisation fast paths")
struct TextFormTests {
    /// Every character the fast path handles, checked against Foundation's NFKC one by one. No character of
    /// the fast set composes with a neighbour, so the one-by-one check covers every string made of them.
    @Test func everyFastCharacterMatchesFoundation() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let form = TextForm.fastForm(scalar)
            guard form != .unknown else { continue }
            let text = String(Character(scalar))
            #expect(TextForm.compactFull(text) == TextForm.compactFast(text), "U+\(String(value, radix: 16, uppercase: true))")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 20_000)
    }

    @Test(arguments: [
        "其中：一般公共预算 ", "１，５０５．０２", "整体支出年度\n预算数（万元）：", "（2021年度）", "单位：万元",
        "“三自管理”、“金雁文化”", "a\u{3000}b\tc", "−353.99", "Café", "①二三", "ℹ️ 提示", "", "   ",
    ])
    func mixedTextsMatchTheGeneralPath(_ text: String) {
        #expect(TextForm.compact(text) == TextForm.compactFull(text))
    }

    @Test func fastPathIsTakenForFormText() {
        #expect(TextForm.compactFast("整体支出年度预算数（万元）：") == "整体支出年度预算数(万元):")
        #expect(TextForm.compactFast("预算完成率") == "预算完成率")
        #expect(TextForm.compactFast("−1") == nil)    // the minus sign: the general path
        #expect(TextForm.compactFast("℃") == nil)
    }

    @Test(arguments: [
        ("<p>预算要进一步细化准确</p>", "预算要进一步细化准确"),
        ("<p>a</p><p>b</p>", "a\nb"),
        ("<p>1 &lt; 2</p>", "1 < 2"),
        ("<p></p>", ""),
        ("<p>x<br>y</p>", "x\ny"),
        ("<P>大写</P>", "大写"),
        ("a < b", "a < b"),
        ("无标记", "无标记"),
    ])
    func markupIsStripped(_ raw: String, _ expected: String) {
        #expect(TextCleaner.stripMarkup(raw) == expected)
    }

    @Test func trimmingIsOnlyDoneWhenNeeded() {
        #expect(TextCleaner.clean("  部门名称\u{3000}") == "部门名称")
        #expect(TextCleaner.clean("部门名称") == "部门名称")
        #expect(TextCleaner.clean("<p> </p>") == nil)
        #expect(TextCleaner.clean("\u{00A0}") == nil)
    }

    @Test func bytesAreFound() {
        #expect(UTF8Bytes.contains("部门：名称", byte: 0x9A))
        #expect(UTF8Bytes.contains("a<b", byte: UInt8(ascii: "<")))
        #expect(!UTF8Bytes.contains("部门名称", byte: UInt8(ascii: "<")))
        #expect(!UTF8Bytes.contains("", byte: UInt8(ascii: "<")))
        let bridged = NSString(string: "x&y") as String
        #expect(UTF8Bytes.contains(bridged, byte: UInt8(ascii: "&")))
        #expect(UTF8Bytes.contains("a\u{7F}", where: { $0 == 0x7F }))
        #expect(UTF8Bytes.contains("ab"[...].dropFirst(), byte: UInt8(ascii: "b")), "a substring's own bytes")
        #expect(!UTF8Bytes.contains("ab"[...].dropFirst(), byte: UInt8(ascii: "a")))
    }

    @Test func bytesAreCompared() {
        #expect(UTF8Bytes.equal("部门", "部门"))
        #expect(!UTF8Bytes.equal("\u{E9}", "e\u{301}"), "equal strings, different bytes")
        #expect("\u{E9}" == "e\u{301}")
        #expect(UTF8Bytes.equal("", ""))
        #expect(!UTF8Bytes.equal("ab", "abc"))
        #expect(UTF8Bytes.equal("xab"[...].dropFirst(), "ab"))
        let bridged = NSString(string: "单位") as String
        #expect(UTF8Bytes.equal(bridged, "单位"))
        var first = Hasher(), second = Hasher()
        UTF8Bytes.hash("单位", into: &first)
        UTF8Bytes.hash(bridged, into: &second)
        #expect(first.finalize() == second.finalize())
        #expect(TextBytes("\u{E9}") != TextBytes("e\u{301}"))
        #expect(TextBytes("单位") == TextBytes(bridged))
    }

    @Test func regexesAreCompiledOnce() throws {
        let first = try #require(RegexCache.compiled(#"(\d{4})年"#))
        #expect(RegexCache.compiled(#"(\d{4})年"#) === first)
        #expect(RegexCache.compiled("(unclosed") == nil)
    }
}
