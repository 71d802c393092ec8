import CXlsxWriter

/// Print setup.
extension WorksheetWriter {
    /// Applies a print setup. Everything is checked before anything is set, so a refused setup changes nothing.
    /// - Throws: `.invalidDimension` for negative or huge margins and page counts, `.cellOutOfRange` for rows or
    ///   a print area outside the grid.
    ///
    /// ```swift
    /// try sheet.setPrintSetup(PrintSetup(orientation: .landscape, fitToPagesWide: 1, repeatRows: 0...1))
    /// ```
    public func setPrintSetup(_ setup: PrintSetup) throws(XLSXWriterError) {
        try configuring { sheet throws(XLSXWriterError) in
            let pageCounts = try [setup.fitToPagesWide, setup.fitToPagesTall].map { count throws(XLSXWriterError) -> UInt16 in
                guard let count else { return 0 }
                guard (0...Int(UInt16.max)).contains(count) else {
                    throw XLSXWriterError(.invalidDimension, detail: "fit to \(count) pages is outside 0–65535")
                }
                return UInt16(count)
            }
            if let margins = setup.margins {
                for value in [margins.left, margins.right, margins.top, margins.bottom, margins.header ?? 0.3,
                              margins.footer ?? 0.3]
                where !(value.isFinite && ExcelLimits.pageMargin.contains(value)) {
                    throw XLSXWriterError(.invalidDimension, detail: "margin \(value) is outside 0–49 inches")
                }
            }
            if let paper = setup.paper, !(0...255).contains(paper.code) {
                throw XLSXWriterError(.invalidDimension, detail: "paper code \(paper.code) is outside 0–255")
            }
            if let scale = setup.scale, !(10...400).contains(scale) {
                throw XLSXWriterError(.invalidDimension, detail: "print scale \(scale)% is outside 10–400")
            }
            if let first = setup.firstPageNumber, !(0...Int(UInt16.max)).contains(first) {
                throw XLSXWriterError(.invalidDimension, detail: "first page number \(first) is outside 0–65535")
            }
            for (label, text) in [("header", setup.header), ("footer", setup.footer)] {
                // libxlsxwriter refuses longer texts with a warning and writes nothing.
                if let text { try TextRules.check(text, label: label, maxLength: 255, placement: .multiline) }
            }
            let rowBreaks = try Self.breaks(setup.rowBreaks, label: "row", limit: ExcelLimits.rowCount)
            let columnBreaks = try Self.breaks(setup.columnBreaks, label: "column", limit: ExcelLimits.columnCount)
            let repeatRows = try setup.repeatRows.map { rows throws(XLSXWriterError) in
                (try GridBounds.row(rows.lowerBound), try GridBounds.row(rows.upperBound))
            }
            let repeatColumns = try setup.repeatColumns.map { columns throws(XLSXWriterError) in
                (try GridBounds.column(columns.lowerBound), try GridBounds.column(columns.upperBound))
            }
            let printArea = try setup.printArea.map { area throws(XLSXWriterError) in try GridBounds.rect(area) }

            workbook.locale.run {
                if let paper = setup.paper { worksheet_set_paper(sheet, UInt8(paper.code)) }
                switch setup.orientation {
                case .portrait: worksheet_set_portrait(sheet)
                case .landscape: worksheet_set_landscape(sheet)
                }
                if let scale = setup.scale { worksheet_set_print_scale(sheet, UInt16(scale)) }
                if setup.fitToPagesWide != nil || setup.fitToPagesTall != nil {
                    worksheet_fit_to_pages(sheet, pageCounts[0], pageCounts[1])
                }
                if let margins = setup.margins {
                    worksheet_set_margins(sheet, margins.left, margins.right, margins.top, margins.bottom)
                }
                if setup.centersHorizontally { worksheet_center_horizontally(sheet) }
                if setup.centersVertically { worksheet_center_vertically(sheet) }
                if let first = setup.firstPageNumber { worksheet_set_start_page(sheet, UInt16(first)) }
                if setup.overThenDown { worksheet_print_across(sheet) }
                if setup.printsHeadings { worksheet_print_row_col_headers(sheet) }
                if setup.printsGridlines {
                    // One call sets both kinds of gridlines: keep what the view chose for the screen.
                    let screen = sheet.pointee.screen_gridlines != 0
                    worksheet_gridlines(sheet, UInt8(LXW_SHOW_PRINT_GRIDLINES.rawValue
                                                     | (screen ? LXW_SHOW_SCREEN_GRIDLINES.rawValue : 0)))
                }
            }
            var headerOptions = lxw_header_footer_options()
            headerOptions.margin = setup.margins?.header ?? 0.3
            var footerOptions = lxw_header_footer_options()
            footerOptions.margin = setup.margins?.footer ?? 0.3
            if let header = setup.header {
                try workbook.call(sheet: nil, cell: nil) { worksheet_set_header_opt(sheet, header, &headerOptions) }
            } else if setup.margins?.header != nil {
                // Without a text the library has no call for the margin alone: it writes this field.
                sheet.pointee.margin_header = headerOptions.margin
            }
            if let footer = setup.footer {
                try workbook.call(sheet: nil, cell: nil) { worksheet_set_footer_opt(sheet, footer, &footerOptions) }
            } else if setup.margins?.footer != nil {
                sheet.pointee.margin_footer = footerOptions.margin
            }
            if !rowBreaks.isEmpty {
                var list = rowBreaks + [0]
                try workbook.call(sheet: nil, cell: nil) { worksheet_set_h_pagebreaks(sheet, &list) }
            }
            if !columnBreaks.isEmpty {
                var list = columnBreaks.map { UInt16($0) } + [0]
                try workbook.call(sheet: nil, cell: nil) { worksheet_set_v_pagebreaks(sheet, &list) }
            }
            if let repeatRows {
                try workbook.call(sheet: nil, cell: nil) { worksheet_repeat_rows(sheet, repeatRows.0, repeatRows.1) }
            }
            if let repeatColumns {
                try workbook.call(sheet: nil, cell: nil) {
                    worksheet_repeat_columns(sheet, repeatColumns.0, repeatColumns.1)
                }
            }
            if let printArea {
                try workbook.call(sheet: nil, cell: setup.printArea?.description) {
                    worksheet_print_area(sheet, printArea.firstRow, printArea.firstColumn, printArea.lastRow,
                                         printArea.lastColumn)
                }
            }
        }
    }

    /// Page breaks as libxlsxwriter takes them: 1 or more, within the grid, at most 1,023 (Excel's limit).
    private static func breaks(_ breaks: [Int], label: String, limit: Int) throws(XLSXWriterError) -> [UInt32] {
        guard breaks.count <= 1023 else {
            throw XLSXWriterError(.invalidDimension, detail: "\(breaks.count) \(label) breaks; Excel allows 1023")
        }
        return try breaks.map { value throws(XLSXWriterError) -> UInt32 in
            guard value >= 1, value < limit else {
                throw XLSXWriterError(.cellOutOfRange, detail: "\(label) break \(value) is outside the grid")
            }
            return UInt32(value)
        }
    }
}
