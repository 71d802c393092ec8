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
