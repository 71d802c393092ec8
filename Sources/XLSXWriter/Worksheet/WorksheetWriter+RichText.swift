import CXlsxWriter

/// Rich text: one cell's text in runs with their own fonts.
extension WorksheetWriter {
    /// Writes text made of runs, each in its own font (only the font properties of a run's style are used: name,
    /// size, bold, italic, underline, strike, outline, shadow, script, colour, family; libxlsxwriter 1.1.4 writes
    /// no charset or scheme in a run). A run without a style shows in the cell's font. `style` is the cell's own format (borders, fill, alignment, and the font of
    /// runs without one).
    ///
    /// libxlsxwriter 1.1.4 refuses empty runs and single runs, so empty runs are dropped, and what is left as one
    /// run (or none) is written as plain text (or a blank) with `style`.
    /// - Throws: as ``writeText(_:row:column:style:)`` for the joined text, and each run style's errors.
    ///
    /// ```swift
    /// let latin = CellStyle(fontName: "Times New Roman", fontSize: 11)
    /// try sheet.writeRichText([("全年预算数", nil), ("(A)", latin)], row: 4, column: 3,
    ///                         style: CellStyle(fontName: "宋体", fontSize: 11, borders: .all(.thin)))
    /// ```
    public func writeRichText(_ runs: [(text: String, style: CellStyle?)], row: Int, column: Int,
                              style: CellStyle? = nil) throws(XLSXWriterError) {
        let kept = runs.filter { !$0.text.isEmpty }
        guard kept.count >= 2 else {
            try writeText(kept.first?.text ?? "", row: row, column: column, style: style)
            return
        }
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            // The whole text obeys the cell-text rules; each run is encoded as the plain path encodes text.
            _ = try CellTextEncoding.checked(kept.map(\.text).joined(), label: "cell text")
            let cellFormat = try workbook.format(for: style)
            let texts = CStringList()
            var tuples: [lxw_rich_string_tuple] = []
            for (index, run) in kept.enumerated() {
                // The library writes a run without a format after the first in its default font (Calibri 11):
                // such a run is given the cell's font instead, as a reader shows it.
                let runStyle = run.style ?? (index == 0 ? nil : style ?? CellStyle())
                tuples.append(lxw_rich_string_tuple(format: try workbook.format(for: runStyle),
                                                    string: texts.copy(CellTextEncoding.encode(run.text))))
            }
            try tuples.withUnsafeMutableBufferPointer { buffer throws(XLSXWriterError) in
                var pointers: [UnsafeMutablePointer<lxw_rich_string_tuple>?] = (0..<buffer.count).map {
                    buffer.baseAddress! + $0
                }
                pointers.append(nil)
                try workbook.call(sheet: nil, cell: nil) {
                    pointers.withUnsafeMutableBufferPointer {
                        worksheet_write_rich_string(cell.sheet, cell.row, cell.column, $0.baseAddress, cellFormat)
                    }
                }
            }
            withExtendedLifetime(texts) {}
        }
    }
}
