import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `[Content_Types].xml`, read only when the package has no usable `_rels/.rels`: it names the workbook part by
/// its content type, so a package that lost its root relationships can still be opened.
enum ContentTypes {
    static let part = "[Content_Types].xml"

    /// The part whose override content type is a spreadsheet main part (workbook, template, macro-enabled).
    static func workbookPart(in archive: ZipArchive) throws(XLSXError) -> String? {
        guard archive.contains(part) else { return nil }
        return try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { ContentTypesDelegate() },
                                       result: { $0.workbookPart })
    }

    /// Content-types parts seen before, by their bytes.
    private static let cache = PartCache<String?>()
}

private final class ContentTypesDelegate: NSObject, PartDelegate {
    var workbookPart: String?
    var abortError: XLSXError?
    var nesting = ElementNesting()

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard enterElement(parser) else { return }
        guard workbookPart == nil, localName(elementName) == "Override",
              let type = attributes["ContentType"], let name = attributes["PartName"] else { return }
        if type.hasPrefix("application/vnd.") && type.hasSuffix(".main+xml")
            && (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            workbookPart = ZipArchive.normalise(name)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
    }
}
