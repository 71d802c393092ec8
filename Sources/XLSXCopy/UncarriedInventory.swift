import XLSXReader

/// Works out what a copy leaves out, from the package listing (``Workbook/packageParts``), the sheets' unread
/// elements (``SheetLayout/unreadElements``) and their cell formats: never a silent drop.
///
/// Carried (so not listed): the workbook, styles, shared strings, worksheets, comments and the VML drawing that
/// shows them, pictures with their drawing and media parts, conditional formats, the theme (colours are written
/// as the RGB they resolve to), calculation chain, core, app and custom properties, and relationship parts. A
/// drawing's other objects are listed one by one (``SheetLayout/otherDrawingObjects``), a chart by its part.
enum UncarriedInventory {
    static func parts(of workbook: Workbook) -> [UncarriedPart] {
        var found: [UncarriedPart] = []
        let sheetsWithComments = Set(workbook.sheets.filter { !$0.layout.comments.isEmpty }.map(\.name))
        for part in workbook.packageParts {
            guard let kind = kind(of: part, sheetsWithComments: sheetsWithComments) else { continue }
            found.append(UncarriedPart(kind: kind, sheet: part.sheet, part: part.path))
        }
        if carriedCustomProperties(of: workbook).count < workbook.customProperties.count {
            found.append(UncarriedPart(kind: .documentProperties, part: "docProps/custom.xml"))
        }
        for sheet in workbook.sheets {
            for object in sheet.layout.otherDrawingObjects where object != .chart {
                found.append(UncarriedPart(kind: object == .linkedPicture ? .image : .drawing, sheet: sheet.name,
                                           part: object.rawValue))
            }
            for element in sheet.layout.unreadElements {
                switch element {
                case "conditionalFormatting":
                    // Excel 2010's extended conditional formats (`x14:`); the plain ones are carried.
                    found.append(UncarriedPart(kind: .conditionalFormat, sheet: sheet.name))
                case "hyperlink":
                    // External links are listed from the relationships; an internal one has none.
                    if !found.contains(where: { $0.kind == .hyperlink && $0.sheet == sheet.name }) {
                        found.append(UncarriedPart(kind: .hyperlink, sheet: sheet.name))
                    }
                case "oleObject":
                    if !found.contains(where: { $0.kind == .oleObject && $0.sheet == sheet.name }) {
                        found.append(UncarriedPart(kind: .oleObject, sheet: sheet.name))
                    }
                case "slicerList", "timelineRefs":
                    if !found.contains(where: { $0.kind == .slicer && $0.sheet == sheet.name }) {
                        found.append(UncarriedPart(kind: .slicer, sheet: sheet.name))
                    }
                default:
                    found.append(UncarriedPart(kind: .sheetFeature, sheet: sheet.name, part: element))
                }
            }
            let styles = Set(sheet.cells.map(\.styleIndex) + sheet.styledBlanks.map(\.styleIndex))
            if styles.contains(where: { workbook.cellFormats.indices.contains($0) && workbook.cellFormats[$0].fill.isGradient }) {
                found.append(UncarriedPart(kind: .gradientFill, sheet: sheet.name, part: "xl/styles.xml"))
            }
        }
        return found
    }

    /// The custom properties the writer can hold: names and values of at most 255 characters without control
    /// characters (Excel's limits, which a program may exceed).
    static func carriedCustomProperties(of workbook: Workbook) -> [String: String] {
        workbook.customProperties.filter { name, value in
            name.utf16.count <= 255 && value.utf16.count <= 255
                && !(name + value).unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
        }
    }

    /// The kind of a part the copy does not carry; nil for one it carries (or that belongs to one it lists).
    private static func kind(of part: PackagePart, sheetsWithComments: Set<String>) -> UncarriedPart.Kind? {
        let path = part.path.lowercased()
        let type = part.contentType ?? ""
        if part.isExternal {
            return part.relationshipType == "hyperlink" ? .hyperlink : .externalLink
        }
        switch part.relationshipType {
        case "hyperlink": return .hyperlink
        case "chartsheet": return .chartSheet
        case "worksheet": return nil
        case "dialogsheet", "macrosheet", "xlMacrosheet", "xlIntlMacrosheet": return .other
        default: break
        }
        // Pictures are carried with their drawing; what else a drawing holds is listed from the sheet's layout.
        if path.hasPrefix("xl/media/") || type.hasPrefix("image/") { return nil }
        if path.hasPrefix("xl/charts/") {
            // A chart's style and colour parts go with the chart.
            return type.hasSuffix("drawingml.chart+xml") || part.relationshipType == "chart" ? .chart : nil
        }
        if path.hasPrefix("xl/drawings/") {
            if path.contains("/_rels/") { return nil }
            if path.hasSuffix(".vml") {
                // The VML drawing of a sheet's comments is written anew; any other shows controls or pictures.
                if let sheet = part.sheet, sheetsWithComments.contains(sheet) { return nil }
                return .drawing
            }
            return nil
        }
        if path.contains("/_rels/") || path.hasPrefix("_rels/") { return nil }
        if path.hasPrefix("xl/pivottables/") || path.hasPrefix("xl/pivotcache/") { return .pivotTable }
        if path.hasPrefix("xl/tables/") { return .table }
        if path.hasSuffix("vbaproject.bin") || path.hasSuffix("vbaprojectsignature.bin") { return .vbaProject }
        if path.hasPrefix("xl/externallinks/") { return .externalLink }
        if path.hasPrefix("xl/slicers/") || path.hasPrefix("xl/slicercaches/") || path.hasPrefix("xl/timeline") {
            return .slicer
        }
        if path.hasPrefix("xl/embeddings/") || path.hasPrefix("xl/activex/") { return .oleObject }
        let carried = ["[content_types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/sharedstrings.xml",
                       "xl/calcchain.xml", "docprops/core.xml", "docprops/app.xml", "docprops/custom.xml"]
        if carried.contains(path) || path.hasPrefix("xl/worksheets/") || path.hasPrefix("xl/theme/")
            || path.hasPrefix("xl/comments") || part.relationshipType == "comments" {
            return nil
        }
        return .other
    }
}
