import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/styles.xml`, reduced to what a reader of values needs: the number format of each cell style
/// (`cellXfs` index → `numFmtId` → format code). Fonts, fills and borders are not read.
enum Styles {
    /// The number format of every `cellXfs` entry, in order.
    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> [NumberFormat] {
        try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { StylesDelegate() }) { delegate in
            delegate.formatIDs.map { id in
                if let code = delegate.customCodes[id] { return NumberFormat(id: id, customCode: code) }
                return NumberFormat(builtInID: id)
            }
        }
    }

    /// Styles parts seen before (forms from one template share theirs), by their bytes.
    private static let cache = PartCache<[NumberFormat]>()
}

private final class StylesDelegate: NSObject, PartDelegate {
    var customCodes: [Int: String] = [:]
    var formatIDs: [Int] = []
    var abortError: XLSXError?
    var nesting = ElementNesting()
    private var inCellXfs = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard enterElement(parser) else { return }
        switch localName(elementName) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
               let code = attributes["formatCode"] {
                customCodes[id] = code
            }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            let id = attributes["numFmtId"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) ?? 0
            formatIDs.append(id)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        if localName(elementName) == "cellXfs" { inCellXfs = false }
    }
}
