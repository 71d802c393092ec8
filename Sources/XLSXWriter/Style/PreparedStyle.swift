import CXlsxWriter

/// A ``CellStyle`` already made into its workbook's format, for a writer that puts a few styles on many cells.
///
/// Writing with a `CellStyle` finds its format by hashing the whole style (about twenty fields) on every cell; a
/// prepared style carries its format, so a write only checks that it belongs to the sheet's workbook. Preparing
/// makes (or finds) the format just as the first write with the style would, and equal styles share one format
/// whichever way they are written. Prepare a style where it is first used, so formats are made in the same
/// order. Get one from ``WorkbookWriter/prepare(_:)``.
///
/// ```swift
/// let amount = try workbook.prepare(CellStyle(numberFormat: "#,##0.00"))
/// for (row, value) in amounts.enumerated() {
///     try sheet.writeNumber(value, row: row + 1, column: 2, style: amount)
/// }
/// ```
public struct PreparedStyle {
    /// The workbook that owns the format; held so the format cannot outlive it unnoticed.
    let workbook: WorkbookWriter
    /// Valid while `workbook` is open: every write checks the workbook is open before using it.
    let format: UnsafeMutablePointer<lxw_format>
}

extension WorkbookWriter {
    /// The format of `style` in this workbook, made now if it is new, for writes that skip the per-cell lookup.
    /// - Throws: the style's own errors (see ``CellStyle``), `.tooManyStyles`, `.workbookClosed`.
    ///
    /// ```swift
    /// let plain = try workbook.prepare(CellStyle(verticalAlignment: .top))
    /// try sheet.writeText("部门", row: 1, column: 0, style: plain)
    /// ```
    public func prepare(_ style: CellStyle) throws(XLSXWriterError) -> PreparedStyle {
        let handle = try openHandle()
        return PreparedStyle(workbook: self, format: try formats.format(for: style, in: handle))
    }

    /// The format of a prepared style, which must come from this workbook (another workbook's format would be
    /// written with a wrong index, or freed already).
    func format(for style: PreparedStyle) throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format> {
        guard style.workbook === self else {
            throw XLSXWriterError(.invalidStyle, detail: "the style was prepared for another workbook")
        }
        return style.format
    }
}
