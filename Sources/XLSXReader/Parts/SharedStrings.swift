import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml`: the shared string table.
///
/// An `<si>` is either a plain `<t>` or rich-text runs `<r><t>…</t></r>`, whose texts are concatenated.
/// Phonetic runs (`<rPh>`, furigana) are skipped. Whitespace is kept as written and `_xHHHH_` escapes are
/// decoded. The same text rules serve inline strings (`<is>`), see ``RichTextCollector``.
enum SharedStrings {
    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> [String] {
        let delegate = SharedStringsDelegate()
        try XMLPartParser.parse(part, in: archive, delegate: delegate)
        return delegate.strings
    }
}

/// Collects the text of an `<si>` or `<is>` element: `<t>` directly inside it or inside `<r>` runs, never
/// inside `<rPh>`.
struct RichTextCollector {
    private(set) var text = ""
    private var inText = false
    private var phoneticDepth = 0

    mutating func reset() {
        text = ""
        inText = false
        phoneticDepth = 0
    }

    mutating func start(_ element: TextElement) {
        switch element {
        case .text: inText = phoneticDepth == 0
        case .phonetic: phoneticDepth += 1
        default: break
        }
    }

    mutating func end(_ element: TextElement) {
        switch element {
        case .text: inText = false
        case .phonetic: phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    mutating func characters(_ string: String) {
        guard inText else { return }
        // Most items are one `<t>` read in one piece: take the string as it is rather than copying it.
        if text.isEmpty { text = string } else { text += string }
    }

    /// The collected text with `_xHHHH_` escapes decoded.
    var decoded: String { ExcelEscapes.decode(text) }
}

private final class SharedStringsDelegate: NSObject, PartDelegate {
    var strings: [String] = []
    var abortError: XLSXError?
    var nesting = ElementNesting()
    private var collector = RichTextCollector()
    private var inItem = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard enterElement(parser) else { return }
        let element = TextElement(elementName)
        if element == .item {
            inItem = true
            collector.reset()
        } else if element == .table {
            if let count = attributes["uniqueCount"].flatMap(Int.init), count > 0 {
                strings.reserveCapacity(min(count, 1 << 20))
            }
        } else if inItem {
            collector.start(element)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        let element = TextElement(elementName)
        if element == .item {
            strings.append(collector.decoded)
            inItem = false
        } else if inItem {
            collector.end(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inItem { collector.characters(string) }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if inItem { collector.characters(whitespaceString) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inItem { collector.characters(String(decoding: CDATABlock, as: UTF8.self)) }
    }
}

/// The elements of shared strings and rich text, told from the local name's bytes (as ``WorksheetElement``
/// does for a sheet): every string of every workbook passes through here.
enum TextElement: Equatable {
    /// `sst`, the table.
    case table
    /// `si`, one string.
    case item
    /// `t`, text.
    case text
    /// `rPh`, a phonetic run (skipped).
    case phonetic
    case other

    init(_ qualifiedName: String) {
        var name = qualifiedName
        self = name.withUTF8 { bytes in
            var start = bytes.count
            while start > 0, bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
            let local = UnsafeBufferPointer(rebasing: bytes[start...])
            switch local.count {
            case 1 where local[0] == UInt8(ascii: "t"): return .text
            case 2 where local[0] == UInt8(ascii: "s") && local[1] == UInt8(ascii: "i"): return .item
            case 3 where local[0] == UInt8(ascii: "s") && local[1] == UInt8(ascii: "s") && local[2] == UInt8(ascii: "t"):
                return .table
            case 3 where local[0] == UInt8(ascii: "r") && local[1] == UInt8(ascii: "P") && local[2] == UInt8(ascii: "h"):
                return .phonetic
            default: return .other
            }
        }
    }
}
