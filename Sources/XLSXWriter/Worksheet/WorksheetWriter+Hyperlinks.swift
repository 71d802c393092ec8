import CXlsxWriter

/// Hyperlinks.
extension WorksheetWriter {
    /// Writes a hyperlink cell.
    /// - Parameters:
    ///   - link: where it goes.
    ///   - text: what the cell shows; nil shows the link itself.
    ///   - tooltip: shown on hover, at most 255 characters.
    ///   - style: nil for Excel's blue underlined hyperlink style.
    /// - Throws: `.invalidHyperlink`, `.tooManyHyperlinks` past 65,530 on a sheet, text errors, `.cellOutOfRange`.
    ///
    /// ```swift
    /// try sheet.writeHyperlink(.sheet("黄浦区", cell: "A1"), row: 3, column: 0, text: "黄浦区")
    /// try sheet.writeHyperlink(.file("forms/黄浦区.xlsx"), row: 3, column: 8, text: "打开原表")
    /// ```
    public func writeHyperlink(_ link: Hyperlink, row: Int, column: Int, text: String? = nil, tooltip: String? = nil,
                               style: CellStyle? = nil) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let url = try link.libraryURL()
            if let text {
                try TextRules.check(text, label: "hyperlink text", maxLength: ExcelLimits.cellTextLength, placement: .cell)
            }
            if let tooltip {
                try TextRules.check(tooltip, label: "hyperlink tooltip", maxLength: ExcelLimits.tooltipLength,
                                    placement: .singleLine)
            }
            let format = try workbook.format(for: style)
            let encoded = text.map(CellTextEncoding.encode)
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_write_url_opt(cell.sheet, cell.row, cell.column, url, format, encoded, tooltip)
            }
        }
    }
}
