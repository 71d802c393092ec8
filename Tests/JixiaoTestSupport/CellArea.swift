import XLSXReader

/// The area cells take on a rendered page, in pixels at a given resolution, from the sheet's column widths and
/// row heights: the allowance a page comparison gives the cells a change was meant to touch. Knows nothing of
/// the form.
///
/// Widths are Excel's character units as the file writes them (padding included); at 96 dpi a width `w` is
/// `trunc((256 w + trunc(128 / 7)) / 256 × 7)` pixels (ECMA-376 §18.3.1.13, maximum digit width 7 px for
/// Calibri 11), the inverse of the `trunc((chars × 7 + 5) / 7 × 256) / 256` rule that gives a width from
/// characters; a column without a width is the sheet's default width, or Excel's 64 px. Heights are points
/// (1/72 inch), 15 when unstated. Hidden rows and columns take none. A cell in a merge counts the whole merge.
/// A stated print scale above 100 % enlarges the area; fitting to a page only shrinks, so the unscaled area
/// bounds it.
///
/// ```swift
/// let sheet = try Workbook(contentsOf: url).sheets[0]
/// CellArea.pixels(of: ["G6"], in: sheet, dpi: 96)        // 2464: 84 px (width 12) × 29.3 px (22 pt)
/// CellArea.columnPixels(width: 9.140625)                   // 64
/// ```
public enum CellArea {
    /// Excel's default column (8.43 characters of Calibri 11) in pixels at 96 dpi.
    public static let defaultColumnPixels = 64

    /// The pixels at 96 dpi of a column `width` characters wide as the file states it.
    public static func columnPixels(width: Double) -> Int {
        Int((((256 * width).rounded(.towardZero) + Double(128 / 7)) / 256 * 7).rounded(.towardZero))
    }

    /// The width a file states for a column of `characters` digits (XlsxWriter's and Excel's rule).
    public static func fileWidth(characters: Double) -> Double {
        ((characters * 7 + 5) / 7 * 256).rounded(.towardZero) / 256
    }

    /// The area in pixels at `dpi` of the cells named (`"G6"`, or ranges `"H6:I6"`), each merge counted once.
    /// Names that are not references are ignored.
    public static func pixels(of references: [String], in sheet: Sheet, dpi: Int) -> Int {
        var cells = Set<CellReference>()
        for name in references {
            guard let range = CellRange(name) ?? CellReference(name).map({ CellRange(first: $0, last: $0) }) else { continue }
            for row in range.first.row...range.last.row {
                for column in range.first.column...range.last.column {
                    let cell = CellReference(row: row, column: column)
                    let merge = sheet.merges.first { $0.contains(cell) } ?? CellRange(first: cell, last: cell)
                    for r in merge.first.row...merge.last.row {
                        for c in merge.first.column...merge.last.column { cells.insert(CellReference(row: r, column: c)) }
                    }
                }
            }
        }
        let layout = sheet.layout
        let scale = layout.printSetup.fitToPage ? 1 : max(1, Double(layout.printSetup.scale ?? 100) / 100)
        let perInch = Double(dpi) * scale
        var area = 0.0
        for cell in cells where !layout.isRowHidden(cell.row) && !layout.isColumnHidden(cell.column) {
            // (pixels at 96 dpi ÷ 96) × (points ÷ 72) square inches, at perInch² pixels each: one division, so
            // a whole number of pixels stays whole.
            let points = layout.rowInfo(cell.row)?.height ?? layout.defaultRowHeight ?? 15
            area += Double(columnPixels96(cell.column, layout)) * points * perInch * perInch / (96 * 72)
        }
        return Int(area.rounded(.up))
    }

    private static func columnPixels96(_ column: Int, _ layout: SheetLayout) -> Int {
        if let width = layout.columns.last(where: { $0.contains(column) })?.width { return columnPixels(width: width) }
        if let width = layout.defaultColumnWidth { return columnPixels(width: width) }
        return defaultColumnPixels
    }
}
