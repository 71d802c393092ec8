import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/workbook.xml`: the sheets in workbook order with their names, states and relationship ids, and the
/// date system.
struct WorkbookPart: Sendable {
    struct SheetEntry: Sendable {
        var name: String
        var state: SheetState
        var relationshipID: String?
    }

    var sheets: [SheetEntry] = []
    var date1904 = false

    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> WorkbookPart {
        try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { WorkbookDelegate() }, result: { $0.result })
    }

    /// Workbook parts seen before, by their bytes.
    private static let cache = PartCache<WorkbookPart>()
}

private final class WorkbookDelegate: NSObject, PartDelegate {
    var result = WorkbookPart()
    var abortError: XLSXError?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        switch localName(elementName) {
        case "sheet":
            let state = attribute("state", in: attributes).flatMap(SheetState.init(rawValue:)) ?? .visible
            result.sheets.append(.init(name: attribute("name", in: attributes) ?? "",
                                       state: state,
                                       relationshipID: attribute("id", in: attributes)))
        case "workbookPr":
            if let value = attribute("date1904", in: attributes) {
                result.date1904 = ["1", "true", "on"].contains(value.lowercased())
            }
        default:
            break
        }
    }
}
