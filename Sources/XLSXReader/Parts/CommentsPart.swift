import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// A sheet's comments part (`xl/comments1.xml`, found through the sheet's relationships): each `<comment>`'s
/// cell, author (from `<authors>` by `authorId`) and text, rich-text runs joined and phonetic runs dropped.
///
/// ```swift
/// let comments = try CommentsPart.read("xl/comments1.xml", in: archive)
/// comments[0].cell.description, comments[0].text   // "C5", "财政局:\n请核对"
/// ```
enum CommentsPart {
    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> [Comment] {
        try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { CommentsDelegate() },
                                result: { $0.comments })
    }

    /// Comments parts seen before, by their bytes (a template's standing notes repeat across a batch).
    private static let cache = PartCache<[Comment]>()
}

private final class CommentsDelegate: NSObject, PartDelegate {
    var comments: [Comment] = []
    var abortError: XLSXError?
    var nesting = ElementNesting()
    private var authors: [String] = []
    private var inAuthor = false
    private var author = ""
    /// The comment being read: its cell and author index; nil outside a `<comment>` or when its `ref` is bad.
    private var current: (cell: CellReference, authorID: Int?)?
    private var inText = false
    private var collector = RichTextCollector()

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        if inText {
            collector.start(TextElement(elementName))
            return
        }
        switch localName(elementName) {
        case "author":
            inAuthor = true
            author = ""
        case "comment":
            current = attribute("ref", in: attributes).flatMap { CellReference($0) }.map {
                ($0, XMLValue.integer(attribute("authorId", in: attributes)))
            }
        case "text" where current != nil:
            inText = true
            collector.reset()
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        let name = localName(elementName)
        if inText {
            if name == "text" {
                inText = false
            } else {
                collector.end(TextElement(elementName))
            }
            return
        }
        switch name {
        case "author":
            authors.append(ExcelEscapes.decode(author))
            inAuthor = false
        case "comment":
            if let current {
                let name = current.authorID.flatMap { authors.indices.contains($0) ? authors[$0] : nil }
                comments.append(Comment(cell: current.cell, author: name, text: collector.decoded))
            }
            current = nil
            collector.reset()
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText {
            collector.characters(string)
        } else if inAuthor {
            author += string
        }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }
}
