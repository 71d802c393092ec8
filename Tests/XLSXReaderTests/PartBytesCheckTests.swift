import Foundation
import Testing
@testable import XLSXReader

/// The byte check every part passes before XMLParser: UTF-8 validity (in any chunking), the encodings a
/// package may use, the DTD check in UTF-16 and parts without a root element.
@Suite("Part bytes check")
struct PartBytesCheckTests {
    /// The offset of the first invalid byte, feeding `bytes` in chunks of `chunk` bytes; nil when valid.
    static func firstInvalid(_ bytes: [UInt8], chunk: Int) -> Int? {
        var validator = UTF8Validator()
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            if let bad = bytes[start..<end].withUnsafeBufferPointer({ validator.validate($0) }) { return bad }
            start = end
        }
        return validator.finish()
    }

    @Test(arguments: [1, 2, 3, 5, 8, 64])
    func validTextPassesInAnyChunking(_ chunk: Int) {
        let text = "<si><t>部门名称 Ünïcödé 𝄞 emoji 😀 and plain ASCII past eight bytes</t></si>"
        #expect(Self.firstInvalid(Array(text.utf8), chunk: chunk) == nil)
    }

    @Test(arguments: [
        ([0x61, 0x62, 0xFF], 2),                        // a byte that is never UTF-8
        ([0x3C, 0x80, 0x3E], 1),                        // a continuation byte alone
        ([0x3C, 0xC0, 0xAF, 0x3E], 1),                  // overlong '/'
        ([0x3C, 0xE0, 0x80, 0xAF], 1),                  // overlong three-byte form
        ([0x3C, 0xED, 0xA0, 0x80], 1),                  // a surrogate, U+D800
        ([0x3C, 0xF4, 0x90, 0x80, 0x80], 1),            // past U+10FFFF
        ([0x3C, 0xE4, 0xBD, 0x3E], 1),                  // a sequence broken by ASCII
        ([0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xC3], 9),   // cut short by the end
    ] as [([UInt8], Int)])
    func invalidBytesAreFoundAtTheirOffset(_ bytes: [UInt8], _ offset: Int) {
        for chunk in [1, 2, 3, 4, 100] {
            #expect(Self.firstInvalid(bytes, chunk: chunk) == offset, "chunks of \(chunk)")
        }
    }

    /// The error of checking `bytes` whole then finishing, or nil.
    static func error(_ bytes: [UInt8], chunk: Int = 4096) -> XLSXError? {
        var check = PartBytesCheck(part: "xl/sharedStrings.xml")
        do throws(XLSXError) {
            var start = 0
            while start < bytes.count {
                let end = min(start + chunk, bytes.count)
                try bytes[start..<end].withUnsafeBufferPointer { (buffer) throws(XLSXError) in try check.scan(buffer) }
                start = end
            }
            try check.finish()
            return nil
        } catch {
            return error
        }
    }

    static let sst = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><sst><si><t>部门</t></si></sst>"

    @Test(arguments: [1, 3, 4096])
    func utf16IsLeftToLibxml2ButItsPrologIsChecked(_ chunk: Int) {
        let littleEndian: [UInt8] = [0xFF, 0xFE] + Self.sst.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = Self.sst.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }   // no mark
        #expect(Self.error(littleEndian, chunk: chunk) == nil)
        #expect(Self.error(bigEndian, chunk: chunk) == nil)
        let dtd = Self.sst.replacingOccurrences(of: "?><sst>", with: "?><!DOCTYPE sst [<!ENTITY a \"b\">]><sst>")
        let hostile: [UInt8] = [0xFF, 0xFE] + dtd.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Self.error(hostile, chunk: chunk)?.kind == .forbiddenDTD)
    }

    /// A processing instruction with a target and no data makes FoundationXML read a NULL as a C string (found
    /// by `make fuzz`): refused in any chunking, in UTF-8, a declared GBK part and UTF-16; a space before `?>`, a
    /// declaration and a `?>` in text pass.
    @Test(arguments: [1, 2, 3, 7, 4096])
    func anInstructionWithoutDataIsRefused(_ chunk: Int) {
        for text in ["<?xml?><sst/>", "<?xml version=\"1.0\"?><sst><?mso-x?></sst>", "<sst><si><t>a</t></si><?目标?></sst>"] {
            #expect(Self.error(Array(text.utf8), chunk: chunk)?.kind == .malformedXML, "\(text)")
            let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            #expect(Self.error(utf16, chunk: chunk)?.kind == .malformedXML, "UTF-16 \(text)")
        }
        let gbk = "<?xml version=\"1.0\" encoding=\"GBK\"?><sst><?x?></sst>"
        #expect(Self.error(Array(gbk.utf8), chunk: chunk)?.kind == .malformedXML)
        for text in ["<?xml version=\"1.0\"?><sst/>", "<sst><?target ?></sst>", "<sst><?t data?></sst>",
                     "<sst><si><t>why?>not</t></si></sst>", "<sst><??></sst>"] {
            #expect(Self.error(Array(text.utf8), chunk: chunk) == nil, "\(text)")
        }
    }

    @Test func encodingsAPackageMayNotUseAreRefused() {
        let ucs4: [UInt8] = "<sst/>".unicodeScalars.flatMap { [0, 0, 0, UInt8($0.value)] }
        #expect(Self.error(ucs4)?.kind == .invalidEncoding)
        #expect(Self.error([0x4C, 0x6F, 0xA7, 0x94, 0x93])?.kind == .invalidEncoding)   // EBCDIC "<?xm"
        #expect(Self.error([0xEF, 0xBB, 0xBF] + Array("<sst/>".utf8)) == nil, "a UTF-8 byte-order mark is fine")
        // Encodings that could spell `<!DOCTYPE` in other bytes, however the declaration is written.
        for declaration in ["<?xml version=\"1.0\" encoding=\"UTF-7\"?>", "<?xml encoding='utf-7'?>",
                            "<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>", "<?xml version=\"1.0\" encoding=\"CP037\"?>"] {
            let error = Self.error(Array((declaration + "<sst/>").utf8))
            #expect(error?.kind == .invalidEncoding, "\(declaration)")
            #expect(error?.detail?.hasSuffix("a package's XML must be UTF-8 or UTF-16") == true)
        }
    }

    @Test func aPlainDeclarationOfAnEncodingThatKeepsASCIIIsTrusted() {
        let gbk: [UInt8] = [0xB2, 0xBF, 0xC3, 0xC5]   // 部门 in GBK: not UTF-8
        func part(_ declaration: String) -> [UInt8] { Array((declaration + "<t>").utf8) + gbk + Array("</t>".utf8) }
        #expect(Self.error(part("<?xml version=\"1.0\" encoding=\"GBK\" standalone=\"yes\"?>\n")) == nil)
        #expect(Self.error(part("<?xml version='1.0'  encoding = 'gb18030'?>")) == nil)
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>".utf8) + [0xE9] + Array("</t>".utf8)
        #expect(Self.error(latin1) == nil)
        // Where libxml2 might read the declaration otherwise (or not at all), the bytes must be UTF-8.
        for declaration in ["<?xml encoding=\"GBK\" version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"GBK \"?>",
                            " <?xml version=\"1.0\" encoding=\"GBK\"?>",
                            "<?xml version=\"1.0\" encoding=\"UTF-8\" encoding=\"GBK\"?>"] {
            #expect(Self.error(part(declaration))?.kind == .invalidEncoding, "\(declaration)")
        }
        // A UTF-16 part declaring GBK would be read as GBK from there on: refused.
        let utf16: [UInt8] = [0xFF, 0xFE] + "<?xml version=\"1.0\" encoding=\"GBK\"?><t/>".utf16
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Self.error(utf16)?.kind == .invalidEncoding)
    }

    @Test func aPartWithoutARootElementIsEmpty() {
        #expect(Self.error([])?.kind == .emptyPart)
        #expect(Self.error([])?.detail == "0 bytes")
        #expect(Self.error(Array("  \n".utf8))?.kind == .emptyPart)
        #expect(Self.error(Array("<?xml version=\"1.0\"?><!-- nothing -->".utf8))?.kind == .emptyPart)
        #expect(Self.error(Array("<a/>".utf8)) == nil)
        #expect(Self.error(Array("<a>".utf8)) == nil, "a root that never closes is left to the delegate's count")
    }
}
