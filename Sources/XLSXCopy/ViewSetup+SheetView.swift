import XLSXReader
import XLSXWriter

extension ViewSetup {
    /// The writer's view for a read sheet view and tab colour.
    init(_ view: SheetView, tabColor: Color?) {
        self.init(zoom: view.zoomScale.flatMap { (10...400).contains($0) && $0 != 100 ? $0 : nil },
                  showsGridlines: view.showGridLines, showsZeros: view.showZeros, rightToLeft: view.rightToLeft,
                  pageLayoutView: view.view == "pageLayout", tabColor: tabColor?.rgb)
        if let pane = view.pane {
            if pane.isFrozen {
                let rows = Int(pane.ySplit ?? 0), columns = Int(pane.xSplit ?? 0)
                frozen = FrozenPanes(row: rows, column: columns, topRow: pane.topLeftCell?.row,
                                     leftColumn: pane.topLeftCell?.column)
            } else if (pane.xSplit ?? 0) > 0 || (pane.ySplit ?? 0) > 0 {
                // A split is stated in twentieths of a point; libxlsxwriter takes points down and characters
                // across (about 7 pixels each, 15 twips a pixel).
                split = SplitPanes(vertical: (pane.ySplit ?? 0) / 20,
                                   horizontal: max(0, ((pane.xSplit ?? 0) / 15 - 5) / 7))
            }
        }
        if let active = view.activeCell {
            let activePane = view.pane?.activePane ?? "topLeft"
            let ranges = (view.selections.first { ($0.pane ?? "topLeft") == activePane } ?? view.selections.last)?.ranges ?? []
            // libxlsxwriter makes a selection's first cell the active one.
            if let range = ranges.first(where: { $0.first == active }) {
                selection = CellRect(range)
            } else {
                selection = CellRect(row: active.row, column: active.column)
            }
        }
    }
}
