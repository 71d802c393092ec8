/// A sheet view's `<selection>` in one pane: the active cell and the selected ranges.
///
/// ```swift
/// // <selection pane="bottomLeft" activeCell="C8" sqref="C8 E2:E4"/>
/// let selection = sheet.layout.views[0].selections[0]
/// selection.activeCell?.description      // "C8"
/// selection.ranges.map(\.description)    // ["C8", "E2:E4"]
/// ```
public struct SheetSelection: Sendable, Hashable {
    /// The pane this selection is in (`bottomLeft` …), nil for the top-left (only) pane.
    public var pane: String?
    public var activeCell: CellReference?
    /// Which of ``ranges`` holds the active cell, where stated.
    public var activeCellID: Int?
    /// `sqref`: the selected ranges in file order.
    public var ranges: [CellRange]

    public init(pane: String? = nil, activeCell: CellReference? = nil, activeCellID: Int? = nil,
                ranges: [CellRange] = []) {
        self.pane = pane
        self.activeCell = activeCell
        self.activeCellID = activeCellID
        self.ranges = ranges
    }
}
