import CXlsxWriter

/// One libxlsxwriter format per distinct ``CellStyle`` in a workbook.
///
/// Formats belong to the workbook and dangle after `workbook_close`, so the cache lives inside
/// ``WorkbookWriter``, is emptied when it closes, and never hands a format pointer to callers.
struct FormatCache {
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    /// How many distinct styles have been made.
    var count: Int { formats.count }

    /// The format for `style`, made on first use.
    /// - Throws: the style's own errors (see ``CellStyle``), `.tooManyStyles`, or `.outOfMemory`.
    mutating func format(for style: CellStyle,
                         in workbook: UnsafeMutablePointer<lxw_workbook>) throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format> {
        if let format = formats[style] { return format }
        try style.validate()
        guard formats.count < ExcelLimits.cellStyleCount else {
            throw XLSXWriterError(.tooManyStyles, detail: "more than \(ExcelLimits.cellStyleCount) distinct cell styles")
        }
        guard let format = workbook_add_format(workbook) else {
            throw XLSXWriterError(.outOfMemory, detail: "workbook_add_format returned no format")
        }
        style.apply(to: format)
        formats[style] = format
        return format
    }

    /// Forgets every format; called when the workbook closes and the pointers become invalid.
    mutating func removeAll() {
        formats.removeAll()
    }
}
