import OOXMLPackage

/// Collects a worksheet's ``SheetLayout`` from the elements around `sheetData` (`sheetPr`, `sheetFormatPr`,
/// `cols`, `sheetViews`, `dataValidations`, `printOptions`, `pageMargins`, `pageSetup`, `headerFooter`, page
/// breaks, `autoFilter`, `sheetProtection`, `conditionalFormatting` through ``ConditionalFormatCollector``,
/// `drawing`) for ``WorksheetParser``, which hands it every element outside
/// `sheetData` by local name, and the rows that state a height, visibility, style or outline level.
///
/// These elements are few per sheet, so plain string matching is fine here; the per-row work is in
/// ``WorksheetParser``. Elements inside `customSheetViews` (a saved view's own print setup, panes and
/// selections) are not the sheet's and are skipped; inside `extLst` only Excel 2010's `x14:dataValidation`
/// is read.
///
/// ```swift
/// var collector = LayoutCollector()
/// collector.start("col", ["min": "2", "max": "3", "width": "20", "customWidth": "1"])
/// collector.end("col")
/// collector.layout.columns[0].width   // 20.0
/// ```
struct LayoutCollector {
    private(set) var layout = SheetLayout()
    /// Depth inside `customSheetViews`: nothing there is the sheet's own.
    private var ignoredDepth = 0
    /// Depth inside `extLst`.
    private var extensionDepth = 0
    private var validation: DataValidation?
    /// Whether the `brk`s being read are in `rowBreaks` (else `colBreaks`).
    private var breaksAreRows = true

    private enum Capture {
        case none, formula1, formula2, sqref
        case headerFooter(WritableKeyPath<HeaderFooter, String?>)
    }
    private var capture = Capture.none
    private var text = ""
    private var conditionalFormats = ConditionalFormatCollector()
    /// `<drawing r:id>`: the relationship naming the sheet's drawing part, if it has one.
    private(set) var drawingRelationshipID: String?

    /// Whether ``characters(_:)`` wants the text now.
    var isCapturing: Bool {
        if conditionalFormats.isCapturing { return true }
        if case .none = capture { return false }
        return true
    }

    mutating func start(_ name: Substring, _ attributes: [String: String]) {
        if ignoredDepth > 0 {
            ignoredDepth += 1
            return
        }
        if conditionalFormats.isOpen || (name == "conditionalFormatting" && extensionDepth == 0) {
            conditionalFormats.start(name, attributes)
            return
        }
        if extensionDepth > 0 {
            extensionDepth += 1
            startInExtension(name, attributes)
            return
        }
        switch name {
        case "customSheetViews":
            ignoredDepth = 1
        case "extLst":
            extensionDepth = 1
        case "tabColor":
            layout.tabColor = Color(attributes: attributes)
        case "pageSetUpPr":
            layout.printSetup.fitToPage = XMLValue.boolean(attributes["fitToPage"]) ?? false
        case "sheetFormatPr":
            layout.defaultColumnWidth = XMLValue.number(attributes["defaultColWidth"])
            layout.baseColumnWidth = XMLValue.integer(attributes["baseColWidth"])
            layout.defaultRowHeight = XMLValue.number(attributes["defaultRowHeight"])
            layout.customDefaultRowHeight = XMLValue.boolean(attributes["customHeight"]) ?? false
            layout.rowsHiddenByDefault = XMLValue.boolean(attributes["zeroHeight"]) ?? false
        case "col":
            startColumn(attributes)
        case "sheetView":
            startView(attributes)
        case "pane":
            guard !layout.views.isEmpty else { return }
            layout.views[layout.views.count - 1].pane = SheetPane(
                xSplit: XMLValue.number(attributes["xSplit"]), ySplit: XMLValue.number(attributes["ySplit"]),
                topLeftCell: attributes["topLeftCell"].flatMap { CellReference($0) },
                activePane: attributes["activePane"], state: attributes["state"])
        case "selection":
            guard !layout.views.isEmpty else { return }
            layout.views[layout.views.count - 1].selections.append(SheetSelection(
                pane: attributes["pane"], activeCell: attributes["activeCell"].flatMap { CellReference($0) },
                activeCellID: XMLValue.integer(attributes["activeCellId"]),
                ranges: XMLValue.ranges(attributes["sqref"])))
        case "drawing":
            drawingRelationshipID = attribute("id", in: attributes)
        case "sheetProtection":
            layout.isProtected = XMLValue.boolean(attributes["sheet"]) ?? false
        case "autoFilter":
            layout.autoFilter = attributes["ref"].flatMap { CellRange($0) }
        case "dataValidation":
            startValidation(attributes)
        case "formula1" where validation != nil:
            startCapture(.formula1)
        case "formula2" where validation != nil:
            startCapture(.formula2)
        case "printOptions":
            layout.printSetup.printGridLines = XMLValue.boolean(attributes["gridLines"]) ?? false
            layout.printSetup.printHeadings = XMLValue.boolean(attributes["headings"]) ?? false
            layout.printSetup.horizontalCentered = XMLValue.boolean(attributes["horizontalCentered"]) ?? false
            layout.printSetup.verticalCentered = XMLValue.boolean(attributes["verticalCentered"]) ?? false
        case "pageMargins":
            let defaults = PageMargins()
            func margin(_ name: String, _ fallback: Double) -> Double { XMLValue.number(attributes[name]) ?? fallback }
            layout.printSetup.margins = PageMargins(
                left: margin("left", defaults.left), right: margin("right", defaults.right),
                top: margin("top", defaults.top), bottom: margin("bottom", defaults.bottom),
                header: margin("header", defaults.header), footer: margin("footer", defaults.footer))
        case "pageSetup":
            startPageSetup(attributes)
        case "headerFooter":
            layout.printSetup.headerFooter = HeaderFooter(
                differentOddEven: XMLValue.boolean(attributes["differentOddEven"]) ?? false,
                differentFirst: XMLValue.boolean(attributes["differentFirst"]) ?? false,
                scaleWithDocument: XMLValue.boolean(attributes["scaleWithDoc"]),
                alignWithMargins: XMLValue.boolean(attributes["alignWithMargins"]))
        case "oddHeader": startCapture(.headerFooter(\.oddHeader))
        case "oddFooter": startCapture(.headerFooter(\.oddFooter))
        case "evenHeader": startCapture(.headerFooter(\.evenHeader))
        case "evenFooter": startCapture(.headerFooter(\.evenFooter))
        case "firstHeader": startCapture(.headerFooter(\.firstHeader))
        case "firstFooter": startCapture(.headerFooter(\.firstFooter))
        case "rowBreaks", "colBreaks":
            breaksAreRows = name == "rowBreaks"
        case "brk":
            guard let id = XMLValue.integer(attributes["id"]) else { return }
            if breaksAreRows { layout.printSetup.rowBreaks.append(id) } else { layout.printSetup.columnBreaks.append(id) }
        case "hyperlink", "protectedRange", "ignoredError", "dataConsolidate", "scenario",
             "cellWatch", "webPublishItem", "smartTags", "oleObject", "control":
            noteUnread(name)
        default:
            break
        }
    }

    /// Records an element the reader does not read, once.
    private mutating func noteUnread(_ name: Substring) {
        let element = String(name)
        if !layout.unreadElements.contains(element) { layout.unreadElements.append(element) }
    }

    /// Inside `extLst`: Excel 2010's `x14:dataValidation`, its `x14:formula1`/`x14:formula2` (text in `xm:f`)
    /// and `xm:sqref`.
    private mutating func startInExtension(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "dataValidation": startValidation(attributes)
        case "formula1" where validation != nil: startCapture(.formula1)
        case "formula2" where validation != nil: startCapture(.formula2)
        case "sqref" where validation != nil: startCapture(.sqref)
        case "conditionalFormatting", "sparklineGroup", "slicerList", "timelineRefs":
            noteUnread(name)
        default: break
        }
    }

    mutating func end(_ name: Substring) {
        if ignoredDepth > 0 {
            ignoredDepth -= 1
            return
        }
        if conditionalFormats.isOpen {
            if let format = conditionalFormats.end(name) { layout.conditionalFormats.append(format) }
            return
        }
        if extensionDepth > 0 { extensionDepth -= 1 }
        // Only a validation or a text being read ends here; every other element (each `mergeCell` of a form
        // among them) leaves without a comparison.
        guard validation != nil || isCapturing else { return }
        switch name {
        case "dataValidation":
            if let validation { layout.dataValidations.append(validation) }
            validation = nil
        case "formula1", "formula2", "sqref", "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader",
             "firstFooter":
            finishCapture()
        default:
            break
        }
    }

    mutating func characters(_ string: String) {
        if conditionalFormats.isCapturing {
            conditionalFormats.characters(string)
            return
        }
        if text.isEmpty { text = string } else { text += string }
    }

    /// Adds a row that states a height, visibility, style or outline level.
    mutating func add(_ row: RowInfo) {
        layout.rows.append(row)
    }

    /// The layout with its rows in row order (as every producer writes them; sorted if not).
    mutating func finish() -> SheetLayout {
        if !layout.rows.isEmpty, zip(layout.rows, layout.rows.dropFirst()).contains(where: { $0.row > $1.row }) {
            layout.rows.sort { $0.row < $1.row }
        }
        return layout
    }

    private mutating func startCapture(_ kind: Capture) {
        capture = kind
        text = ""
    }

    private mutating func finishCapture() {
        switch capture {
        case .none: return
        case .formula1: validation?.formula1 = text
        case .formula2: validation?.formula2 = text
        case .sqref: validation?.ranges = XMLValue.ranges(text)
        case .headerFooter(let field):
            if layout.printSetup.headerFooter == nil { layout.printSetup.headerFooter = HeaderFooter() }
            layout.printSetup.headerFooter?[keyPath: field] = text
        }
        capture = .none
        text = ""
    }

    private mutating func startColumn(_ attributes: [String: String]) {
        guard let min = XMLValue.integer(attributes["min"]), let max = XMLValue.integer(attributes["max"]),
              min >= 1, max >= min, min <= CellReference.maxColumns else { return }
        layout.columns.append(ColumnInfo(
            firstColumn: min - 1, lastColumn: Swift.min(max, CellReference.maxColumns) - 1,
            width: XMLValue.number(attributes["width"]),
            customWidth: XMLValue.boolean(attributes["customWidth"]) ?? false,
            hidden: XMLValue.boolean(attributes["hidden"]) ?? false,
            bestFit: XMLValue.boolean(attributes["bestFit"]) ?? false,
            style: XMLValue.integer(attributes["style"]),
            outlineLevel: XMLValue.integer(attributes["outlineLevel"]) ?? 0,
            collapsed: XMLValue.boolean(attributes["collapsed"]) ?? false))
    }

    private mutating func startView(_ attributes: [String: String]) {
        layout.views.append(SheetView(
            tabSelected: XMLValue.boolean(attributes["tabSelected"]) ?? false,
            zoomScale: XMLValue.integer(attributes["zoomScale"]),
            zoomScaleNormal: XMLValue.integer(attributes["zoomScaleNormal"]),
            zoomScalePageLayoutView: XMLValue.integer(attributes["zoomScalePageLayoutView"]),
            zoomScaleSheetLayoutView: XMLValue.integer(attributes["zoomScaleSheetLayoutView"]),
            showGridLines: XMLValue.boolean(attributes["showGridLines"]) ?? true,
            showRowColHeaders: XMLValue.boolean(attributes["showRowColHeaders"]) ?? true,
            showZeros: XMLValue.boolean(attributes["showZeros"]) ?? true,
            rightToLeft: XMLValue.boolean(attributes["rightToLeft"]) ?? false,
            view: attributes["view"],
            topLeftCell: attributes["topLeftCell"].flatMap { CellReference($0) },
            workbookViewID: XMLValue.integer(attributes["workbookViewId"]) ?? 0))
    }

    private mutating func startValidation(_ attributes: [String: String]) {
        validation = DataValidation(
            type: attributes["type"], operator: attributes["operator"],
            allowBlank: XMLValue.boolean(attributes["allowBlank"]) ?? false,
            showDropDown: XMLValue.boolean(attributes["showDropDown"]) ?? false,
            showInputMessage: XMLValue.boolean(attributes["showInputMessage"]) ?? false,
            showErrorMessage: XMLValue.boolean(attributes["showErrorMessage"]) ?? false,
            errorStyle: attributes["errorStyle"], promptTitle: attributes["promptTitle"],
            prompt: attributes["prompt"], errorTitle: attributes["errorTitle"], error: attributes["error"],
            ranges: XMLValue.ranges(attributes["sqref"]))
    }

    private mutating func startPageSetup(_ attributes: [String: String]) {
        var setup = layout.printSetup
        setup.orientation = attributes["orientation"]
        setup.paperSize = XMLValue.integer(attributes["paperSize"])
        setup.scale = XMLValue.integer(attributes["scale"])
        setup.fitToWidth = XMLValue.integer(attributes["fitToWidth"])
        setup.fitToHeight = XMLValue.integer(attributes["fitToHeight"])
        setup.firstPageNumber = XMLValue.integer(attributes["firstPageNumber"])
        setup.useFirstPageNumber = XMLValue.boolean(attributes["useFirstPageNumber"]) ?? false
        setup.pageOrder = attributes["pageOrder"]
        setup.blackAndWhite = XMLValue.boolean(attributes["blackAndWhite"]) ?? false
        setup.draft = XMLValue.boolean(attributes["draft"]) ?? false
        setup.cellComments = attributes["cellComments"]
        setup.errors = attributes["errors"]
        setup.horizontalDpi = XMLValue.integer(attributes["horizontalDpi"])
        setup.verticalDpi = XMLValue.integer(attributes["verticalDpi"])
        setup.copies = XMLValue.integer(attributes["copies"])
        layout.printSetup = setup
    }
}
