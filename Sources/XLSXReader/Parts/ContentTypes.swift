import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// `[Content_Types].xml`: the content type of every part, by its name (`Override`) or its extension
/// (`Default`). Read to find the workbook part when the package has no usable `_rels/.rels`, and to list the
/// package's parts (``ReadOptions/listsPackageParts``).
struct ContentTypes: Sendable {
    static let part = "[Content_Types].xml"

    /// `Default Extension` (lower-cased) → content type.
    var byExtension: [String: String] = [:]
    /// `Override PartName` (normalised) → content type, and the overrides in file order.
    var byPart: [String: String] = [:]
    var overrides: [(part: String, type: String)] = []

    /// The content type of `part`: its override, else its extension's default.
    func type(of part: String) -> String? {
        if let type = byPart[part] { return type }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        return byExtension[part[part.index(after: dot)...].lowercased()]
    }

    /// The part whose override content type is a spreadsheet main part (workbook, template, macro-enabled).
    var workbookPart: String? {
        overrides.first { entry in
            entry.type.hasPrefix("application/vnd.") && entry.type.hasSuffix(".main+xml")
                && (entry.type.contains("spreadsheetml") || entry.type.contains("ms-excel"))
        }?.part
    }

    /// Reads the package's content types; empty when the package has none.
    static func read(in archive: ZipArchive) throws(XLSXError) -> ContentTypes {
        guard archive.contains(part) else { return ContentTypes() }
        return try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { ContentTypesDelegate() },
                                       result: { $0.result })
    }

    /// The workbook part named by the content types, if any.
    static func workbookPart(in archive: ZipArchive) throws(XLSXError) -> String? {
        try read(in: archive).workbookPart
    }

    /// Content-types parts seen before, by their bytes.
    private static let cache = PartCache<ContentTypes>()
}

private final class ContentTypesDelegate: NSObject, PartDelegate {
    var result = ContentTypes()
    var abortError: XLSXError?
    var nesting = ElementNesting()

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        switch localName(elementName) {
        case "Override":
            guard let type = attributes["ContentType"], let name = attributes["PartName"] else { return }
            let part = ZipArchive.normalise(name)
            if result.byPart[part] == nil { result.byPart[part] = type }
            result.overrides.append((part, type))
        case "Default":
            guard let type = attributes["ContentType"], let ext = attributes["Extension"] else { return }
            result.byExtension[ext.lowercased()] = type
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
    }
}
