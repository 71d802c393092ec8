import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// `xl/sharedStrings.xml`: the shared string table.
///
/// An `<si>` is either a plain `<t>` or rich-text runs `<r><t>…</t></r>`, whose texts are concatenated.
/// Phonetic runs (`<rPh>`, furigana) are skipped. Whitespace is kept as written and `_xHHHH_` escapes are
/// decoded. The same text rules serve inline strings (`<is>`), see ``RichTextCollector``. With `keepsRuns`, the
/// runs of each rich item are kept as well (``TextRunCollector``), by the item's index.
enum SharedStrings {
    static func read(_ part: String, in archive: ZipArchive,
                     keepsRuns: Bool = false) throws(XLSXError) -> (strings: [String], runs: [Int: [TextRun]]) {
        let delegate = SharedStringsDelegate(keepsRuns: keepsRuns)
        try XMLPartParser.parse(part, in: archive, delegate: delegate)
        return (delegate.strings, delegate.runs)
    }

    /// The same from a part's bytes (hand-written XML in tests).
    static func parse(bytes: [UInt8], part: String = "xl/sharedStrings.xml",
                      keepsRuns: Bool = false) throws(XLSXError) -> (strings: [String], runs: [Int: [TextRun]]) {
        let delegate = SharedStringsDelegate(keepsRuns: keepsRuns)
        try XMLPartParser.parse(bytes: bytes, part: part, delegate: delegate)
        return (delegate.strings, delegate.runs)
    }
}

private final class SharedStringsDelegate: NSObject, PartDelegate {
    var strings: [String] = []
    var abortError: XLSXError?
    var nesting = ElementNesting()
    private var collector = RichTextCollector()
    private var inItem = false
    /// Set only when runs are kept: the default read does no run work. Tested through the constant
    /// ``keepsRuns`` first: touching the optional class property costs an exclusivity check per element.
    private var runCollector: TextRunCollector?
    private let keepsRuns: Bool
    private(set) var runs: [Int: [TextRun]] = [:]

    init(keepsRuns: Bool) {
        self.keepsRuns = keepsRuns
        runCollector = keepsRuns ? TextRunCollector() : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        let element = TextElement(elementName)
        if element == .item {
            inItem = true
            collector.reset()
            if keepsRuns { runCollector?.reset() }
        } else if element == .table {
            if let count = attributes["uniqueCount"].flatMap(Int.init), count > 0 {
                strings.reserveCapacity(min(count, 1 << 20))
            }
        } else if inItem {
            collector.start(element)
            if keepsRuns { runCollector?.start(localName(elementName), attributes: attributes) }
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        let element = TextElement(elementName)
        if element == .item {
            if keepsRuns, let itemRuns = runCollector?.runs { runs[strings.count] = itemRuns }
            strings.append(collector.decoded)
            inItem = false
        } else if inItem {
            collector.end(element)
            if keepsRuns { runCollector?.end(localName(elementName)) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inItem else { return }
        collector.characters(string)
        if keepsRuns { runCollector?.characters(string) }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }
}
