import CXlsxWriter

/// Merges, column widths, row heights, frozen panes and the autofilter.
extension WorksheetWriter {
    /// Merges a range and writes `text` in it with `style` (the style applies to the whole range, borders
    /// included). For a number or formula in a merged range, merge first, then write the top-left cell with
    /// the same style.
    /// - Throws: `.invalidMerge` for a single cell, `.overlappingMerge` when it overlaps an earlier merge
    ///   (libxlsxwriter 1.1.4 would accept it and Excel would repair the file), `.cellOutOfRange`, text errors.
    ///
    /// ```swift
    /// try sheet.mergeCells(CellRect("A1:F1")!, text: "部门整体支出绩效自评表", style: title)
    /// try sheet.mergeCells(CellRect("C5:D5")!, style: amount)
    /// try sheet.writeNumber(Decimal(string: "1505.02")!, row: 4, column: 2, style: amount)
    /// ```
    public func mergeCells(_ range: CellRect, text: String = "", style: CellStyle? = nil) throws(XLSXWriterError) {
        try configuring(place: range.description) { sheet throws(XLSXWriterError) in
            let bounds = try GridBounds.rect(range)
            if range.isSingleCell {
                throw XLSXWriterError(.invalidMerge, detail: "a merge needs at least two cells")
            }
            if let clash = workbook.sheets[index].merges.firstOverlap(with: range) {
                throw XLSXWriterError(.overlappingMerge, detail: "overlaps the merge \(clash)")
            }
            try TextRules.check(text, label: "merged cell text", maxLength: ExcelLimits.cellTextLength, placement: .cell)
            let format = try workbook.format(for: style)
            let encoded = CellTextEncoding.encode(text)
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_merge_range(sheet, bounds.firstRow, bounds.firstColumn, bounds.lastRow, bounds.lastColumn,
                                      encoded, format)
            }
            workbook.sheets[index].merges.add(range)
        }
    }

    /// The merged ranges made so far, in order.
    public var mergedRanges: [CellRect] { workbook.sheets[index].merges.all }

    /// Sets the width of one or more columns, in characters of the default font (Excel's unit).
    /// - Parameters:
    ///   - width: 0–255; nil keeps the default width (8.43) while setting the style or hiding.
    ///   - columns: 0-based columns, such as `0...0` or `2...5`.
    ///   - style: a default style for the columns' empty cells.
    ///   - hidden: hides the columns.
    ///   - outlineLevel: the columns' outline (grouping) level, 0–7.
    ///   - collapsed: the outline group ending here is collapsed.
    /// - Throws: `.invalidDimension`, `.cellOutOfRange`, the style's errors.
    ///
    /// ```swift
    /// try sheet.setColumnWidth(36, columns: 0...0)
    /// try sheet.setColumnWidth(14.5, columns: 1...5)
    /// ```
    public func setColumnWidth(_ width: Double?, columns: ClosedRange<Int>, style: CellStyle? = nil,
                               hidden: Bool = false, outlineLevel: Int = 0, collapsed: Bool = false) throws(XLSXWriterError) {
        let place = CellName.column(columns.lowerBound) + ":" + CellName.column(columns.upperBound)
        try configuring(place: place) { sheet throws(XLSXWriterError) in
            let first = try GridBounds.column(columns.lowerBound)
            let last = try GridBounds.column(columns.upperBound)
            let value = width ?? 8.43
            guard value.isFinite, ExcelLimits.columnWidth.contains(value) else {
                throw XLSXWriterError(.invalidDimension, detail: "column width \(value) is outside 0–255")
            }
            let format = try workbook.format(for: style)
            var options = try Self.rowColumnOptions(hidden: hidden, outlineLevel: outlineLevel, collapsed: collapsed)
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_set_column_opt(sheet, first, last, value, format, &options)
            }
        }
    }

    /// Sets a row's height in points.
    /// - Parameters:
    ///   - height: 0–409; nil keeps the default height (15) while setting the style or hiding.
    ///   - row: 0-based row.
    ///   - style: a default style for the row's empty cells.
    ///   - hidden: hides the row.
    ///   - outlineLevel: the row's outline (grouping) level, 0–7.
    ///   - collapsed: the outline group ending here is collapsed.
    /// - Throws: `.invalidDimension`, `.cellOutOfRange`, `.rowAlreadyWritten` in constant-memory mode.
    ///
    /// ```swift
    /// try sheet.setRowHeight(30, row: 0)
    /// try sheet.setRowHeight(nil, row: 12, hidden: true)
    /// ```
    public func setRowHeight(_ height: Double?, row: Int, style: CellStyle? = nil,
                             hidden: Bool = false, outlineLevel: Int = 0, collapsed: Bool = false) throws(XLSXWriterError) {
        try configuring(place: "row \(row + 1)") { sheet throws(XLSXWriterError) in
            let libraryRow = try GridBounds.row(row)
            var value = height ?? 15
            // libxlsxwriter writes no height for a row of exactly 15 points (its own default), so on a sheet with
            // another default (setDefaultRowHeight, call it first) the row would take that one. The next double
            // up is written as "15" all the same (16 significant digits).
            if height == 15, sheet.pointee.default_row_height != 15 { value = value.nextUp }
            guard value.isFinite, ExcelLimits.rowHeight.contains(value) else {
                throw XLSXWriterError(.invalidDimension, detail: "row height \(value) is outside 0–409 points")
            }
            let format = try workbook.format(for: style)
            var options = try Self.rowColumnOptions(hidden: hidden, outlineLevel: outlineLevel, collapsed: collapsed)
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_set_row_opt(sheet, libraryRow, value, format, &options)
            }

        }
    }

    /// The library's options for a row or column run, checked.
    private static func rowColumnOptions(hidden: Bool, outlineLevel: Int,
                                         collapsed: Bool) throws(XLSXWriterError) -> lxw_row_col_options {
        guard (0...7).contains(outlineLevel) else {
            throw XLSXWriterError(.invalidDimension, detail: "outline level \(outlineLevel) is outside 0–7")
        }
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        options.level = UInt8(outlineLevel)
        options.collapsed = collapsed ? 1 : 0
        return options
    }

    /// Freezes the rows above `row` and the columns left of `column` (`row: 1, column: 0` keeps a header row).
    /// - Throws: `.cellOutOfRange`.
    ///
    /// ```swift
    /// try sheet.freezePanes(row: 1, column: 1)   // header row and first column stay visible
    /// ```
    public func freezePanes(row: Int, column: Int) throws(XLSXWriterError) {
        try configuring(place: CellName.reference(row: row, column: column)) { sheet throws(XLSXWriterError) in
            let position = try GridBounds.cell(row: row, column: column)
            workbook.locale.run { worksheet_freeze_panes(sheet, position.row, position.column) }
        }
    }

    /// Puts filter buttons on the header row of `range` (one autofilter per sheet; a later call replaces it).
    /// - Throws: `.cellOutOfRange`.
    ///
    /// ```swift
    /// try sheet.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: 120, lastColumn: 8))
    /// ```
    public func setAutofilter(_ range: CellRect) throws(XLSXWriterError) {
        try configuring(place: range.description) { sheet throws(XLSXWriterError) in
            let bounds = try GridBounds.rect(range)
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_autofilter(sheet, bounds.firstRow, bounds.firstColumn, bounds.lastRow, bounds.lastColumn)
            }
        }
    }
}
