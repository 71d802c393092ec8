/// One `<sheetView>` of a sheet: zoom, gridlines, frozen panes, the active cell.
///
/// Optional fields are nil where the file does not state them (Excel's default applies); Boolean fields hold
/// the stated value or the schema's default.
/// ```swift
/// let view = sheet.layout.views[0]
/// view.zoomScale          // 85
/// view.showGridLines      // false
/// view.activeCell         // C8
/// ```
public struct SheetView: Sendable, Hashable {
    /// `tabSelected`: the sheet's tab is selected (the active sheet, in practice).
    public var tabSelected: Bool
    /// Zoom in percent (`zoomScale`), nil when unstated (100).
    public var zoomScale: Int?
    public var zoomScaleNormal: Int?
    public var zoomScalePageLayoutView: Int?
    public var zoomScaleSheetLayoutView: Int?
    public var showGridLines: Bool
    public var showRowColHeaders: Bool
    public var showZeros: Bool
    public var rightToLeft: Bool
    /// `normal`, `pageBreakPreview` or `pageLayout`, as written.
    public var view: String?
    /// The top-left visible cell.
    public var topLeftCell: CellReference?
    public var workbookViewID: Int
    /// Frozen or split panes, if any.
    public var pane: SheetPane?
    /// Selections in file order, one per pane at most.
    public var selections: [SheetSelection]

    public init(tabSelected: Bool = false, zoomScale: Int? = nil, zoomScaleNormal: Int? = nil,
                zoomScalePageLayoutView: Int? = nil, zoomScaleSheetLayoutView: Int? = nil,
                showGridLines: Bool = true, showRowColHeaders: Bool = true, showZeros: Bool = true,
                rightToLeft: Bool = false, view: String? = nil, topLeftCell: CellReference? = nil,
                workbookViewID: Int = 0, pane: SheetPane? = nil, selections: [SheetSelection] = []) {
        self.tabSelected = tabSelected
        self.zoomScale = zoomScale
        self.zoomScaleNormal = zoomScaleNormal
        self.zoomScalePageLayoutView = zoomScalePageLayoutView
        self.zoomScaleSheetLayoutView = zoomScaleSheetLayoutView
        self.showGridLines = showGridLines
        self.showRowColHeaders = showRowColHeaders
        self.showZeros = showZeros
        self.rightToLeft = rightToLeft
        self.view = view
        self.topLeftCell = topLeftCell
        self.workbookViewID = workbookViewID
        self.pane = pane
        self.selections = selections
    }

    /// The active cell: the selection in the active pane (or the only one), nil when no selection names one
    /// (Excel then shows A1).
    public var activeCell: CellReference? {
        // An unstated pane is the top-left one, for the pane and for a selection alike.
        let activePane = pane?.activePane ?? "topLeft"
        return (selections.first { ($0.pane ?? "topLeft") == activePane } ?? selections.last)?.activeCell
    }
}
