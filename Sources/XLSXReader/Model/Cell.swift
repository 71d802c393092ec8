/// One non-empty cell of a worksheet: where it is, what it holds, its formula and its number format.
///
/// ```swift
/// for cell in sheet.cells where cell.value.isNumber {
///     print(cell.reference, cell.value.numberText!, cell.numberFormat.code ?? "General")
/// }
/// ```
public struct Cell: Hashable, Sendable {
    private var storedRow: Int32
    private var storedColumn: Int32
    /// The value as stored (a formula's cached result for formula cells).
    public var value: CellValue
    /// After `value`, in the padding its enum tag leaves: the style index costs a cell no bytes.
    private var storedStyle: Int32
    /// The formula text without the leading `=`, where the cell has one. Shared formulas are expanded to this
    /// cell (relative references shifted); an array formula's text is on its anchor cell only.
    public var formula: String?
    /// The cell's number format (from its style).
    public var numberFormat: NumberFormat

    public init(row: Int, column: Int, value: CellValue, formula: String? = nil,
                numberFormat: NumberFormat = .general, styleIndex: Int = 0) {
        storedRow = Int32(truncatingIfNeeded: row)
        storedColumn = Int32(truncatingIfNeeded: column)
        storedStyle = Int32(truncatingIfNeeded: styleIndex)
        self.value = value
        self.formula = formula
        self.numberFormat = numberFormat
    }

    /// 0-based row index.
    public var row: Int { Int(storedRow) }
    /// 0-based column index.
    public var column: Int { Int(storedColumn) }
    /// The cell's style (`s`, an index into the workbook's cell formats): see ``Workbook/format(of:)``.
    /// 0 when the cell names none or one the workbook does not have.
    public var styleIndex: Int { Int(storedStyle) }
    /// The A1 reference.
    public var reference: CellReference { CellReference(row: row, column: column) }

    /// Appends the ISO 8601 date a date-formatted number cell shows (`2022-01-01T00:00:00`, as
    /// ``Sheet/date(of:)`` gives it); false, with nothing appended, for any other cell.
    ///
    /// ```swift
    /// var out: [UInt8] = []
    /// cell.appendISODate(date1904: sheet.date1904, to: &out)   // true for G7 of the cells-dump example
    /// ```
    @discardableResult
    package func appendISODate(date1904: Bool, to out: inout [UInt8]) -> Bool {
        guard numberFormat.isDate, let serial = value.asDouble() else { return false }
        return ExcelDate.appendISOText(serial: serial, date1904: date1904, to: &out)
    }
}
