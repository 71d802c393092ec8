import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// Streams the cells of one worksheet part (`xl/worksheets/sheetN.xml`) to a callback, and collects its
/// merged ranges and its layout (``LayoutCollector``: widths, heights, views, print setup, validations).
///
/// This is the hot path: one delegate object per sheet, reused buffers, no per-cell dictionaries beyond the
/// attribute dictionary XMLParser itself builds. Cells are handed out as they close, so a caller that does not
/// keep them reads any size of sheet in flat memory.
final class WorksheetParser: NSObject, PartDelegate {
    private let sharedStrings: [String]
    /// The runs of the rich shared strings by index, and where a rich cell's runs go: only when rich text is
    /// kept (``ReadOptions/keepsRichText``).
    private let sharedRuns: [Int: [TextRun]]
    private let onRichText: ((CellReference, [TextRun]) -> Void)?
    private let formats: [NumberFormat]
    private let sheetName: String
    private let onCell: (Cell) -> Void
    /// Where styled cells without a value go, when they are kept (``ReadOptions/keepsStyledBlanks``).
    private let onStyledBlank: ((Cell) -> Void)?
    /// Whether rows' heights and visibility are kept (one `RowInfo` per such row): not when cells are only
    /// streamed, so memory stays flat whatever the number of rows.
    private let collectsRows: Bool
    private(set) var merges: [CellRange] = []
    private var layoutCollector = LayoutCollector()
    var abortError: XLSXError?
    var nesting = ElementNesting()

    // Position bookkeeping for rows and cells written without `r`.
    private var inSheetData = false
    private var rowNumber = -1
    private var columnNumber = -1

    // The cell being read.
    private var inCell = false
    private var cellRow = 0
    private var cellColumn = 0
    private var cellType = ""
    private var cellFormat = NumberFormat.general
    private var cellStyle = 0
    private var valueText: String?
    private var formulaText: String?
    private var formulaKind = ""
    private var formulaSharedIndex: String?
    private var inlineText: RichTextCollector?
    /// The runs of the inline string being read, made afresh at each `<is>` when rich text is kept (consulted only
    /// with ``inlineText``, which each `<is>` also makes afresh), so the default read never touches it.
    private var inlineRuns: TextRunCollector?

    private enum Capture { case none, value, formula, inline }
    private var capture = Capture.none

    /// Shared-formula masters by `si`: the master's text and position.
    private var sharedFormulas: [String: (text: String, row: Int, column: Int)] = [:]

    init(sheetName: String, sharedStrings: [String], formats: [NumberFormat], collectsRows: Bool = true,
         sharedRuns: [Int: [TextRun]] = [:], onRichText: ((CellReference, [TextRun]) -> Void)? = nil,
         onStyledBlank: ((Cell) -> Void)? = nil, onCell: @escaping (Cell) -> Void) {
        self.sharedRuns = sharedRuns
        self.onRichText = onRichText
        self.onStyledBlank = onStyledBlank
        self.sheetName = sheetName
        self.collectsRows = collectsRows
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.onCell = onCell
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        let element = WorksheetElement(elementName)
        if inCell {
            switch element {
            case .value:
                capture = .value
                valueText = ""
            case .formula:
                capture = .formula
                formulaText = ""
                formulaKind = attributes["t"] ?? "normal"
                formulaSharedIndex = attributes["si"]
            case .inlineString:
                capture = .inline
                inlineText = RichTextCollector()
                if onRichText != nil { inlineRuns = TextRunCollector() }
            default:
                if capture == .inline {
                    inlineText?.start(TextElement(elementName))
                    inlineRuns?.start(localName(elementName), attributes: attributes)
                }
            }
            return
        }
        switch element {
        case .cell where inSheetData:
            startCell(parser, attributes)
        case .row where inSheetData:
            startRow(parser, attributes)
        case .sheetData:
            inSheetData = true
        case .mergeCell:
            guard let text = attributes["ref"] else { return }
            guard let range = CellRange(text) else {
                fail(parser, XLSXError(.cellOutOfRange, sheet: sheetName, cell: text))
                return
            }
            merges.append(range)
        default:
            if !inSheetData { layoutCollector.start(localName(elementName), attributes) }
        }
    }

    /// The sheet's layout, complete once the part is parsed.
    func layout() -> SheetLayout { layoutCollector.finish() }

    /// The relationship id of the sheet's drawing (`<drawing r:id>`), known once the part is parsed.
    var drawingRelationshipID: String? { layoutCollector.drawingRelationshipID }

    private func startRow(_ parser: XMLParser, _ attributes: [String: String]) {
        // One pass over the attributes; a row states its layout only when it differs from the default, and only
        // then is a `RowInfo` made.
        var reference: String?, height: String?, customHeight: String?, hidden: String?, style: String?
        var customFormat: String?, outlineLevel: String?, collapsed: String?
        for (name, value) in attributes {
            switch name {
            case "r": reference = value
            case "ht": height = value
            case "customHeight": customHeight = value
            case "hidden": hidden = value
            case "s": style = value
            case "customFormat": customFormat = value
            case "outlineLevel": outlineLevel = value
            case "collapsed": collapsed = value
            default: break
            }
        }
        if let reference {
            guard let number = Int(reference), number >= 1, number <= CellReference.maxRows else {
                fail(parser, XLSXError(.cellOutOfRange, sheet: sheetName, cell: "row \(reference)"))
                return
            }
            rowNumber = number - 1
        } else {
            rowNumber += 1
        }
        columnNumber = -1
        guard collectsRows, height != nil || customHeight != nil || hidden != nil || style != nil
                || customFormat != nil || outlineLevel != nil || collapsed != nil
                || layoutCollector.layout.rowsHiddenByDefault else { return }
        let info = RowInfo(
            row: rowNumber, height: XMLValue.number(height), customHeight: XMLValue.boolean(customHeight) ?? false,
            hidden: XMLValue.boolean(hidden) ?? false, style: XMLValue.integer(style),
            customFormat: XMLValue.boolean(customFormat) ?? false, outlineLevel: XMLValue.integer(outlineLevel) ?? 0,
            collapsed: XMLValue.boolean(collapsed) ?? false)
        // LibreOffice restates every default on every row (`hidden="false" outlineLevel="0"`): such a row is
        // ordinary. Where rows are hidden by default, every row present says whether it shows.
        guard info != RowInfo(row: rowNumber) || layoutCollector.layout.rowsHiddenByDefault else { return }
        layoutCollector.add(info)
    }

    private func startCell(_ parser: XMLParser, _ attributes: [String: String]) {
        // One pass over the (two or three) attributes instead of three hashed lookups: this runs for every cell.
        var reference: String?, type: String?, style: String?
        for (name, value) in attributes {
            switch name {
            case "r": reference = value
            case "t": type = value
            case "s": style = value
            default: break
            }
        }
        if let reference {
            guard let parsed = CellReference.parse(reference.utf8) else {
                fail(parser, XLSXError(.cellOutOfRange, sheet: sheetName, cell: reference))
                return
            }
            cellRow = parsed.row
            cellColumn = parsed.column
        } else {
            cellRow = max(rowNumber, 0)
            cellColumn = columnNumber + 1
            guard cellColumn < CellReference.maxColumns else {
                fail(parser, XLSXError(.cellOutOfRange, sheet: sheetName,
                                       cell: "row \(cellRow + 1), column \(cellColumn + 1)"))
                return
            }
        }
        columnNumber = cellColumn
        inCell = true
        cellType = type ?? "n"
        if let style, let index = Int(style), index >= 0, index < formats.count {
            cellFormat = formats[index]
            cellStyle = index
        } else {
            cellFormat = .general
            cellStyle = 0
        }
        valueText = nil
        formulaText = nil
        formulaKind = ""
        formulaSharedIndex = nil
        inlineText = nil
        capture = .none
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
        let element = WorksheetElement(elementName)
        guard inCell else {
            if element == .sheetData {
                inSheetData = false
            } else if !inSheetData, element != .mergeCell {
                layoutCollector.end(localName(elementName))
            }
            return
        }
        switch element {
        case .cell:
            finishCell()
            inCell = false
        case .value, .formula, .inlineString:
            capture = .none
        default:
            if capture == .inline {
                inlineText?.end(TextElement(elementName))
                inlineRuns?.end(localName(elementName))
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .none: if layoutCollector.isCapturing { layoutCollector.characters(string) }
        // Most values arrive in one call: take the string as is rather than copying it into a buffer.
        case .value: if valueText?.isEmpty ?? true { valueText = string } else { valueText?.append(string) }
        case .formula: if formulaText?.isEmpty ?? true { formulaText = string } else { formulaText?.append(string) }
        case .inline:
            inlineText?.characters(string)
            inlineRuns?.characters(string)
        }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    private func finishCell() {
        let formula = resolvedFormula()
        let value: CellValue?
        switch cellType {
        case "n", "":
            value = nonEmpty(valueText).map(CellValue.number)
        case "s":
            if let text = nonEmpty(valueText), let index = Int(text) ?? Int(text.trimmingCharacters(in: .whitespaces)),
               index >= 0, index < sharedStrings.count {
                value = .text(sharedStrings[index])
                if !sharedRuns.isEmpty, let runs = sharedRuns[index] {
                    onRichText?(CellReference(row: cellRow, column: cellColumn), runs)
                }
            } else {
                value = nil
            }
        case "str":
            value = valueText.map { .text(ExcelEscapes.decode($0)) }
        case "inlineStr":
            if let inlineText {
                value = .text(inlineText.decoded)
                if let runs = inlineRuns?.runs {
                    onRichText?(CellReference(row: cellRow, column: cellColumn), runs)
                }
            } else {
                value = valueText.map { .text(ExcelEscapes.decode($0)) }
            }
        case "b":
            switch valueText {
            case "1": value = .boolean(true)   // as every producer writes them: no trimming, no case folding
            case "0": value = .boolean(false)
            default:
                switch nonEmpty(valueText)?.trimmingCharacters(in: .whitespaces).lowercased() {
                case "1", "true": value = .boolean(true)
                case "0", "false": value = .boolean(false)
                default: value = nil
                }
            }
        case "e":
            value = nonEmpty(valueText).map(CellValue.error)
        case "d":
            value = nonEmpty(valueText).map(CellValue.isoDate)
        default:
            value = nonEmpty(valueText).map(CellValue.text)
        }
        guard let value else {
            // A styled cell without a value is not a cell; a formula without its cached result still is.
            if formula != nil {
                onCell(Cell(row: cellRow, column: cellColumn, value: .empty, formula: formula,
                            numberFormat: cellFormat, styleIndex: cellStyle))
            } else if let onStyledBlank {
                onStyledBlank(Cell(row: cellRow, column: cellColumn, value: .empty, numberFormat: cellFormat,
                                   styleIndex: cellStyle))
            }
            return
        }
        onCell(Cell(row: cellRow, column: cellColumn, value: value, formula: formula, numberFormat: cellFormat,
                    styleIndex: cellStyle))
    }

    private func resolvedFormula() -> String? {
        guard let formulaText else { return nil }
        switch formulaKind {
        case "shared":
            guard let index = formulaSharedIndex else { return formulaText.isEmpty ? nil : formulaText }
            if !formulaText.isEmpty {
                if sharedFormulas[index] == nil {
                    sharedFormulas[index] = (formulaText, cellRow, cellColumn)
                }
                return formulaText
            }
            guard let master = sharedFormulas[index] else { return nil }
            return FormulaTranslator.shift(master.text, rows: cellRow - master.row, columns: cellColumn - master.column)
        case "dataTable":
            return nil   // a what-if table: there is no formula text to show
        default:
            return formulaText.isEmpty ? nil : formulaText
        }
    }

    @inline(__always)
    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private func fail(_ parser: XMLParser, _ error: XLSXError) {
        stop(parser, error)
    }
}
