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
                for value in [margins.left, margins.right, margins.top, margins.bottom]
                where !(value.isFinite && ExcelLimits.pageMargin.contains(value)) {
                    throw XLSXWriterError(.invalidDimension, detail: "margin \(value) is outside 0–49 inches")
                }
            }
            let repeatRows = try setup.repeatRows.map { rows throws(XLSXWriterError) in
                (try GridBounds.row(rows.lowerBound), try GridBounds.row(rows.upperBound))
            }
            let printArea = try setup.printArea.map { area throws(XLSXWriterError) in try GridBounds.rect(area) }

            workbook.locale.run {
                worksheet_set_paper(sheet, setup.paper.code)
                switch setup.orientation {
                case .portrait: worksheet_set_portrait(sheet)
                case .landscape: worksheet_set_landscape(sheet)
                }
                if setup.fitToPagesWide != nil || setup.fitToPagesTall != nil {
                    worksheet_fit_to_pages(sheet, pageCounts[0], pageCounts[1])
                }
                if let margins = setup.margins {
                    worksheet_set_margins(sheet, margins.left, margins.right, margins.top, margins.bottom)
                }
                if setup.centersHorizontally { worksheet_center_horizontally(sheet) }
                if setup.centersVertically { worksheet_center_vertically(sheet) }
            }
            if let repeatRows {
                try workbook.call(sheet: nil, cell: nil) { worksheet_repeat_rows(sheet, repeatRows.0, repeatRows.1) }
            }
            if let printArea {
                try workbook.call(sheet: nil, cell: setup.printArea?.description) {
                    worksheet_print_area(sheet, printArea.firstRow, printArea.firstColumn, printArea.lastRow,
                                         printArea.lastColumn)
                }
            }
        }
    }
}
