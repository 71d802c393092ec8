import JixiaoForm
import XLSXReader

/// One sheet drawn as an HTML `<table>`, as the reader saw it: column letters and row numbers, merged ranges
/// as `rowspan`/`colspan` (the cells a merge covers left out), each cell's text as the sheet shows it
/// (``CellText``), bold and alignment as classes, column widths as a class scale in a `<colgroup>`, hidden
/// rows and columns drawn but marked, and the cells findings name highlighted.
///
/// Every drawn cell has an id (`c-E6`, after ``cellID(_:prefix:)``) so a finding's link scrolls to it; a
/// highlighted cell carries `class="finding error"` (its gravest finding's severity), `data-finding` (the
/// first finding's number) and `data-findings` (all of them). A sheet larger than ``Limits`` is drawn up to
/// them, and the page says so. All text is escaped: no attribute carries a style or a handler.
///
/// ```swift
/// let workbook = try Workbook(contentsOf: url)
/// let html = SheetTable.html(workbook.sheets[0], in: workbook,
///                            highlights: [CellHighlight(sheet: "Sheet1", cell: "E6", severity: "warning", finding: 0)],
///                            words: try PageWords.standard(.zh))
/// // <table class="sheet" …><td id="c-E6" class="al-r finding warning" data-finding="0" …>353.99</td>…
/// ```
enum SheetTable {
    /// How much of a sheet is drawn.
    struct Limits: Sendable {
        var rows: Int
        var columns: Int

        /// 1,000 rows and 60 columns: a form has about 40 rows and 6 columns; anything far larger is no form.
        static let standard = Limits(rows: 1_000, columns: 60)

        /// Whether a cell falls in the part drawn.
        func contains(_ reference: CellReference) -> Bool { reference.row < rows && reference.column < columns }
    }

    /// The id of a drawn cell: `c-E6` (the prefix tells sheets apart when a page draws more than one).
    static func cellID(_ cell: String, prefix: String = "c-") -> String { prefix + cell }

    /// The id prefix of the sheet a page draws at `index` (0-based): `c-` for the first (`c-E6`), `s2-` for the
    /// second (`s2-E6`) and so on, so a page drawing several sheets has no id twice.
    static func idPrefix(forSheetAt index: Int) -> String { index == 0 ? "c-" : "s\(index + 1)-" }

    /// Where a finding's cell is on a page that draws `sheets` in this order, each with
    /// ``idPrefix(forSheetAt:)``: its id, nil for a sheet not drawn or a cell beyond `limits`. The ``FindingList``
    /// takes it as its `cellID`.
    ///
    /// ```swift
    /// let ids = SheetTable.cellIDs(drawing: ["自评表", "评分表"])
    /// ids("评分表", "D9")   // "s2-D9"
    /// ids("说明", "A1")     // nil
    /// ```
    static func cellIDs(drawing sheets: [String], limits: Limits = .standard) -> @Sendable (String, String) -> String? {
        var prefixes: [String: String] = [:]
        for (index, sheet) in sheets.enumerated() where prefixes[sheet] == nil { prefixes[sheet] = idPrefix(forSheetAt: index) }
        return { [prefixes] sheet, cell in
            guard let prefix = prefixes[sheet], let reference = CellReference(cell), limits.contains(reference) else { return nil }
            return cellID(reference.description, prefix: prefix)
        }
    }

    /// The sheet as an HTML table (with a note above it when it was cut to `limits`).
    static func html(_ sheet: Sheet, in workbook: Workbook, highlights: [CellHighlight], words: PageWords,
                     idPrefix: String = "c-", limits: Limits = .standard) -> String {
        // The extent: the last row and column holding a cell or a merge.
        var lastRow = -1, lastColumn = -1
        for cell in sheet.cells {
            lastRow = max(lastRow, cell.row)
            lastColumn = max(lastColumn, cell.column)
        }
        for merge in sheet.merges {
            lastRow = max(lastRow, merge.last.row)
            lastColumn = max(lastColumn, merge.last.column)
        }
        let caption = HTML.element("caption", [:], HTML.text(words(.sheetHeading, ["name": sheet.name])))
        guard lastRow >= 0 else {
            return HTML.element("p", ["class": "note"], HTML.text(words[.sheetEmpty]))
        }
        let rows = min(lastRow + 1, limits.rows), columns = min(lastColumn + 1, limits.columns)

        // The drawn cells, by position in the drawn area.
        var cells: [Int: Cell] = [:]
        for cell in sheet.cells where cell.row < rows && cell.column < columns {
            cells[cell.row * columns + cell.column] = cell
        }
        // Merges clipped to the drawn area: spans by anchor, each covered position with its anchor (left out of
        // the table). A merge overlapping one already placed (a broken file) is ignored; a file of countless
        // overlapping merges stops being looked at after a few passes over the drawn area's cells.
        var spans: [Int: (rows: Int, columns: Int)] = [:]
        var anchors: [Int: Int] = [:]
        var budget = 4 * rows * columns
        merging: for merge in sheet.merges where merge.first.row < rows && merge.first.column < columns {
            let anchor = merge.first.row * columns + merge.first.column
            guard anchors[anchor] == nil, spans[anchor] == nil else { continue }
            let lastMergeRow = min(merge.last.row, rows - 1), lastMergeColumn = min(merge.last.column, columns - 1)
            var positions: [Int] = []
            for row in merge.first.row...lastMergeRow {
                for column in merge.first.column...lastMergeColumn {
                    budget -= 1
                    if budget < 0 { break merging }
                    let position = row * columns + column
                    if anchors[position] != nil || spans[position] != nil { continue merging }
                    positions.append(position)
                }
            }
            guard positions.count > 1 else { continue }
            spans[anchor] = (lastMergeRow - merge.first.row + 1, lastMergeColumn - merge.first.column + 1)
            for position in positions.dropFirst() { anchors[position] = anchor }
        }
        // Highlights by drawn position: a cell inside a merge marks the merge's anchor.
        var marks: [Int: [CellHighlight]] = [:]
        for highlight in highlights where highlight.sheet == sheet.name {
            guard let reference = CellReference(highlight.cell), reference.row < rows, reference.column < columns else {
                continue
            }
            let position = reference.row * columns + reference.column
            marks[anchors[position] ?? position, default: []].append(highlight)
        }

        let layout = sheet.layout
        var html = ""
        if lastRow + 1 > rows || lastColumn + 1 > columns {
            html += HTML.element("p", ["class": "note truncated"], HTML.text(words(.sheetTruncated, [
                "rows": String(rows), "columns": String(columns),
                "allRows": String(lastRow + 1), "allColumns": String(lastColumn + 1),
            ])))
        }
        html += HTML.openingTag("div", ["class": "sheet-scroll"])
        html += HTML.openingTag("table", ["class": "sheet", "data-sheet": sheet.name]) + caption
        html += "<colgroup>" + HTML.openingTag("col", ["class": "rh"])
        for column in 0..<columns {
            let hidden = layout.isColumnHidden(column)
            html += HTML.openingTag("col", ["class": widthClass(layout, column) + (hidden ? " hidden-col" : "")])
        }
        html += "</colgroup><thead><tr>" + HTML.element("th", ["class": "corner"])
        for column in 0..<columns {
            let hidden = layout.isColumnHidden(column)
            html += HTML.element("th", ["scope": "col", "class": hidden ? "ch hidden-col" : "ch",
                                        "title": hidden ? words[.hiddenColumn] : nil],
                                 CellReference.columnName(column))
        }
        html += "</tr></thead><tbody>"
        for row in 0..<rows {
            let hiddenRow = layout.isRowHidden(row)
            html += HTML.openingTag("tr", ["class": hiddenRow ? "hidden-row" : nil])
            html += HTML.element("th", ["scope": "row", "class": "rh", "title": hiddenRow ? words[.hiddenRow] : nil],
                                 String(row + 1))
            for column in 0..<columns {
                let position = row * columns + column
                if anchors[position] != nil { continue }
                let reference = CellReference(row: row, column: column).description
                let cell = cells[position]
                var classes = cell.map { formatClasses($0, in: workbook) } ?? []
                if layout.isColumnHidden(column) { classes.append("hidden-col") }
                var findingNumbers: String?, firstFinding: String?
                if let found = marks[position] {
                    let gravest = found.max { CellHighlight.rank($0.severity) < CellHighlight.rank($1.severity) }!
                    classes += ["finding", CellHighlight.rank(gravest.severity) > 0 ? gravest.severity : "error"]
                    firstFinding = String(found[0].finding)
                    findingNumbers = found.map { String($0.finding) }.joined(separator: " ")
                }
                let span = spans[position]
                html += HTML.element("td", [
                    "id": cellID(reference, prefix: idPrefix),
                    "class": classes.isEmpty ? nil : classes.joined(separator: " "),
                    "rowspan": span.flatMap { $0.rows > 1 ? String($0.rows) : nil },
                    "colspan": span.flatMap { $0.columns > 1 ? String($0.columns) : nil },
                    "data-finding": firstFinding,
                    "data-findings": findingNumbers,
                ], cell.map { HTML.text(CellText.shown($0, date1904: sheet.date1904)) } ?? "")
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// The classes that carry a cell's look: bold, italic, horizontal and vertical alignment, wrapping.
    static func formatClasses(_ cell: Cell, in workbook: Workbook) -> [String] {
        let format = workbook.format(of: cell)
        var classes: [String] = []
        if format.font.bold { classes.append("b") }
        if format.font.italic { classes.append("i") }
        switch format.alignment.horizontal {
        case .left: classes.append("al-l")
        case .center, .centerContinuous, .distributed: classes.append("al-c")
        case .right: classes.append("al-r")
        case .justify: classes.append("al-j")
        case .fill: break
        case .general:
            // General aligns numbers right and text left, as Excel does.
            if cell.value.isNumber || cell.value.isBoolean || cell.value.isError { classes.append("al-r") }
        }
        switch format.alignment.vertical {
        case .top: classes.append("va-t")
        case .center, .justify, .distributed: classes.append("va-m")
        default: break
        }
        return classes
    }

    /// The width classes, narrowest first, and the widest column (in Excel's character units) each stands for.
    static let widthScale: [(name: String, atMost: Double)] = [
        ("cw-4", 4), ("cw-6", 6), ("cw-9", 9), ("cw-12", 12), ("cw-16", 16), ("cw-20", 20), ("cw-26", 26),
        ("cw-34", 34), ("cw-44", 44), ("cw-60", .infinity),
    ]

    /// The width class of a column, from its `<col>` width or the sheet's default.
    static func widthClass(_ layout: SheetLayout, _ column: Int) -> String {
        let width = layout.columns.last { $0.contains(column) }?.width ?? layout.defaultColumnWidth ?? 8.43
        return widthScale.first { width <= $0.atMost }!.name
    }
}
