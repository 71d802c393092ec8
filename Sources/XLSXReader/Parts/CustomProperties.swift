import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// `docProps/custom.xml`: the workbook's custom document properties (File › Properties › Custom), each as the
/// text of its value (`<vt:lpwstr>`, `<vt:i4>`, `<vt:bool>` ...).
enum CustomProperties {
    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> [String: String] {
        let delegate = CustomPropertiesDelegate()
        try XMLPartParser.parse(part, in: archive, delegate: delegate)
        return delegate.properties
    }
}

private final class CustomPropertiesDelegate: NSObject, PartDelegate {
    var properties: [String: String] = [:]
    var abortError: XLSXError?
    var nesting = ElementNesting()
    /// The property being read, and the text of its value so far.
    private var name: String?
    private var value = ""
    private var depth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        if localName(elementName) == "property" {
            name = attribute("name", in: attributes)
            value = ""
            depth = 0
        } else if name != nil {
            depth += 1
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if name != nil, depth > 0 { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        if localName(elementName) == "property" {
            if let name, properties[name] == nil { properties[name] = value }
            name = nil
        } else if name != nil {
            depth -= 1
        }
    }
}
