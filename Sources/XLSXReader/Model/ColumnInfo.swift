/// One `<col>` of a sheet: a run of columns sharing a width, visibility and style, as the file states it.
///
/// Columns count from 0 (A is 0) like ``CellReference/column``; the file's `min`/`max` are 1-based.
/// ```swift
/// // <col min="2" max="3" width="20.7109375" customWidth="1" hidden="1" style="4"/>
/// let info = sheet.layout.columns[0]
/// info.firstColumn, info.lastColumn   // 1, 2 (B:C)
/// info.width                          // 20.7109375 (Excel's character units, as written)
/// ```
public struct ColumnInfo: Sendable, Hashable {
    /// First column of the run, 0-based (`min` - 1).
    public var firstColumn: Int
    /// Last column of the run, 0-based (`max` - 1).
    public var lastColumn: Int
    /// The width in Excel's character units as written (padding included), nil when the file gives none.
    public var width: Double?
    /// `customWidth`: the width was set by hand rather than left at the default.
    public var customWidth: Bool
    public var hidden: Bool
    /// `bestFit`: the width was last fitted to the contents.
    public var bestFit: Bool
    /// The style (`cellXfs` index) of the column's empty cells, where given.
    public var style: Int?
    /// Outline (grouping) level, 0 when not grouped.
    public var outlineLevel: Int
    public var collapsed: Bool

    public init(firstColumn: Int, lastColumn: Int, width: Double? = nil, customWidth: Bool = false,
                hidden: Bool = false, bestFit: Bool = false, style: Int? = nil, outlineLevel: Int = 0,
                collapsed: Bool = false) {
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
        self.width = width
        self.customWidth = customWidth
        self.hidden = hidden
        self.bestFit = bestFit
        self.style = style
        self.outlineLevel = outlineLevel
        self.collapsed = collapsed
    }

    /// Whether `column` (0-based) is in this run.
    public func contains(_ column: Int) -> Bool { column >= firstColumn && column <= lastColumn }
}
