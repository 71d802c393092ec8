import Foundation

/// A whole workbook read into memory: every sheet with its cells and merged ranges.
///
/// This is the reader's front door. It is a `Sendable` value, safe to hand to other tasks. For very large
/// sheets read cell by cell with ``WorkbookReader`` instead.
///
/// ```swift
/// import XLSXReader
///
/// let workbook = try Workbook(contentsOf: URL(fileURLWithPath: "huangpu-2021.xlsx"))
/// let sheet = workbook.sheets[0]
/// let budget = sheet.grid[CellReference("C5")!]?.value.asDecimal()   // 1505.02
/// ```
public struct Workbook: Sendable {
    /// Whether serials count from 1904-01-01.
    public var date1904: Bool
    /// Every sheet in workbook order (chart sheets included, with no cells).
    public var sheets: [Sheet]
    /// The defined names in file order (a sheet's print area and titles are on its ``SheetLayout`` as well).
    public var definedNames: [DefinedName]
    /// The workbook's cell formats (`cellXfs`), indexed by ``Cell/styleIndex``; see ``format(of:)``.
    public var cellFormats: [CellFormat]
    /// The package's parts with their content types and owning sheets (``WorkbookReader/packageParts()``);
    /// listed only when read with ``ReadOptions/listsPackageParts``, empty otherwise.
    public var packageParts: [PackagePart]
    /// The custom document properties by name (``WorkbookReader/customProperties()``); read, with the package
    /// listing, only with ``ReadOptions/listsPackageParts``.
    public var customProperties: [String: String]

    public init(date1904: Bool = false, sheets: [Sheet], definedNames: [DefinedName] = [], cellFormats: [CellFormat] = [],
                packageParts: [PackagePart] = [], customProperties: [String: String] = [:]) {
        self.date1904 = date1904
        self.sheets = sheets
        self.definedNames = definedNames
        self.cellFormats = cellFormats
        self.packageParts = packageParts
        self.customProperties = customProperties
    }

    /// Reads every sheet of the file.
    /// - Parameters:
    ///   - url: the `.xlsx` file.
    ///   - options: size caps for hostile input.
    /// - Throws: `XLSXError` naming what was wrong and where (part, sheet, cell).
    public init(contentsOf url: URL, options: ReadOptions = ReadOptions()) throws(XLSXError) {
        try self.init(reading: try WorkbookReader(contentsOf: url, options: options))
    }

    /// Reads every sheet of a workbook already opened (after looking at its sheet names, say).
    ///
    /// ```swift
    /// let reader = try WorkbookReader(contentsOf: url)
    /// if reader.sheets.contains(where: { $0.name == "汇总" }) { /* ... */ }
    /// let workbook = try Workbook(reading: reader)
    /// ```
    public init(reading reader: WorkbookReader) throws(XLSXError) {
        var sheets: [Sheet] = []
        for index in reader.sheets.indices {
            sheets.append(try reader.readSheet(at: index))
        }
        self.init(date1904: reader.date1904, sheets: sheets, definedNames: reader.definedNames,
                  cellFormats: try reader.cellFormats(),
                  packageParts: reader.options.listsPackageParts ? try reader.packageParts() : [],
                  customProperties: reader.options.listsPackageParts ? try reader.customProperties() : [:])
    }

    /// How a cell looks: its font, fill, border, alignment, protection and number format.
    ///
    /// ```swift
    /// let title = workbook.sheets[0].grid[CellReference("A1")!]!
    /// workbook.format(of: title).font.bold              // true
    /// workbook.format(of: title).alignment.horizontal   // .center
    /// ```
    /// A style index the workbook does not have gives its first format (Excel's Normal), and a workbook
    /// without a styles part ``CellFormat/standard`` (`Array.format(of:)`).
    public func format(of cell: Cell) -> CellFormat {
        cellFormats.format(of: cell)
    }

    /// The sheet with this name, if any.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name }
    }
}
