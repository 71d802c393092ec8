import Foundation
import XLSXReader

/// Compares a workbook with its copy as our reader sees them, and lists every difference as one line
/// (`Sheet1!C5 font.bold: true ≠ false`; rich-text runs compared run by run when the original has them), apart from what libxlsxwriter 1.1.4 cannot write and
/// ``XLSXCopy/WorkbookCopier`` documents (whole-pixel column widths, the default column width, quote prefixes).
///
/// A corrected copy differs on purpose in its changed cells (value, format, comment), named in `except`
/// (`Sheet1!G6`), and in the sheets it adds after the original's (`addedSheets`).
///
/// ```swift
/// WorkbookDifferences(original: original, copy: copy).lines                                   // []
/// WorkbookDifferences(original: original, copy: corrected, except: ["Sheet1!G6"], addedSheets: 1).lines
/// ```
public struct WorkbookDifferences {
    public private(set) var lines: [String] = []
    private let except: Set<String>

    public init(original: Workbook, copy: Workbook, except: Set<String> = [], addedSheets: Int = 0) {
        self.except = except
        let originals = original.sheets.filter { $0.kind == .worksheet }
        note("sheets", originals.map(\.name), Array(copy.sheets.map(\.name).dropLast(addedSheets)))
        // libxlsxwriter selects the first visible sheet's tab when the source selects none.
        let noneSelected = !originals.contains { $0.layout.views.first?.tabSelected ?? false }
        let firstVisible = originals.first { $0.state == .visible }?.name
        for (source, copied) in zip(originals, copy.sheets) {
            var expected = source
            if noneSelected, source.name == firstVisible, !expected.layout.views.isEmpty {
                expected.layout.views[0].tabSelected = true
            }
            compare(expected, copied, original: original, copy: copy)
        }
        let names = { (workbook: Workbook) in
            workbook.definedNames.filter { !$0.name.hasPrefix("_xlnm.") }.map { "\($0.name)@\($0.sheetIndex ?? -1)=\($0.text)" }.sorted()
        }
        note("defined names", names(original), names(copy))
    }

    private mutating func note<T: Equatable>(_ what: String, _ original: T, _ copy: T) {
        if original != copy { lines.append("\(what): \(original) ≠ \(copy)") }
    }

    private mutating func compare(_ source: Sheet, _ copied: Sheet, original: Workbook, copy: Workbook) {
        // A formula saved without its result is copied with the result the reader works out.
        let source = source.evaluatingUncachedFormulas()
        let name = source.name
        note("\(name) state", source.state == .veryHidden ? .hidden : source.state, copied.state)
        // A range overlapping an earlier one cannot be written (a damaged sheet): the copy leaves it unmerged.
        var mergesKept: [CellRange] = []
        for range in source.merges where !mergesKept.contains(where: { Self.overlap($0, range) }) { mergesKept.append(range) }
        note("\(name) merges", Set(mergesKept.map(\.description)), Set(copied.merges.map(\.description)))
        // An empty text is written as an empty cell (libxlsxwriter stores no empty string).
        let except = self.except
        let kept = { (reference: CellReference) in !except.contains("\(name)!\(reference)") }
        let sourceCells = Dictionary(source.cells.filter { ($0.value != .text("") || $0.formula != nil) && kept($0.reference) }
            .map { ($0.reference.description, Self.asWritten($0)) }, uniquingKeysWith: { $1 })
        let copiedCells = Dictionary(copied.cells.filter { kept($0.reference) }.map { ($0.reference.description, $0) },
                                     uniquingKeysWith: { $1 })
        note("\(name) cells", Set(sourceCells.keys), Set(copiedCells.keys))
        for (reference, cell) in sourceCells {
            guard let other = copiedCells[reference] else { continue }
            note("\(name)!\(reference) formula", cell.formula, other.formula)
            note("\(name)!\(reference) value", Self.comparable(cell.value), Self.comparable(other.value))
            compareFormats(original.format(of: cell), copy.format(of: other), at: "\(name)!\(reference)")
            if cell.formula == nil, let runs = source.richTexts[cell.reference] {
                compareRuns(runs, in: original.format(of: cell).font, with: copied.richTexts[other.reference],
                            in: copy.format(of: other).font, at: "\(name)!\(reference)")
            }
        }
        // Styled blanks that show something (a border, a fill, a format other than Normal's).
        let copiedBlanks = Dictionary(copied.styledBlanks.map { ($0.reference.description, $0) }, uniquingKeysWith: { $1 })
        for blank in source.styledBlanks where blank.styleIndex != 0 && sourceCells[blank.reference.description] == nil
            && kept(blank.reference) {
            let reference = blank.reference.description
            guard let other = copiedBlanks[reference] else {
                lines.append("\(name)!\(reference) styled blank missing")
                continue
            }
            compareFormats(original.format(of: blank), copy.format(of: other), at: "\(name)!\(reference)")
        }
        compareLayout(source.layout, copied.layout, sheet: name, original: original, copy: copy)
    }

    private static func overlap(_ a: CellRange, _ b: CellRange) -> Bool {
        a.first.row <= b.last.row && b.first.row <= a.last.row && a.first.column <= b.last.column && b.first.column <= a.last.column
    }

    /// A cell as libxlsxwriter 1.1.4 can write it (``WorkbookCopier``'s documented approximations): a formula's
    /// cached boolean, error or missing result as text, an error value as the formula of that error, an ISO date
    /// as its text.
    private static func asWritten(_ cell: Cell) -> Cell {
        var cell = cell
        switch (cell.formula, cell.value) {
        case (_?, .boolean(let value)): cell.value = .text(value ? "TRUE" : "FALSE")
        case (_?, .error(let code)): cell.value = .text(code)
        case (_?, .empty): cell.value = .text("")
        case (nil, .error(let code)):
            cell.formula = code
            cell.value = .text(code)
        case (_, .isoDate(let text)): cell.value = .text(text)
        default: break
        }
        return cell
    }

    /// A cell's rich-text runs against the copy's, text and font run by run, as libxlsxwriter 1.1.4 writes them:
    /// empty runs dropped, fewer than two runs left written as plain text, no charset or scheme in a run's font.
    /// A run that states no font shows in the cell's, on either side.
    private mutating func compareRuns(_ runs: [TextRun], in cellFont: Font, with copied: [TextRun]?, in copiedCellFont: Font,
                                      at place: String) {
        let written = runs.filter { !$0.text.isEmpty }
        guard written.count >= 2 else { return }
        guard let copied else {
            lines.append("\(place) runs missing")
            return
        }
        let shown = { (runs: [TextRun], cellFont: Font) in
            runs.map { run -> String in
                let font = run.font ?? cellFont
                return "\(run.text) [\(font.name ?? "-") \(font.size ?? 11) b\(font.bold) i\(font.italic) "
                    + "u\(font.underline) s\(font.strike) \(font.color?.argb ?? 0xFF00_0000) "
                    + "\(font.verticalAlign ?? "baseline") f\(font.family ?? 0)]"
            }
        }
        note("\(place) runs", shown(written, cellFont), shown(copied, copiedCellFont))
    }

    /// Numbers by the double they hold, written as libxlsxwriter writes them (16 significant digits).
    private static func comparable(_ value: CellValue) -> String {
        switch value {
        case .number(let text): String(format: "%.16G", Double(text) ?? .nan)
        default: "\(value)"
        }
    }

    private mutating func compareFormats(_ a: CellFormat, _ b: CellFormat, at place: String) {
        note("\(place) numberFormat", a.numberFormat.code, b.numberFormat.code)
        if a.numberFormat.code != nil, a.numberFormat.id < 164 { note("\(place) numberFormat.id", a.numberFormat.id, b.numberFormat.id) }
        note("\(place) font.name", a.font.name, b.font.name)
        note("\(place) font.size", a.font.size, b.font.size)
        note("\(place) font.bold", a.font.bold, b.font.bold)
        note("\(place) font.italic", a.font.italic, b.font.italic)
        note("\(place) font.underline", a.font.underline, b.font.underline)
        note("\(place) font.strike", a.font.strike, b.font.strike)
        // An unstated font colour shows the theme's text colour, which libxlsxwriter states.
        note("\(place) font.color", a.font.color?.argb ?? 0xFF00_0000, b.font.color?.argb ?? 0xFF00_0000)
        note("\(place) font.verticalAlign", a.font.verticalAlign, b.font.verticalAlign)
        // An unstated family is written as 0 ("not applicable"): libxlsxwriter always states one.
        note("\(place) font.family", a.font.family ?? 0, b.font.family ?? 0)
        // libxlsxwriter 1.1.4 writes no charset and no shadow, and gives Calibri the minor scheme.
        if a.font.name != "Calibri" { note("\(place) font.scheme", a.font.scheme, b.font.scheme) }
        note("\(place) font.effects", [a.font.outline, a.font.condense, a.font.extend],
             [b.font.outline, b.font.condense, b.font.extend])
        note("\(place) fill.pattern", a.fill.pattern, b.fill.pattern)
        if a.fill.pattern != .none {
            note("\(place) fill.foreground", a.fill.foreground?.argb, b.fill.foreground?.argb)
            if a.fill.pattern != .solid { note("\(place) fill.background", a.fill.background?.argb, b.fill.background?.argb) }
        }
        let sides: [(String, KeyPath<Border, BorderSide>)] = [("left", \.left), ("right", \.right), ("top", \.top),
                                                              ("bottom", \.bottom), ("diagonal", \.diagonal)]
        for (label, side) in sides where label != "diagonal" || a.border.diagonalUp || a.border.diagonalDown {
            note("\(place) border.\(label)", a.border[keyPath: side].style, b.border[keyPath: side].style)
            if a.border[keyPath: side].style != .none {
                note("\(place) border.\(label).color", a.border[keyPath: side].color?.argb ?? 0xFF00_0000,
                     b.border[keyPath: side].color?.argb ?? 0xFF00_0000)
            }
        }
        note("\(place) border.diagonals", [a.border.diagonalUp, a.border.diagonalDown], [b.border.diagonalUp, b.border.diagonalDown])
        var alignment = a.alignment
        alignment.justifyLastLine = b.alignment.justifyLastLine
        alignment.relativeIndent = b.alignment.relativeIndent
        note("\(place) alignment", alignment, b.alignment)
        note("\(place) protection", a.protection, b.protection)
    }

    private mutating func compareLayout(_ a: SheetLayout, _ b: SheetLayout, sheet: String, original: Workbook,
                                        copy: Workbook) {
        // Columns: each stated column's width to the pixel, visibility, outline and style.
        for info in a.columns {
            for column in info.firstColumn...min(info.lastColumn, info.firstColumn + 64) {
                guard let other = b.columns.first(where: { $0.contains(column) }) else {
                    lines.append("\(sheet) column \(column) missing")
                    continue
                }
                if let width = info.width, let copied = other.width, abs(width - copied) > 1.0 / 7 + 1.0 / 256 {
                    lines.append("\(sheet) column \(column) width: \(width) ≠ \(copied)")
                }
                note("\(sheet) column \(column) hidden", info.hidden, other.hidden)
                note("\(sheet) column \(column) outline", info.outlineLevel, other.outlineLevel)
                if let style = info.style, original.cellFormats.indices.contains(style) {
                    // A style equal to the writer's Normal is written as none.
                    let copiedStyle = other.style ?? 0
                    compareFormats(original.cellFormats[style], copy.cellFormats[copiedStyle], at: "\(sheet) column \(column)")
                }
            }
        }
        for info in a.rows where info.height != nil || info.hidden || info.outlineLevel > 0 {
            let other = b.rowInfo(info.row)
            note("\(sheet) row \(info.row + 1) height", info.height ?? a.defaultRowHeight, other?.height ?? b.defaultRowHeight)
            note("\(sheet) row \(info.row + 1) hidden", info.hidden, other?.hidden ?? false)
            note("\(sheet) row \(info.row + 1) outline", info.outlineLevel, other?.outlineLevel ?? 0)
        }
        note("\(sheet) rowsHiddenByDefault", a.rowsHiddenByDefault, b.rowsHiddenByDefault)
        if let view = a.views.first, let copied = b.views.first {
            note("\(sheet) zoom", view.zoomScale ?? 100, copied.zoomScale ?? 100)
            note("\(sheet) gridlines", view.showGridLines, copied.showGridLines)
            note("\(sheet) zeros", view.showZeros, copied.showZeros)
            note("\(sheet) rightToLeft", view.rightToLeft, copied.rightToLeft)
            note("\(sheet) tabSelected", view.tabSelected, copied.tabSelected)
            note("\(sheet) frozen", view.pane?.isFrozen ?? false, copied.pane?.isFrozen ?? false)
            if view.pane?.isFrozen ?? false {
                note("\(sheet) pane", [view.pane?.xSplit ?? 0, view.pane?.ySplit ?? 0], [copied.pane?.xSplit ?? 0, copied.pane?.ySplit ?? 0])
                note("\(sheet) pane topLeft", view.pane?.topLeftCell, copied.pane?.topLeftCell)
            }
            note("\(sheet) activeCell", view.activeCell ?? CellReference(row: 0, column: 0),
                 copied.activeCell ?? CellReference(row: 0, column: 0))
        }
        note("\(sheet) tabColor", a.tabColor?.argb, b.tabColor?.argb)
        let p = a.printSetup, q = b.printSetup
        note("\(sheet) orientation", p.orientation ?? "portrait", q.orientation ?? "portrait")
        if let paper = p.paperSize { note("\(sheet) paper", paper, q.paperSize) }
        note("\(sheet) scale", p.fitToPage ? nil : p.scale.flatMap { $0 == 100 ? nil : $0 }, q.fitToPage ? nil : q.scale.flatMap { $0 == 100 ? nil : $0 })
        note("\(sheet) fitToPage", p.fitToPage, q.fitToPage)
        if p.fitToPage { note("\(sheet) fitTo", [p.fitToWidth ?? 1, p.fitToHeight ?? 1], [q.fitToWidth ?? 1, q.fitToHeight ?? 1]) }
        note("\(sheet) firstPage", p.useFirstPageNumber ? p.firstPageNumber : nil, q.useFirstPageNumber ? q.firstPageNumber : nil)
        note("\(sheet) pageOrder", p.pageOrder ?? "downThenOver", q.pageOrder ?? "downThenOver")
        note("\(sheet) printGridLines", p.printGridLines, q.printGridLines)
        note("\(sheet) printHeadings", p.printHeadings, q.printHeadings)
        note("\(sheet) centred", [p.horizontalCentered, p.verticalCentered], [q.horizontalCentered, q.verticalCentered])
        note("\(sheet) margins", p.margins ?? PageMargins(), q.margins ?? PageMargins())
        note("\(sheet) header", p.headerFooter?.oddHeader, q.headerFooter?.oddHeader)
        note("\(sheet) footer", p.headerFooter?.oddFooter, q.headerFooter?.oddFooter)
        note("\(sheet) rowBreaks", p.rowBreaks, q.rowBreaks)
        note("\(sheet) columnBreaks", p.columnBreaks, q.columnBreaks)
        note("\(sheet) printArea", p.printArea.first, q.printArea.first)
        note("\(sheet) titleRows", p.titleRows, q.titleRows)
        note("\(sheet) titleColumns", p.titleColumns, q.titleColumns)
        let rules = { (layout: SheetLayout) in
            layout.dataValidations.flatMap { rule in
                rule.ranges.map { range -> String in
                    var one = rule
                    one.ranges = [range]
                    // Only a between rule uses its second formula, and a list or custom rule no operator.
                    if one.type == "list" || one.type == "custom" || one.type == nil { one.operator = nil }
                    if one.operator == "between" { one.operator = nil }
                    if one.errorStyle == "stop" { one.errorStyle = nil }
                    if one.operator != nil && one.operator != "notBetween" || one.type == "list" || one.type == "custom" {
                        one.formula2 = nil
                    }
                    return "\(one)"
                }
            }.sorted()
        }
        note("\(sheet) validations", rules(a), rules(b))
        // A comment without an author comes back with an empty one.
        let except = self.except
        let comments = { (layout: SheetLayout) in
            layout.comments.filter { !except.contains("\(sheet)!\($0.cell)") }
                .map { "\($0.cell) \($0.author ?? "") \($0.text)" }.sorted()
        }
        note("\(sheet) comments", comments(a), comments(b))
        note("\(sheet) autoFilter", a.autoFilter, b.autoFilter)
        note("\(sheet) protected", a.isProtected, b.isProtected)
    }
}
