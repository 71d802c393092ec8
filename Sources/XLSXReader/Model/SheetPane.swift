/// A sheet view's `<pane>`: frozen or split rows and columns.
///
/// ```swift
/// // <pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>
/// let pane = sheet.layout.views[0].pane!
/// pane.isFrozen, pane.ySplit             // true, 3.0 (rows frozen above B4)
/// ```
public struct SheetPane: Sendable, Hashable {
    /// Columns left of the split when frozen; the split's position in twentieths of a point when split.
    public var xSplit: Double?
    /// Rows above the split when frozen; the split's position in twentieths of a point when split.
    public var ySplit: Double?
    /// The top-left visible cell of the bottom-right pane.
    public var topLeftCell: CellReference?
    /// `bottomRight`, `topRight`, `bottomLeft` or `topLeft`, as written.
    public var activePane: String?
    /// `frozen`, `frozenSplit` or `split`, as written (nil means `split`).
    public var state: String?

    public init(xSplit: Double? = nil, ySplit: Double? = nil, topLeftCell: CellReference? = nil,
                activePane: String? = nil, state: String? = nil) {
        self.xSplit = xSplit
        self.ySplit = ySplit
        self.topLeftCell = topLeftCell
        self.activePane = activePane
        self.state = state
    }

    /// Whether the panes are frozen (`frozen` or `frozenSplit`) rather than split.
    public var isFrozen: Bool { state == "frozen" || state == "frozenSplit" }
}
