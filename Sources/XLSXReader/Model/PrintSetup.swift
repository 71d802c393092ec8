/// How a sheet prints: `<pageSetup>`, `<printOptions>`, `<pageMargins>`, `<headerFooter>`, page breaks,
/// `sheetPr/pageSetUpPr fitToPage`, and the print area and titles from the workbook's defined names
/// (`_xlnm.Print_Area`, `_xlnm.Print_Titles`).
///
/// Optional fields are nil where the file does not state them (Excel's default applies).
/// ```swift
/// let setup = sheet.layout.printSetup
/// setup.orientation, setup.paperSize               // "landscape", 9 (A4)
/// setup.fitToPage, setup.fitToWidth, setup.fitToHeight   // true, 1, 0 (one page wide, any number tall)
/// setup.printArea.map(\.description)               // ["A1:F20"]
/// setup.titleRows                                  // 0...2 (rows 1–3 repeat on every page)
/// ```
public struct PrintSetup: Sendable, Hashable {
    /// `portrait`, `landscape` or `default`, as written.
    public var orientation: String?
    /// Excel's paper code (9 is A4, 1 Letter, 8 A3).
    public var paperSize: Int?
    /// Print scale in percent.
    public var scale: Int?
    /// Pages wide to fit to (0: as many as needed); used only when ``fitToPage``.
    public var fitToWidth: Int?
    /// Pages tall to fit to (0: as many as needed); used only when ``fitToPage``.
    public var fitToHeight: Int?
    /// `sheetPr/pageSetUpPr fitToPage`: fit to ``fitToWidth`` × ``fitToHeight`` pages instead of ``scale``.
    public var fitToPage: Bool
    public var firstPageNumber: Int?
    /// Whether ``firstPageNumber`` applies.
    public var useFirstPageNumber: Bool
    /// `downThenOver` or `overThenDown`, as written.
    public var pageOrder: String?
    public var blackAndWhite: Bool
    public var draft: Bool
    /// `none`, `atEnd` or `asDisplayed`, as written.
    public var cellComments: String?
    /// How error cells print: `displayed`, `blank`, `dash` or `NA`, as written.
    public var errors: String?
    public var horizontalDpi: Int?
    public var verticalDpi: Int?
    public var copies: Int?
    /// `printOptions gridLines`.
    public var printGridLines: Bool
    /// `printOptions headings` (row numbers and column letters).
    public var printHeadings: Bool
    public var horizontalCentered: Bool
    public var verticalCentered: Bool
    public var margins: PageMargins?
    public var headerFooter: HeaderFooter?
    /// Manual row breaks by their `id` as written: a page ends after 1-based row `id`.
    public var rowBreaks: [Int]
    /// Manual column breaks by their `id` as written: a page ends after 1-based column `id`.
    public var columnBreaks: [Int]
    /// The print area's ranges (whole rows or columns spread to Excel's grid); empty when none is set.
    public var printArea: [CellRange]
    /// Rows repeated at the top of each page, 0-based.
    public var titleRows: ClosedRange<Int>?
    /// Columns repeated at the left of each page, 0-based.
    public var titleColumns: ClosedRange<Int>?

    public init(orientation: String? = nil, paperSize: Int? = nil, scale: Int? = nil, fitToWidth: Int? = nil,
                fitToHeight: Int? = nil, fitToPage: Bool = false, firstPageNumber: Int? = nil,
                useFirstPageNumber: Bool = false, pageOrder: String? = nil, blackAndWhite: Bool = false,
                draft: Bool = false, cellComments: String? = nil, errors: String? = nil, horizontalDpi: Int? = nil,
                verticalDpi: Int? = nil, copies: Int? = nil, printGridLines: Bool = false,
                printHeadings: Bool = false, horizontalCentered: Bool = false, verticalCentered: Bool = false,
                margins: PageMargins? = nil, headerFooter: HeaderFooter? = nil, rowBreaks: [Int] = [],
                columnBreaks: [Int] = [], printArea: [CellRange] = [], titleRows: ClosedRange<Int>? = nil,
                titleColumns: ClosedRange<Int>? = nil) {
        self.orientation = orientation
        self.paperSize = paperSize
        self.scale = scale
        self.fitToWidth = fitToWidth
        self.fitToHeight = fitToHeight
        self.fitToPage = fitToPage
        self.firstPageNumber = firstPageNumber
        self.useFirstPageNumber = useFirstPageNumber
        self.pageOrder = pageOrder
        self.blackAndWhite = blackAndWhite
        self.draft = draft
        self.cellComments = cellComments
        self.errors = errors
        self.horizontalDpi = horizontalDpi
        self.verticalDpi = verticalDpi
        self.copies = copies
        self.printGridLines = printGridLines
        self.printHeadings = printHeadings
        self.horizontalCentered = horizontalCentered
        self.verticalCentered = verticalCentered
        self.margins = margins
        self.headerFooter = headerFooter
        self.rowBreaks = rowBreaks
        self.columnBreaks = columnBreaks
        self.printArea = printArea
        self.titleRows = titleRows
        self.titleColumns = titleColumns
    }
}
