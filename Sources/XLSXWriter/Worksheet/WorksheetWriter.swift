import CXlsxWriter
import Foundation

/// Writes one worksheet of a ``WorkbookWriter``: cells, formulas, merges, layout, comments, links, charts.
///
/// Rows and columns count from 0 (`row: 4, column: 2` is `C5`). Every call checks its input first and throws an
/// ``XLSXWriterError`` naming this sheet and the cell; nothing reaches libxlsxwriter that would corrupt the file.
/// Writing a cell again replaces it. The writer keeps its workbook alive; after the workbook is closed every
/// call throws `.workbookClosed`.
///
/// Values:
/// - Text: at most 32,767 characters (longer is refused, never cut); control characters are stored as Excel's
///   `_xHHHH_` escapes and read back unchanged.
/// - Numbers: finite only. A `Decimal` is written through its exact decimal text, so `1505.02` stays `1505.02`.
/// - Formulas: with or without a cached result; the text gets a light check (balanced parentheses and quotes,
///   ASCII punctuation).
///
/// ```swift
/// let sheet = try workbook.addWorksheet(named: "自评表")
/// try sheet.writeText("年度预算执行率", row: 6, column: 0)
/// try sheet.writeNumber(Decimal(string: "-353.99")!, row: 5, column: 2)
/// try sheet.writeFormula("C6/C5", cachedNumber: 0.978366, row: 6, column: 2,
///                        style: CellStyle(numberFormat: "0.0%"))
/// ```
public final class WorksheetWriter {
    let workbook: WorkbookWriter
    let index: Int
    /// The library's sheet, which never moves while the workbook is open (kept here to spare every write a
    /// lookup in the workbook's sheet list).
    private let sheetPointer: UnsafeMutablePointer<lxw_worksheet>

    init(workbook: WorkbookWriter, index: Int) {
        self.workbook = workbook
        self.index = index
        sheetPointer = workbook.sheets[index].pointer
    }

    /// The sheet's name.
    public var name: String { workbook.sheets[index].name }

    // MARK: - Values

    /// Writes text. An empty text stores a blank cell with `style`, or nothing without one.
    /// - Throws: `.textTooLong` over 32,767 characters, `.forbiddenCharacter` for NUL, U+FFFE or U+FFFF,
    ///   `.cellOutOfRange`, the style's errors, `.workbookClosed`.
    ///
    /// ```swift
    /// try sheet.writeText("部门整体支出绩效自评表", row: 0, column: 0, style: title)
    /// ```
    public func writeText(_ text: String, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXWriterError) {
        try putText(text, row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    /// Writes text with a prepared style (see ``PreparedStyle``); otherwise as with a `CellStyle`.
    public func writeText(_ text: String, row: Int, column: Int, style: PreparedStyle) throws(XLSXWriterError) {
        try putText(text, row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    private func putText(_ text: String, row: Int, column: Int,
                         format: () throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format>?) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let encoded = try CellTextEncoding.checked(text, label: "cell text")
            let format = try format()
            try workbook.call(sheet: nil, cell: nil) {
                encoded.withCString { worksheet_write_string(cell.sheet, cell.row, cell.column, $0, format) }
            }
        }
    }

    /// Writes a number.
    /// - Throws: `.nonFiniteNumber` for NaN and infinities, `.cellOutOfRange`, the style's errors.
    ///
    /// ```swift
    /// try sheet.writeNumber(0.9784, row: 6, column: 2, style: CellStyle(numberFormat: "0.0%"))
    /// ```
    public func writeNumber(_ number: Double, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXWriterError) {
        try putNumber(number, row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    /// Writes a number with a prepared style (see ``PreparedStyle``); otherwise as with a `CellStyle`.
    public func writeNumber(_ number: Double, row: Int, column: Int, style: PreparedStyle) throws(XLSXWriterError) {
        try putNumber(number, row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    private func putNumber(_ number: Double, row: Int, column: Int,
                           format: () throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format>?) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let value = try NumberRules.finite(number)
            let format = try format()
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_write_number(cell.sheet, cell.row, cell.column, value, format)
            }
        }
    }

    /// Writes a decimal amount through its exact decimal text, read with C-locale rules: `1505.02` is stored
    /// as `1505.02` whatever `LC_NUMERIC` says. Amounts of up to 15 significant digits are exact; longer ones
    /// are rounded to the nearest double, as Excel would.
    /// - Throws: `.nonFiniteNumber` for `Decimal.nan`, `.cellOutOfRange`, the style's errors.
    ///
    /// ```swift
    /// try sheet.writeNumber(Decimal(string: "1505.02")!, row: 4, column: 2,
    ///                       style: CellStyle(numberFormat: "#,##0.00"))
    /// ```
    public func writeNumber(_ number: Decimal, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXWriterError) {
        try putNumber(number, row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    /// Writes a decimal amount with a prepared style (see ``PreparedStyle``); otherwise as with a `CellStyle`.
    public func writeNumber(_ number: Decimal, row: Int, column: Int, style: PreparedStyle) throws(XLSXWriterError) {
        try putNumber(number, row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    private func putNumber(_ number: Decimal, row: Int, column: Int,
                           format: () throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format>?) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let value = try NumberRules.double(from: number)
            let format = try format()
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_write_number(cell.sheet, cell.row, cell.column, value, format)
            }
        }
    }

    /// Writes a whole number (a count, a year). Beyond ±2^53 it is rounded to the nearest double, as Excel would.
    /// - Throws: `.cellOutOfRange`, the style's errors.
    ///
    /// ```swift
    /// try sheet.writeNumber(2021, row: 1, column: 1)
    /// ```
    public func writeNumber(_ number: Int, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXWriterError) {
        try writeNumber(Double(number), row: row, column: column, style: style)
    }

    /// Writes a whole number with a prepared style (see ``PreparedStyle``).
    public func writeNumber(_ number: Int, row: Int, column: Int, style: PreparedStyle) throws(XLSXWriterError) {
        try writeNumber(Double(number), row: row, column: column, style: style)
    }

    /// Writes `TRUE` or `FALSE`.
    ///
    /// ```swift
    /// try sheet.writeBoolean(true, row: 1, column: 4)
    /// ```
    public func writeBoolean(_ value: Bool, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let format = try workbook.format(for: style)
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_write_boolean(cell.sheet, cell.row, cell.column, value ? 1 : 0, format)
            }
        }
    }

    /// Writes an empty cell that carries a style (borders, fill). Without a style a blank cell is not stored.
    ///
    /// ```swift
    /// try sheet.writeBlank(row: 9, column: 3, style: CellStyle(borders: .all(.thin)))
    /// ```
    public func writeBlank(row: Int, column: Int, style: CellStyle) throws(XLSXWriterError) {
        try putBlank(row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    /// Writes an empty cell with a prepared style (see ``PreparedStyle``).
    public func writeBlank(row: Int, column: Int, style: PreparedStyle) throws(XLSXWriterError) {
        try putBlank(row: row, column: column) { () throws(XLSXWriterError) in try workbook.format(for: style) }
    }

    private func putBlank(row: Int, column: Int,
                          format: () throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format>?) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            let format = try format()
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_write_blank(cell.sheet, cell.row, cell.column, format)
            }
        }
    }

    // MARK: - Formulas

    /// Writes a formula without a cached result: the file stores 0 and Excel recalculates on opening. Readers
    /// that do not calculate (ours, openpyxl, pandas) see 0; prefer a cached result.
    /// - Parameter formula: with or without the leading `=`.
    /// - Throws: `.invalidFormula`, `.cellOutOfRange`, the style's errors.
    ///
    /// ```swift
    /// try sheet.writeFormula("SUM(C5:C9)", row: 9, column: 2)
    /// ```
    public func writeFormula(_ formula: String, row: Int, column: Int, style: CellStyle? = nil) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            try FormulaRules.check(formula)
            let format = try workbook.format(for: style)
            try workbook.call(sheet: nil, cell: nil) {
                formula.withCString { worksheet_write_formula(cell.sheet, cell.row, cell.column, $0, format) }
            }
        }
    }

    /// Writes a formula with its cached numeric result, which readers show without calculating.
    /// - Throws: `.invalidFormula`, `.nonFiniteNumber` for the result, `.cellOutOfRange`, the style's errors.
    ///
    /// ```swift
    /// try sheet.writeFormula("C6/C5", cachedNumber: 1472.55 / 1505.02, row: 6, column: 2,
    ///                        style: CellStyle(numberFormat: "0.0%"))
    /// ```
    public func writeFormula(_ formula: String, cachedNumber: Double, row: Int, column: Int,
                             style: CellStyle? = nil) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            try FormulaRules.check(formula)
            let value = try NumberRules.finite(cachedNumber, label: "cached result")
            let format = try workbook.format(for: style)
            try workbook.call(sheet: nil, cell: nil) {
                formula.withCString { worksheet_write_formula_num(cell.sheet, cell.row, cell.column, $0, format, value) }
            }
        }
    }

    /// Writes a formula with a cached decimal result, converted as the `Decimal` form of `writeNumber` does.
    ///
    /// ```swift
    /// try sheet.writeFormula("SUM(C5:C9)", cachedNumber: Decimal(string: "1151.03")!, row: 9, column: 2)
    /// ```
    public func writeFormula(_ formula: String, cachedNumber: Decimal, row: Int, column: Int,
                             style: CellStyle? = nil) throws(XLSXWriterError) {
        let value = try XLSXWriterError.locating(sheet: name, cell: CellName.reference(row: row, column: column)) {
            () throws(XLSXWriterError) in try NumberRules.double(from: cachedNumber, label: "cached result")
        }
        try writeFormula(formula, cachedNumber: value, row: row, column: column, style: style)
    }

    /// Writes a formula with a cached whole-number result (a count).
    ///
    /// ```swift
    /// try sheet.writeFormula("COUNTA(A2:A31)", cachedNumber: 30, row: 32, column: 0)
    /// ```
    public func writeFormula(_ formula: String, cachedNumber: Int, row: Int, column: Int,
                             style: CellStyle? = nil) throws(XLSXWriterError) {
        try writeFormula(formula, cachedNumber: Double(cachedNumber), row: row, column: column, style: style)
    }

    /// Writes a formula with a cached text result (such as `"达标"` from an `IF`).
    /// - Throws: `.invalidFormula`, `.textTooLong`/`.forbiddenCharacter` for the result, `.cellOutOfRange`.
    ///
    /// ```swift
    /// try sheet.writeFormula("IF(C7>=0.9,\"达标\",\"未达标\")", cachedText: "达标", row: 6, column: 3)
    /// ```
    public func writeFormula(_ formula: String, cachedText: String, row: Int, column: Int,
                             style: CellStyle? = nil) throws(XLSXWriterError) {
        try putFormula(formula, cachedText: cachedText, row: row, column: column) { () throws(XLSXWriterError) in
            try workbook.format(for: style)
        }
    }

    /// Writes a formula with a cached text result and a prepared style (see ``PreparedStyle``); otherwise as with
    /// a `CellStyle`.
    public func writeFormula(_ formula: String, cachedText: String, row: Int, column: Int,
                             style: PreparedStyle) throws(XLSXWriterError) {
        try putFormula(formula, cachedText: cachedText, row: row, column: column) { () throws(XLSXWriterError) in
            try workbook.format(for: style)
        }
    }

    private func putFormula(_ formula: String, cachedText: String, row: Int, column: Int,
                            format: () throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format>?) throws(XLSXWriterError) {
        try writing(row: row, column: column) { cell throws(XLSXWriterError) in
            try FormulaRules.check(formula)
            // libxlsxwriter writes the cached string raw, so control characters must be escaped here.
            let encoded = try CellTextEncoding.checked(cachedText, label: "cached result")
            let format = try format()
            try workbook.call(sheet: nil, cell: nil) {
                formula.withCString { formulaText in
                    encoded.withCString { cached in
                        worksheet_write_formula_str(cell.sheet, cell.row, cell.column, formulaText, format, cached)
                    }
                }
            }
        }
    }

    // MARK: - Plumbing

    /// The library's sheet and a checked cell position.
    struct CellTarget {
        let sheet: UnsafeMutablePointer<lxw_worksheet>
        let row: lxw_row_t
        let column: lxw_col_t
    }

    /// Checks the workbook is open and the cell is in the grid, then runs `body`; any error names this sheet
    /// and the cell.
    func writing(row: Int, column: Int,
                 _ body: (CellTarget) throws(XLSXWriterError) -> Void) throws(XLSXWriterError) {
        try XLSXWriterError.locating(sheet: name, cell: CellName.reference(row: row, column: column)) {
            () throws(XLSXWriterError) in
            _ = try workbook.openHandle()
            let position = try GridBounds.cell(row: row, column: column)
            try body(CellTarget(sheet: sheetPointer, row: position.row, column: position.column))
        }
    }

    /// Checks the workbook is open, then runs `body` with the library's sheet; any error names this sheet and
    /// `place` (a cell or range, if any).
    func configuring(place: String? = nil,
                     _ body: (UnsafeMutablePointer<lxw_worksheet>) throws(XLSXWriterError) -> Void) throws(XLSXWriterError) {
        try XLSXWriterError.locating(sheet: name, cell: place) { () throws(XLSXWriterError) in
            _ = try workbook.openHandle()
            try body(workbook.sheets[index].pointer)
        }
    }
}
