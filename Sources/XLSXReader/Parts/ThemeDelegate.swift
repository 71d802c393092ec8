import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// Reads the first `<a:clrScheme>` of a theme part into a ``Theme`` (the extra schemes of
/// `extraClrSchemeLst` are not the workbook's).
final class ThemeDelegate: NSObject, PartDelegate {
    var theme = Theme.office
    var abortError: XLSXError?
    var nesting = ElementNesting()
    private var schemesSeen = 0
    private var inScheme = false
    private var slot: Int?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        let name = localName(elementName)
        if name == "clrScheme" {
            schemesSeen += 1
            inScheme = schemesSeen == 1
            return
        }
        guard inScheme else { return }
        if let index = Theme.schemeNames.firstIndex(where: { $0 == name }) {
            slot = index
            return
        }
        guard let slot else { return }
        let text: String?
        switch name {
        case "srgbClr": text = attributes["val"]
        case "sysClr": text = attributes["lastClr"] ?? (attributes["val"] == "window" ? "FFFFFF" : "000000")
        default: text = nil
        }
        if let text, let value = UInt32(text.trimmingCharacters(in: .whitespaces), radix: 16) {
            theme.scheme[slot] = 0xFF00_0000 | (value & 0xFF_FFFF)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        let name = localName(elementName)
        if name == "clrScheme" { inScheme = false }
        if let slot, Theme.schemeNames[slot] == name { self.slot = nil }
    }
}
