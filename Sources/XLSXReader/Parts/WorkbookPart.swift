import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// `xl/workbook.xml`: the sheets in workbook order with their names, states and relationship ids, the
/// date system and the defined names (print areas and titles among them).
struct WorkbookPart: Sendable {
    struct SheetEntry: Sendable {
        var name: String
        var state: SheetState
        var relationshipID: String?
    }

    var sheets: [SheetEntry] = []
    var date1904 = false
    var definedNames: [DefinedName] = []

    /// The most sheets a workbook may list. Excel sets no fixed limit, but the real workbooks seen list at most
    /// a few dozen; a list of thousands is built to make the reader work (each sheet is read and recognised).
    static let maxSheets = 4096

    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> WorkbookPart {
        try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { WorkbookDelegate() }, result: { $0.result })
    }

    /// Workbook parts seen before, by their bytes.
    private static let cache = PartCache<WorkbookPart>()
}

private final class WorkbookDelegate: NSObject, PartDelegate {
    var result = WorkbookPart()
    var abortError: XLSXError?
    var nesting = ElementNesting()
    /// Sheet names seen, lower-cased: Excel refuses two sheets whose names differ only in case.
    private var names: Set<String> = []
    /// The defined name being read (its text arrives as characters).
    private var definedName: DefinedName?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        switch localName(elementName) {
        case "sheet":
            guard result.sheets.count < WorkbookPart.maxSheets else {
                return stop(parser, XLSXError(.tooManySheets, detail: "more than \(WorkbookPart.maxSheets) sheets"))
            }
            let name = attribute("name", in: attributes) ?? ""
            guard names.insert(name.lowercased()).inserted else {
                return stop(parser, XLSXError(.duplicateSheet, sheet: name, detail: "two sheets named '\(name)'"))
            }
            let state = attribute("state", in: attributes).flatMap(SheetState.init(rawValue:)) ?? .visible
            result.sheets.append(.init(name: name, state: state, relationshipID: attribute("id", in: attributes)))
        case "workbookPr":
            if let value = attribute("date1904", in: attributes) {
                result.date1904 = XMLValue.boolean(value) ?? false
            }
        case "definedName":
            guard let name = attribute("name", in: attributes) else { return }
            definedName = DefinedName(name: name, sheetIndex: XMLValue.integer(attribute("localSheetId", in: attributes)),
                                      text: "", hidden: XMLValue.boolean(attribute("hidden", in: attributes)) ?? false)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        if let definedName, localName(elementName) == "definedName" {
            result.definedNames.append(definedName)
            self.definedName = nil
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        definedName?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        definedName?.text += String(decoding: CDATABlock, as: UTF8.self)
    }
}
