/// What a sheet looks like on screen and on paper, as the file states it: column widths and row heights,
/// hidden columns and rows, default sizes, views (frozen panes, active cell, zoom, gridlines), tab colour,
/// print setup, data validations, comments, autofilter, protection, conditional formats and the pictures over
/// its cells. No form knowledge: raw values, so a
/// writer can carry them over (widths in Excel's character units, heights in points).
///
/// ```swift
/// let layout = try Workbook(contentsOf: url).sheets[0].layout
/// layout.columns.first?.width                 // 12.5
/// layout.isRowHidden(3)                       // true: sheet row 4 is hidden
/// layout.views.first?.pane?.isFrozen          // true
/// layout.printSetup.orientation               // "landscape"
/// ```
public struct SheetLayout: Sendable, Hashable {
    /// `<col>` runs in file order.
    public var columns: [ColumnInfo]
    /// Rows with a stated height, visibility, style or outline level, in row order; ordinary rows are absent.
    public var rows: [RowInfo]
    /// `sheetFormatPr defaultColWidth`: the width of columns without a `<col>`, in character units.
    public var defaultColumnWidth: Double?
    /// `sheetFormatPr baseColWidth`: the default width in characters, padding excluded (Excel: 8).
    public var baseColumnWidth: Int?
    /// `sheetFormatPr defaultRowHeight` in points.
    public var defaultRowHeight: Double?
    /// `sheetFormatPr customHeight`: the default row height was set by hand.
    public var customDefaultRowHeight: Bool
    /// `sheetFormatPr zeroHeight`: rows are hidden unless their `<row>` says otherwise.
    public var rowsHiddenByDefault: Bool
    /// `<sheetView>`s in file order (almost always one).
    public var views: [SheetView]
    /// `sheetPr/tabColor`, as stated and resolved against the workbook's theme and palette, as cell colours are.
    public var tabColor: Color?
    public var printSetup: PrintSetup
    /// Data validations in file order (`x14` extension ones after the plain ones).
    public var dataValidations: [DataValidation]
    /// Comments (notes) in the comments part's order.
    public var comments: [Comment]
    /// `autoFilter ref`.
    public var autoFilter: CellRange?
    /// `sheetProtection sheet="1"`: the sheet is protected.
    public var isProtected: Bool
    /// `<conditionalFormatting>`s in file order, their rules' differential formats resolved (Excel 2010's
    /// `x14:conditionalFormatting` extensions are not read).
    public var conditionalFormats: [ConditionalFormat]
    /// Pictures in the sheet's drawing, in drawing order.
    public var pictures: [Picture]
    /// The drawing's other objects (charts, shapes, groups, linked pictures), in drawing order: what a copy made
    /// from ``pictures`` leaves behind.
    public var otherDrawingObjects: [DrawingObjectKind]
    /// Worksheet features the reader sees but does not read, by element name, once each in file order
    /// (`conditionalFormatting`, `hyperlink`, `sparklineGroup`, `protectedRange`, `ignoredError`…), so a program
    /// that rewrites the sheet can say what it leaves out.
    public var unreadElements: [String] = []

    public init(columns: [ColumnInfo] = [], rows: [RowInfo] = [], defaultColumnWidth: Double? = nil,
                baseColumnWidth: Int? = nil, defaultRowHeight: Double? = nil, customDefaultRowHeight: Bool = false,
                rowsHiddenByDefault: Bool = false, views: [SheetView] = [], tabColor: Color? = nil,
                printSetup: PrintSetup = PrintSetup(), dataValidations: [DataValidation] = [],
                comments: [Comment] = [], autoFilter: CellRange? = nil, isProtected: Bool = false,
                conditionalFormats: [ConditionalFormat] = [], pictures: [Picture] = [],
                otherDrawingObjects: [DrawingObjectKind] = []) {
        self.columns = columns
        self.rows = rows
        self.defaultColumnWidth = defaultColumnWidth
        self.baseColumnWidth = baseColumnWidth
        self.defaultRowHeight = defaultRowHeight
        self.customDefaultRowHeight = customDefaultRowHeight
        self.rowsHiddenByDefault = rowsHiddenByDefault
        self.views = views
        self.tabColor = tabColor
        self.printSetup = printSetup
        self.dataValidations = dataValidations
        self.comments = comments
        self.autoFilter = autoFilter
        self.isProtected = isProtected
        self.conditionalFormats = conditionalFormats
        self.pictures = pictures
        self.otherDrawingObjects = otherDrawingObjects
    }

    /// The stated properties of `row` (0-based), nil for an ordinary row.
    public func rowInfo(_ row: Int) -> RowInfo? {
        // Rows are kept in row order: a binary search.
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].row < row { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].row == row ? rows[low] : nil
    }

    /// Whether `row` (0-based) is hidden: by its `<row hidden>`, or by ``rowsHiddenByDefault`` when it has
    /// no `<row>` saying otherwise.
    public func isRowHidden(_ row: Int) -> Bool {
        guard let info = rowInfo(row) else { return rowsHiddenByDefault }
        return info.hidden
    }

    /// Whether `column` (0-based) is hidden by its `<col>`.
    public func isColumnHidden(_ column: Int) -> Bool {
        columns.contains { $0.hidden && $0.contains(column) }
    }
}
