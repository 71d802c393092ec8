import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// The paragraph styles of `word/styles.xml`, for what a paragraph inherits from its style: the outline level
/// and a list. Read only when a paragraph names a style.
///
/// ```swift
/// let styles = try StylesPart.read("word/styles.xml", in: archive, needed: ["Heading1"])
/// styles.outlineLevel(of: "Heading1")   // 1
/// ```
struct StylesPart {
    struct Style {
        var name: String?
        var basedOn: String?
        /// `w:outlineLvl`, 0-based as written.
        var outlineLevel: Int?
        var numID: String?
        var level: Int?
    }

    var byID: [String: Style] = [:]

    /// Reads the styles `needed` (and those they are based on) from `part`: its bytes are cut down to them first
    /// (``StyleSelection``); a part larger than 16 MiB is parsed whole as it streams.
    static func read(_ part: String, in archive: ZipArchive<DOCXError>, needed: Set<String>) throws(DOCXError) -> StylesPart {
        let delegate = StylesDelegate()
        if let bytes = try archive.read(part, limit: 16 << 20) {
            try XMLPartParser.parse(bytes: StyleSelection.select(needed, from: bytes), part: part, delegate: delegate)
        } else {
            try XMLPartParser.parse(part, in: archive, delegate: delegate)
        }
        return StylesPart(byID: delegate.styles)
    }

    /// The 1-based outline level a paragraph of style `id` has: the first `w:outlineLvl` up its `basedOn` chain,
    /// else the level its name states (`heading 2`, `标题 2`), else the id's (`Heading2`, when there is no
    /// styles part). Nil for body text (`w:outlineLvl` 9, or none).
    func outlineLevel(of id: String) -> Int? {
        var current: String? = id
        var hops = 0
        while let key = current, let style = byID[key], hops < 32 {
            if let level = style.outlineLevel { return level < 9 ? level + 1 : nil }
            if let name = style.name, let level = Self.headingLevel(name) { return level }
            current = style.basedOn
            hops += 1
        }
        return byID[id] == nil ? Self.headingLevel(id) : nil
    }

    /// The list a paragraph of style `id` is numbered by, up its `basedOn` chain.
    func numbering(of id: String) -> (numID: String, level: Int)? {
        var current: String? = id
        var hops = 0
        while let key = current, let style = byID[key], hops < 32 {
            if let numID = style.numID { return (numID, style.level ?? 0) }
            current = style.basedOn
            hops += 1
        }
        return nil
    }

    /// `heading 1`, `Heading1`, `标题 1`, `标题1` → 1 (levels 1–9).
    static func headingLevel(_ name: String) -> Int? {
        let lowered = name.lowercased()
        for prefix in ["heading", "标题"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count).drop { $0 == " " }
            if rest.count == 1, let level = Int(rest), (1...9).contains(level) { return level }
        }
        return nil
    }
}

private final class StylesDelegate: NSObject, PartDelegate {
    var abortError: DOCXError?
    var nesting = ElementNesting()
    var styles: [String: StylesPart.Style] = [:]
    private var current: StylesPart.Style?
    private var currentID: String?
    private var inParagraphProperties = false
    private var skipDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        guard skipDepth == 0 else { return }
        let value = { BodyDelegate.value(attributes, "w:val") }
        switch localName(elementName) {
        case "style":
            let type = BodyDelegate.value(attributes, "w:type")
            if type == nil || type == "paragraph", let id = BodyDelegate.value(attributes, "w:styleId") {
                current = StylesPart.Style()
                currentID = id
            } else {
                skipDepth = nesting.depth
            }
        case "name": current?.name = value()
        case "basedOn": current?.basedOn = value()
        case "pPr": inParagraphProperties = current != nil
        case "outlineLvl": if inParagraphProperties { current?.outlineLevel = value().flatMap(Int.init) }
        case "numId": if inParagraphProperties { current?.numID = value() }
        case "ilvl": if inParagraphProperties { current?.level = value().flatMap(Int.init) }
        case "pPrChange", "rPr", "tblPr", "tcPr", "trPr", "tblStylePr": skipDepth = nesting.depth
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        defer { nesting.leave() }
        if skipDepth > 0 {
            if nesting.depth == skipDepth { skipDepth = 0 }
            return
        }
        switch localName(elementName) {
        case "style":
            if let id = currentID, let style = current, styles[id] == nil { styles[id] = style }
            current = nil
            currentID = nil
        case "pPr": inParagraphProperties = false
        default: break
        }
    }
}
