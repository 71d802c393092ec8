import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// Reads `word/document.xml` in one pass: every `w:p` as a ``BodyLine`` in reading order, table cells grouped
/// into one output paragraph each (``groups``), row by row, nested tables where they stand.
///
/// What is left out: deleted and moved-away revisions (`w:del`, `w:moveFrom`), field instructions (`w:instrText`,
/// and runs between a complex field's `begin` and `separate`), text boxes, drawings and embedded objects
/// (`w:drawing`, `w:pict`, `w:object`, `mc:Fallback`), hidden runs (`w:vanish`), ruby annotations (`w:rt`),
/// tracked property changes, section properties. Headers, footers, footnotes and comments are other parts and are
/// never read.
final class BodyDelegate: NSObject, PartDelegate {
    var abortError: DOCXError?
    var nesting = ElementNesting()

    private(set) var lines: [BodyLine] = []
    /// One entry per output paragraph: its table cell, or nil for a body paragraph.
    private(set) var groups: [DOCXTableCell?] = []
    /// Whether any paragraph names a style or a list: only then are `styles.xml` and `numbering.xml` read.
    private(set) var namesStyles = false
    private(set) var namesLists = false

    private struct Table {
        var row = -1
        var column = -1
        /// The output paragraph of the current cell; nil until its first paragraph (again after a nested table).
        var group: Int?
    }
    private var tables: [Table] = []
    /// The depth of the element whose content is skipped (0: none).
    private var skipDepth = 0
    private var paragraphDepth = 0
    private var runDepth = 0
    private var inParagraphProperties = false
    private var inRunProperties = false
    private var runHidden = false
    private var inText = false
    /// Complex fields open around the current position, and how many of them are still in their instructions.
    private var fields: [Bool] = []
    private var fieldsInInstructions = 0

    private var shows: Bool { runDepth > 0 && !runHidden && fieldsInInstructions == 0 }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        guard skipDepth == 0 else { return }
        switch localName(elementName) {
        case "t":
            inText = shows
        case "r":
            runDepth += 1
            runHidden = false
        case "tab", "ptab":
            if shows { append("\t") }
        case "br", "cr":
            if shows { append("\n") }
        case "noBreakHyphen":
            if shows { append("-") }
        case "sym":
            // A symbol-font glyph (F000–F0FF) is no character; anything else is the character it names.
            if shows, let code = Self.value(attributes, "w:char").flatMap({ UInt32($0, radix: 16) }),
               code < 0xF000 || code > 0xF0FF, let scalar = Unicode.Scalar(code) {
                append(String(Character(scalar)))
            }
        case "fldChar":
            fieldCharacter(Self.value(attributes, "w:fldCharType"))
        case "p":
            startParagraph()
        case "pPr":
            inParagraphProperties = paragraphDepth > 0 && runDepth == 0
        case "rPr":
            if runDepth > 0 { inRunProperties = true } else if !inParagraphProperties { skipDepth = nesting.depth }
        case "vanish":
            if inRunProperties, !Self.isOff(Self.value(attributes, "w:val")) { runHidden = true }
        case "pStyle":
            if inParagraphProperties, let value = Self.value(attributes, "w:val") { setLast { $0.styleID = value } }
        case "numId":
            if inParagraphProperties, let value = Self.value(attributes, "w:val") { setLast { $0.numID = value } }
        case "ilvl":
            if inParagraphProperties, let value = Self.value(attributes, "w:val").flatMap(Int.init) { setLast { $0.level = value } }
        case "outlineLvl":
            if inParagraphProperties, let value = Self.value(attributes, "w:val").flatMap(Int.init) {
                setLast { $0.outlineLevel = value }
            }
        case "tbl":
            if !tables.isEmpty { tables[tables.count - 1].group = nil }
            tables.append(Table())
        case "tr":
            if !tables.isEmpty {
                tables[tables.count - 1].row += 1
                tables[tables.count - 1].column = -1
            }
        case "tc":
            if !tables.isEmpty {
                tables[tables.count - 1].column += 1
                tables[tables.count - 1].group = nil
            }
        case "del", "moveFrom", "instrText", "delInstrText", "delText", "drawing", "pict", "object", "Fallback",
             "txbxContent", "rt", "sdtPr", "sdtEndPr", "sectPr", "tabs", "pPrChange", "rPrChange", "tblPr",
             "tblGrid", "trPr", "tcPr", "tblPrEx", "footnoteReference", "endnoteReference":
            skipDepth = nesting.depth
        default:
            break
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
        case "t": inText = false
        case "r": runDepth -= 1
        case "p": paragraphDepth -= 1
        case "pPr": inParagraphProperties = false
        case "rPr": inRunProperties = false
        case "tbl":
            tables.removeLast()
            if !tables.isEmpty { tables[tables.count - 1].group = nil }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, skipDepth == 0 { append(string) }
    }

    private func startParagraph() {
        paragraphDepth += 1
        let group: Int
        if tables.isEmpty {
            group = groups.count
            groups.append(nil)
        } else if let current = tables[tables.count - 1].group {
            group = current
        } else {
            group = groups.count
            let table = tables[tables.count - 1]
            groups.append(DOCXTableCell(depth: tables.count, row: max(table.row, 0), column: max(table.column, 0)))
            tables[tables.count - 1].group = group
        }
        lines.append(BodyLine(group: group))
    }

    private func append(_ text: String) {
        guard !lines.isEmpty else { return }
        lines[lines.count - 1].text += text
    }

    private func setLast(_ change: (inout BodyLine) -> Void) {
        guard !lines.isEmpty else { return }
        change(&lines[lines.count - 1])
        namesStyles = namesStyles || lines[lines.count - 1].styleID != nil
        namesLists = namesLists || lines[lines.count - 1].numID != nil
    }

    private func fieldCharacter(_ type: String?) {
        switch type {
        case "begin":
            fields.append(false)
            fieldsInInstructions += 1
        case "separate":
            if let last = fields.last, !last {
                fields[fields.count - 1] = true
                fieldsInInstructions -= 1
            }
        case "end":
            if let last = fields.popLast(), !last { fieldsInInstructions -= 1 }
        default:
            break
        }
    }

    /// A WordprocessingML attribute by its usual name (`w:val`), or under any other prefix.
    static func value(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.isEmpty ? nil : attribute(String(localName(name)), in: attributes)
    }

    /// An on/off property's value: absent, `true`, `1` and `on` are on.
    static func isOff(_ value: String?) -> Bool {
        value == "false" || value == "0" || value == "off"
    }
}
