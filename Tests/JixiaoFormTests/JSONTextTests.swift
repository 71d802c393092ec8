@testable import JixiaoForm
import Testing

@Suite("JSON text")
struct JSONTextTests {
    /// Every escape of the rule, at the start, middle and end of runs, written out by hand.
    @Test func escapes() {
        #expect(JSONText.string("") == #""""#)
        #expect(JSONText.string("单位：万元") == "\"单位：万元\"")
        #expect(JSONText.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONText.string("\n\r\t") == #""\n\r\t""#)
        #expect(JSONText.string("\u{1}x\u{1F}\u{7F}") == #""\u0001x\u001f"# + "\u{7F}\"")
        #expect(JSONText.string("行\u{2028}分\u{2029}") == #""行\u2028分\u2029""#)
        // Other E2 sequences (— ✓) are plain UTF-8, and so is a lone E2 byte's character at the very end.
        #expect(JSONText.string("— ✓ ≥") == "\"— ✓ ≥\"")
        #expect(JSONText.string("末尾\\") == #""末尾\\""#)
    }
}
