/// How a sheet shows on screen: zoom, gridlines, zeros, direction, tab colour, frozen or split panes, the
/// selected cells.
///
/// ```swift
/// var view = ViewSetup()
/// view.zoom = 85
/// view.showsGridlines = false
/// view.frozen = ViewSetup.FrozenPanes(row: 4, column: 1)     // rows 1–4 and column A stay put
/// view.selection = CellRect("C8")
/// try sheet.setView(view)
/// ```
public struct ViewSetup: Hashable, Sendable {
    /// Zoom in percent, 10–400; nil for 100.
    public var zoom: Int?
    public var showsGridlines: Bool
    /// False shows zero values as empty cells.
    public var showsZeros: Bool
    public var rightToLeft: Bool
    /// Opens in Page Layout view.
    public var pageLayoutView: Bool
    public var tabColor: RGBColor?
    /// Frozen rows and columns; takes precedence over ``split``.
    public var frozen: FrozenPanes?
    /// A split window.
    public var split: SplitPanes?
    /// The selected range; its first cell is the active cell. Nil leaves A1 active.
    public var selection: CellRect?

    public init(zoom: Int? = nil, showsGridlines: Bool = true, showsZeros: Bool = true, rightToLeft: Bool = false,
                pageLayoutView: Bool = false, tabColor: RGBColor? = nil, frozen: FrozenPanes? = nil,
                split: SplitPanes? = nil, selection: CellRect? = nil) {
        self.zoom = zoom
        self.showsGridlines = showsGridlines
        self.showsZeros = showsZeros
        self.rightToLeft = rightToLeft
        self.pageLayoutView = pageLayoutView
        self.tabColor = tabColor
        self.frozen = frozen
        self.split = split
        self.selection = selection
    }

    /// Rows above ``row`` and columns left of ``column`` stay visible; the lower-right pane starts scrolled to
    /// ``topRow`` and ``leftColumn``.
    public struct FrozenPanes: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public var topRow: Int
        public var leftColumn: Int

        public init(row: Int, column: Int, topRow: Int? = nil, leftColumn: Int? = nil) {
            self.row = row
            self.column = column
            self.topRow = topRow ?? row
            self.leftColumn = leftColumn ?? column
        }
    }

    /// A split window: the split's distance from the top in points and from the left in characters of the
    /// default font (libxlsxwriter's units; 0 for no split that way).
    public struct SplitPanes: Hashable, Sendable {
        public var vertical: Double
        public var horizontal: Double

        public init(vertical: Double, horizontal: Double) {
            self.vertical = vertical
            self.horizontal = horizontal
        }
    }
}
