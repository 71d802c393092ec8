import CXlsxWriter

/// Rows and columns checked against Excel's grid before they become libxlsxwriter's `UInt32` rows and
/// `UInt16` columns, so a bad index is an error rather than a trap or a silent wrap-around.
///
/// ```swift
/// try GridBounds.cell(row: 4, column: 2)          // (4, 2) as lxw_row_t, lxw_col_t
/// try GridBounds.cell(row: 2_000_000, column: 0)  // throws .cellOutOfRange
/// ```
enum GridBounds {
    static func row(_ row: Int) throws(XLSXWriterError) -> lxw_row_t {
        guard row >= 0, row < ExcelLimits.rowCount else {
            throw XLSXWriterError(.cellOutOfRange,
                                  detail: "row index \(row) is outside 0..<\(ExcelLimits.rowCount) (Excel rows 1–1048576)")
        }
        return lxw_row_t(row)
    }

    static func column(_ column: Int) throws(XLSXWriterError) -> lxw_col_t {
        guard column >= 0, column < ExcelLimits.columnCount else {
            throw XLSXWriterError(.cellOutOfRange,
                                  detail: "column index \(column) is outside 0..<\(ExcelLimits.columnCount) (Excel columns A–XFD)")
        }
        return lxw_col_t(column)
    }

    static func cell(row: Int, column: Int) throws(XLSXWriterError) -> (row: lxw_row_t, column: lxw_col_t) {
        (try self.row(row), try self.column(column))
    }

    static func rect(_ rect: CellRect)
        throws(XLSXWriterError) -> (firstRow: lxw_row_t, firstColumn: lxw_col_t, lastRow: lxw_row_t, lastColumn: lxw_col_t) {
        (try row(rect.firstRow), try column(rect.firstColumn), try row(rect.lastRow), try column(rect.lastColumn))
    }
}
