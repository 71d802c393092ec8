import CXlsxWriter

/// The sheet's view, visibility, selection in the workbook and protection.
extension WorksheetWriter {
    /// Sets how the sheet shows on screen (see ``ViewSetup``). Everything is checked before anything is set.
    /// - Throws: `.invalidDimension` for a zoom outside 10–400 or a negative split, `.cellOutOfRange` for panes
    ///   or a selection outside the grid.
    ///
    /// ```swift
    /// try sheet.setView(ViewSetup(zoom: 85, showsGridlines: false, frozen: .init(row: 4, column: 0)))
    /// ```
    public func setView(_ view: ViewSetup) throws(XLSXWriterError) {
        try configuring { sheet throws(XLSXWriterError) in
            if let zoom = view.zoom, !(10...400).contains(zoom) {
                throw XLSXWriterError(.invalidDimension, detail: "zoom \(zoom)% is outside 10–400")
            }
            let frozen = try view.frozen.map { panes throws(XLSXWriterError) in
                (try GridBounds.cell(row: panes.row, column: panes.column),
                 try GridBounds.cell(row: panes.topRow, column: panes.leftColumn))
            }
            if let split = view.split {
                for value in [split.vertical, split.horizontal] where !(value.isFinite && value >= 0) {
                    throw XLSXWriterError(.invalidDimension, detail: "split position \(value) is not 0 or more")
                }
            }
            let selection = try view.selection.map { range throws(XLSXWriterError) in try GridBounds.rect(range) }
            workbook.locale.run {
                if let zoom = view.zoom { worksheet_set_zoom(sheet, UInt16(zoom)) }
                // One call sets both kinds of gridlines: keep what the print setup chose for paper.
                let printed = sheet.pointee.print_gridlines != 0
                let option = (view.showsGridlines ? LXW_SHOW_SCREEN_GRIDLINES.rawValue : 0)
                    | (printed ? LXW_SHOW_PRINT_GRIDLINES.rawValue : 0)
                worksheet_gridlines(sheet, UInt8(option))
                if !view.showsZeros { worksheet_hide_zero(sheet) }
                if view.rightToLeft { worksheet_right_to_left(sheet) }
                if view.pageLayoutView { worksheet_set_page_view(sheet) }
                if let tab = view.tabColor { worksheet_set_tab_color(sheet, tab.libraryValue) }
                if let frozen {
                    worksheet_freeze_panes_opt(sheet, frozen.0.row, frozen.0.column, frozen.1.row, frozen.1.column, 0)
                } else if let split = view.split {
                    worksheet_split_panes(sheet, split.vertical, split.horizontal)
                }
                if let selection {
                    worksheet_set_selection(sheet, selection.firstRow, selection.firstColumn, selection.lastRow,
                                            selection.lastColumn)
                }
            }
        }
    }

    /// Hides the sheet's tab (Excel's Hide; it can be unhidden from the menu). The active sheet cannot be hidden.
    ///
    /// ```swift
    /// try workbook.addWorksheet(named: "参数").hide()
    /// ```
    public func hide() throws(XLSXWriterError) {
        try configuring { sheet in worksheet_hide(sheet) }
    }

    /// Makes this the sheet shown when the workbook opens (and selects its tab).
    public func activate() throws(XLSXWriterError) {
        try configuring { sheet in worksheet_activate(sheet) }
    }

    /// Selects the sheet's tab, besides the active one (a group of selected sheets).
    public func select() throws(XLSXWriterError) {
        try configuring { sheet in worksheet_select(sheet) }
    }

    /// Protects the sheet without a password: locked cells (see ``CellStyle/locked``) cannot be edited.
    ///
    /// ```swift
    /// try sheet.protect()
    /// ```
    public func protect() throws(XLSXWriterError) {
        try configuring { sheet in worksheet_protect(sheet, nil, nil) }
    }

    /// Sets the height of rows that have none of their own, in points, and whether rows without content are
    /// hidden.
    /// - Throws: `.invalidDimension` outside 0–409 points.
    ///
    /// ```swift
    /// try sheet.setDefaultRowHeight(14.25)
    /// ```
    public func setDefaultRowHeight(_ height: Double, hidesUnusedRows: Bool = false) throws(XLSXWriterError) {
        try configuring { sheet throws(XLSXWriterError) in
            guard height.isFinite, ExcelLimits.rowHeight.contains(height) else {
                throw XLSXWriterError(.invalidDimension, detail: "row height \(height) is outside 0–409 points")
            }
            workbook.locale.run { worksheet_set_default_row(sheet, height, hidesUnusedRows ? 1 : 0) }
        }
    }
}
