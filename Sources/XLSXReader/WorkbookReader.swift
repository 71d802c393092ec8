import Foundation

/// Reads an XLSX package sheet by sheet, or cell by cell.
///
/// Opening reads only the package plumbing (relationships, workbook part); shared strings and styles are read
/// on the first sheet request, and each sheet only when asked for. ``forEachCell(inSheetAt:_:)`` hands cells
/// out as they are parsed, so memory stays flat whatever the sheet's size.
///
/// Not `Sendable`: it owns the open zip. Use it inside one task and pass the `Sendable` ``Sheet`` values on.
///
/// ```swift
/// let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: "huangpu-2021.xlsx"))
/// print(reader.sheets.map(\.name))          // ["Sheet1"]
/// var total = 0
/// try reader.forEachCell(inSheetAt: 0) { cell in
///     if cell.value.isNumber { total += 1 }
/// }
/// ```
public final class WorkbookReader {
    /// What the workbook part says about a sheet, before its cells are read.
    public struct SheetInfo: Sendable, Hashable {
        public var name: String
        public var state: SheetState
        public var kind: SheetKind
        /// The sheet's part inside the package (`xl/worksheets/sheet1.xml`), nil if the relationship is missing.
        public var part: String?
    }

    public let path: String
    /// Sheets in workbook order.
    public let sheets: [SheetInfo]
    /// Whether serials count from 1904-01-01 (old Mac workbooks) instead of 1900.
    public let date1904: Bool
    /// The workbook's defined names in file order (print areas and titles included; these are also on each
    /// sheet's ``SheetLayout/printSetup``).
    public let definedNames: [DefinedName]

    private let archive: ZipArchive
    private let packageRelationships: Relationships
    private let workbookRelationships: Relationships
    private var cachedSharedStrings: [String]?
    /// The runs of the rich shared strings by index, colours resolved; read with the strings when rich text is kept.
    private var cachedSharedRuns: [Int: [TextRun]] = [:]
    private var cachedStyles: Styles?
    private var cachedCellFormats: [CellFormat]?
    private var cachedTheme: Theme?

    /// Opens the package and reads its workbook part.
    /// - Throws: `XLSXError` for a file that is not an XLSX package, is encrypted, damaged, or hostile.
    public init(contentsOf url: URL, options: ReadOptions = ReadOptions()) throws(XLSXError) {
        path = url.path
        self.options = options
        let whole = try FileSignature.check(path: path, maxFileSize: options.maxFileSize)
        archive = try ZipArchive(path: path, options: options, whole: whole)

        packageRelationships = try Relationships.read(for: "", in: archive)
        let workbookPart = try WorkbookReader.findWorkbookPart(in: archive, relationships: packageRelationships)
        let workbook = try WorkbookPart.read(workbookPart, in: archive)
        workbookRelationships = try Relationships.read(for: workbookPart, in: archive)
        date1904 = workbook.date1904
        definedNames = workbook.definedNames
        sheets = workbook.sheets.map { [workbookRelationships] entry in
            let relationship = entry.relationshipID.flatMap { workbookRelationships.byID[$0] }
            let kind: SheetKind
            switch relationship?.type.split(separator: "/").last {
            case "worksheet": kind = .worksheet
            case "chartsheet": kind = .chartsheet
            case nil: kind = .worksheet   // no relationship: reported as a missing part when read
            default: kind = .other
            }
            return SheetInfo(name: entry.name, state: entry.state, kind: kind, part: relationship?.target)
        }
        // Two sheets on one part would read it twice (a 60 KB workbook naming one form 20,001 times cost 11 s
        // and 660 MB); no spreadsheet program writes that.
        var parts: Set<String> = []
        for sheet in sheets {
            guard let part = sheet.part else { continue }
            if !parts.insert(ZipArchive.folded(part)).inserted {
                throw XLSXError(.duplicateSheet, part: part, sheet: sheet.name,
                                detail: "a second sheet is the same part")
            }
        }
    }

    /// The index of the sheet with this name (exact match first, then ignoring case and surrounding spaces).
    public func sheetIndex(named name: String) -> Int? {
        if let index = sheets.firstIndex(where: { $0.name == name }) { return index }
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return sheets.firstIndex { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }

    /// The custom document properties (File › Properties › Custom) by name, each value as its text; empty when
    /// the workbook has none. Read from `docProps/custom.xml` only when asked for.
    ///
    /// ```swift
    /// try reader.customProperties()["jixiao-output"]   // "summary"
    /// ```
    public func customProperties() throws(XLSXError) -> [String: String] {
        guard let part = packageRelationships.first(ofType: "custom-properties")?.target, archive.contains(part) else {
            return [:]
        }
        return try CustomProperties.read(part, in: archive)
    }

    /// The limits and switches this reader was opened with.
    public let options: ReadOptions

    /// Every part of the package with its content type and, where a sheet's relationships (or its drawing's)
    /// lead to it, that sheet; then each sheet's external targets (hyperlinks). Parts are listed, not read:
    /// this costs `[Content_Types].xml` and the sheets' and drawings' relationships.
    ///
    /// ```swift
    /// let charts = try reader.packageParts().filter { $0.relationshipType == "chart" }
    /// charts.first?.sheet   // "Sheet1"
    /// ```
    public func packageParts() throws(XLSXError) -> [PackagePart] {
        let types = try ContentTypes.read(in: archive)
        var owners: [String: (sheet: String?, type: String)] = [:]
        for relationship in workbookRelationships.inOrder where owners[relationship.target] == nil {
            owners[relationship.target] = (nil, Self.lastSegment(relationship.type))
        }
        var external: [PackagePart] = []
        for info in sheets {
            guard let part = info.part else { continue }
            owners[part] = (info.name, owners[part]?.type ?? "worksheet")
            var sources = [part]
            var seen: Set<String> = [part]
            // The sheet's own relationships, then those of the parts it names (a drawing names its charts and
            // pictures, a chart its style and colours).
            while let source = sources.first {
                sources.removeFirst()
                guard archive.contains(Relationships.relationshipsPart(of: source)) else { continue }
                let relationships = try Relationships.read(for: source, in: archive)
                for relationship in relationships.inOrder where seen.insert(relationship.target).inserted {
                    owners[relationship.target] = (info.name, Self.lastSegment(relationship.type))
                    sources.append(relationship.target)
                }
                for relationship in relationships.external {
                    external.append(PackagePart(path: relationship.target, sheet: info.name,
                                                relationshipType: Self.lastSegment(relationship.type),
                                                isExternal: true))
                }
            }
        }
        let listed = archive.entryNames.filter { !$0.hasSuffix("/") }.sorted().map { path in
            PackagePart(path: path, contentType: types.type(of: path), sheet: owners[path]?.sheet,
                        relationshipType: owners[path]?.type)
        }
        return listed + external
    }

    private static func lastSegment(_ type: String) -> String {
        type.split(separator: "/").last.map(String.init) ?? type
    }

    /// Reads one sheet whole: cells, merged ranges and layout.
    public func readSheet(at index: Int) throws(XLSXError) -> Sheet {
        var cells: [Cell] = []
        var blanks: [Cell] = []
        var richTexts: [CellReference: [TextRun]] = [:]
        let keepsBlanks = options.keepsStyledBlanks
        let (merges, layout) = try parseSheet(at: index, onStyledBlank: keepsBlanks ? { blanks.append($0) } : nil,
                                              onRichText: options.keepsRichText ? { richTexts[$0] = $1 } : nil) {
            cells.append($0)
        }
        let info = sheets[index]
        return Sheet(name: info.name, state: info.state, kind: info.kind, cells: cells, merges: merges,
                     date1904: date1904, layout: layout, styledBlanks: blanks, richTexts: richTexts)
    }

    /// Streams one sheet's cells to `body` in file order without keeping them (nor its rows' layout, so memory
    /// stays flat whatever the sheet's size).
    /// - Returns: the sheet's merged ranges.
    @discardableResult
    public func forEachCell(inSheetAt index: Int, _ body: (Cell) -> Void) throws(XLSXError) -> [CellRange] {
        try withoutActuallyEscaping(body) { (escapable) throws(XLSXError) -> [CellRange] in
            try parseSheet(at: index, collectsLayout: false, onCell: escapable).merges
        }
    }

    /// One sheet's layout (widths, heights, views, print setup, validations, comments, conditional formats,
    /// pictures) without keeping its cells.
    ///
    /// ```swift
    /// let layout = try reader.layout(ofSheetAt: 0)
    /// layout.printSetup.orientation   // "landscape"
    /// ```
    public func layout(ofSheetAt index: Int) throws(XLSXError) -> SheetLayout {
        try parseSheet(at: index) { _ in }.layout
    }

    /// Parses one sheet: its cells to `onCell`, its merged ranges and (with `collectsLayout`) its layout with the
    /// comments and print names that belong to it.
    private func parseSheet(at index: Int, collectsLayout: Bool = true, onStyledBlank: ((Cell) -> Void)? = nil,
                            onRichText: ((CellReference, [TextRun]) -> Void)? = nil,
                            onCell: @escaping (Cell) -> Void) throws(XLSXError) -> (merges: [CellRange], layout: SheetLayout) {
        precondition(sheets.indices.contains(index), "sheet index \(index) out of range")
        let info = sheets[index]
        guard info.kind == .worksheet else { return ([], SheetLayout()) }
        guard let part = info.part else {
            throw XLSXError(.missingPart, sheet: info.name, detail: "the sheet has no relationship to a part")
        }
        let strings = try sharedStrings()
        // Runs read inline in the sheet get their colours resolved as the shared ones did.
        let keepRuns = try onRichText.map { keep throws(XLSXError) in
            let palette = try styles().palette
            let theme = theme()
            return { (cell: CellReference, runs: [TextRun]) in keep(cell, Self.resolved(runs, theme: theme, palette: palette)) }
        }
        let parser = WorksheetParser(sheetName: info.name, sharedStrings: strings,
                                     formats: try formats(), collectsRows: collectsLayout,
                                     sharedRuns: onRichText == nil ? [:] : cachedSharedRuns, onRichText: keepRuns,
                                     onStyledBlank: onStyledBlank, onCell: onCell)
        var layout: SheetLayout
        do {
            try XMLPartParser.parse(part, in: archive, delegate: parser, filtersEmptyCells: onStyledBlank == nil)
            guard collectsLayout else { return (parser.merges, SheetLayout()) }
            layout = parser.layout()
            if archive.contains(Relationships.relationshipsPart(of: part)) {
                let relationships = try Relationships.read(for: part, in: archive)
                layout.comments = try comments(relationships)
                if let id = parser.drawingRelationshipID, let drawing = relationships.byID[id]?.target {
                    try readDrawing(drawing, into: &layout)
                }
            }
        } catch {
            throw error.with(sheet: info.name)
        }
        applyPrintNames(sheetAt: index, to: &layout.printSetup)
        if let tab = layout.tabColor { layout.tabColor = tab.resolved(theme: theme(), palette: try styles().palette) }
        if !layout.conditionalFormats.isEmpty { try resolveFormats(of: &layout.conditionalFormats) }
        return (parser.merges, layout)
    }

    /// The comments of a sheet whose relationships are `relationships`, from the comments part they name (none
    /// when they name none, or name a part the package lacks).
    private func comments(_ relationships: Relationships) throws(XLSXError) -> [Comment] {
        guard let target = relationships.first(ofType: "comments")?.target, archive.contains(target) else { return [] }
        return try CommentsPart.read(target, in: archive)
    }

    /// The pictures of a sheet's drawing part with their images, and the kinds of its other objects. A drawing
    /// or image that cannot be read (damaged, missing) leaves ``DrawingObjectKind/unreadable`` or
    /// ``DrawingObjectKind/linkedPicture`` rather than making the sheet unreadable; the read's limits (size,
    /// time) still stop it.
    private func readDrawing(_ part: String, into layout: inout SheetLayout) throws(XLSXError) {
        guard archive.contains(part) else { return }
        let drawing: DrawingPart.Contents
        let images: Relationships
        do {
            drawing = try DrawingPart.read(part, in: archive)
            images = drawing.pictures.isEmpty ? Relationships() : try Relationships.read(for: part, in: archive)
        } catch {
            if Self.stopsTheRead(error) { throw error }
            layout.otherDrawingObjects.append(.unreadable)
            return
        }
        layout.otherDrawingObjects += drawing.others
        for entry in drawing.pictures {
            guard let media = images.byID[entry.imageRelationshipID]?.target, archive.contains(media) else {
                layout.otherDrawingObjects.append(.linkedPicture)
                continue
            }
            do {
                let bytes = try archive.read(media)
                layout.pictures.append(Picture(anchor: entry.anchor, bytes: bytes, size: entry.size, name: entry.name,
                                               description: entry.description, mediaPart: media))
            } catch {
                if Self.stopsTheRead(error) { throw error }
                layout.otherDrawingObjects.append(.unreadable)
            }
        }
    }

    /// Whether an error reading an optional part (a drawing, an image) stops the whole read: the read's own
    /// limits do; damage to the part only loses it.
    private static func stopsTheRead(_ error: XLSXError) -> Bool {
        [.timeLimitExceeded, .entryTooLarge, .fileTooLarge].contains(error.kind)
    }

    /// Puts each rule's differential format (its `dxfId` in the styles part) on it, and resolves the colours of
    /// colour scales and data bars, against the workbook's theme and palette.
    private func resolveFormats(of formats: inout [ConditionalFormat]) throws(XLSXError) {
        let styles = try styles()
        let theme = theme()
        let differential = styles.differentialFormats(theme: theme)
        for index in formats.indices {
            for ruleIndex in formats[index].rules.indices {
                var rule = formats[index].rules[ruleIndex]
                if let id = rule.formatIndex, differential.indices.contains(id) { rule.format = differential[id] }
                if var scale = rule.colorScale {
                    scale.colors = scale.colors.map { $0.resolved(theme: theme, palette: styles.palette) }
                    rule.colorScale = scale
                }
                if var bar = rule.dataBar {
                    bar.color = bar.color?.resolved(theme: theme, palette: styles.palette)
                    rule.dataBar = bar
                }
                formats[index].rules[ruleIndex] = rule
            }
        }
    }

    /// Puts the print area and titles defined for the sheet at `index` (names scoped to it by `localSheetId`) on
    /// its print setup. Areas on another sheet, and names that are not areas, are left on ``definedNames`` only.
    private func applyPrintNames(sheetAt index: Int, to setup: inout PrintSetup) {
        let name = sheets[index].name
        for definedName in definedNames where definedName.sheetIndex == index {
            guard definedName.name == DefinedName.printArea || definedName.name == DefinedName.printTitles,
                  let areas = definedName.areas?.filter({ $0.sheet == nil || $0.sheet == name }) else { continue }
            if definedName.name == DefinedName.printArea {
                setup.printArea = areas.map(\.range)
            } else {
                for area in areas {
                    if area.wholeRows {
                        setup.titleRows = area.range.first.row...area.range.last.row
                    } else if area.wholeColumns {
                        setup.titleColumns = area.range.first.column...area.range.last.column
                    }
                }
            }
        }
    }

    private func sharedStrings() throws(XLSXError) -> [String] {
        if let cachedSharedStrings { return cachedSharedStrings }
        var strings: [String] = []
        if let part = workbookRelationships.first(ofType: "sharedStrings")?.target, archive.contains(part) {
            let keepsRuns = options.keepsRichText
            let table = try SharedStrings.read(part, in: archive, keepsRuns: keepsRuns)
            strings = table.strings
            if !table.runs.isEmpty {
                let palette = try styles().palette
                let theme = theme()
                cachedSharedRuns = table.runs.mapValues { Self.resolved($0, theme: theme, palette: palette) }
            }
        }
        cachedSharedStrings = strings
        return strings
    }

    /// Runs with their font colours resolved against the workbook's theme and palette, as cell fonts are.
    private static func resolved(_ runs: [TextRun], theme: Theme, palette: IndexedPalette) -> [TextRun] {
        runs.map { run in
            guard var font = run.font, let color = font.color else { return run }
            font.color = color.resolved(theme: theme, palette: palette)
            return TextRun(text: run.text, font: font)
        }
    }

    private func formats() throws(XLSXError) -> [NumberFormat] {
        try styles().numberFormats
    }

    private func styles() throws(XLSXError) -> Styles {
        if let cachedStyles { return cachedStyles }
        var styles = Styles()
        if let part = workbookRelationships.first(ofType: "styles")?.target, archive.contains(part) {
            styles = try Styles.read(part, in: archive)
        }
        cachedStyles = styles
        return styles
    }

    /// Every cell format of the workbook (its `cellXfs`), by ``Cell/styleIndex``: font, fill, border,
    /// alignment, protection and number format, colours resolved against the workbook's theme (the Office
    /// theme when it has none, or one that cannot be read). Empty for a workbook without a styles part. Read on
    /// the first call.
    ///
    /// ```swift
    /// let formats = try reader.cellFormats()
    /// try reader.forEachCell(inSheetAt: 0) { cell in
    ///     if formats.indices.contains(cell.styleIndex), formats[cell.styleIndex].font.bold { print(cell.reference) }
    /// }
    /// ```
    public func cellFormats() throws(XLSXError) -> [CellFormat] {
        if let cachedCellFormats { return cachedCellFormats }
        let styles = try styles()
        let formats = styles.cellFormats(theme: styles.cellRecords.isEmpty ? .office : theme())
        cachedCellFormats = formats
        return formats
    }

    /// The workbook's theme, read on the first call. Colours only: a theme part that is missing or cannot be
    /// read (damaged, over a cap) leaves the Office theme's colours rather than making the workbook unreadable.
    private func theme() -> Theme {
        if let cachedTheme { return cachedTheme }
        var theme = Theme.office
        if let part = workbookRelationships.first(ofType: "theme")?.target, archive.contains(part) {
            theme = (try? Theme.read(part, in: archive)) ?? .office
        }
        cachedTheme = theme
        return theme
    }

    /// The workbook part: from the package relationships, else from the content types, else the usual name.
    private static func findWorkbookPart(in archive: ZipArchive, relationships root: Relationships)
        throws(XLSXError) -> String {
        if let target = root.first(ofType: "officeDocument")?.target, archive.contains(target) { return target }
        if let part = try ContentTypes.workbookPart(in: archive), archive.contains(part) { return part }
        if archive.contains("xl/workbook.xml") { return "xl/workbook.xml" }
        throw XLSXError(.missingPart, part: "xl/workbook.xml", detail: "no workbook part in the package")
    }
}
