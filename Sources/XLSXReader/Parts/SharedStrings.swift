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

    mutating func start(_ name: Substring) {
        switch name {
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    mutating func end(_ name: Substring) {
        switch name {
        case "t": inText = false
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    mutating func characters(_ string: String) {
        if inText { text += string }
    }

    /// The collected text with `_xHHHH_` escapes decoded.
    var decoded: String { ExcelEscapes.decode(text) }
}

private final class SharedStringsDelegate: NSObject, PartDelegate {
    var strings: [String] = []
    var abortError: XLSXError?
    private var collector = RichTextCollector()
    private var inItem = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        let name = localName(elementName)
        if name == "si" {
            inItem = true
            collector.reset()
        } else if name == "sst" {
            if let count = attributes["uniqueCount"].flatMap(Int.init), count > 0 {
                strings.reserveCapacity(min(count, 1 << 20))
            }
        } else if inItem {
            collector.start(name)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        let name = localName(elementName)
        if name == "si" {
            strings.append(collector.decoded)
            inItem = false
        } else if inItem {
            collector.end(name)
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
