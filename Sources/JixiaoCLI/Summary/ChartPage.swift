import XLSXWriter

/// The first printed page of the 图表 sheet, worked out from its columns and the print setup (A4 landscape,
/// one page wide), so its charts are sized to fit on it whole rather than split across pages.
///
/// Excel and LibreOffice scale a sheet printed one page wide by the width of what is printed: the data columns,
/// a gap column, the charts. At that scale the page holds so many pixels of height, less the repeated header.
///
/// ```swift
/// let page = ChartPage(columnWidths: [20, 10, 24], headerHeight: 32, rowHeight: 15, margins: nil)
/// page.chartHeightBudget   // the pixels of height a chart (or two, one above the other) may take
/// ```
struct ChartPage {
    /// Charts' width relative to Excel's default 480 pixels.
    let chartWidthScale = 1.6
    /// The scale the page will print at (at most 1).
    let scale: Double
    /// A row's height in pixels.
    let rowPixels: Double
    /// The height in pixels, at the sheet's own size, that charts placed below the header row may take.
    let chartHeightBudget: Double

    /// A4 landscape in points.
    private static let paperWidth = 842.0
    private static let paperHeight = 595.0
    /// Excel's default margins (inches) when none are set.
    private static let defaultMargins = PrintSetup.Margins(left: 0.7, right: 0.7, top: 0.75, bottom: 0.75)

    init(columnWidths: [Double], headerHeight: Double, rowHeight: Double, margins: PrintSetup.Margins?) {
        let margins = margins ?? Self.defaultMargins
        // Pixels are three quarters of a point; a column of width w takes 7w + 5 pixels (Calibri 11).
        let columns = columnWidths.reduce(0) { $0 + (7 * $1 + 5).rounded() } + 64
        let content = columns + 480 * chartWidthScale + 10
        let printableWidth = (Self.paperWidth - (margins.left + margins.right) * 72) / 0.75
        let printableHeight = (Self.paperHeight - (margins.top + margins.bottom) * 72) / 0.75
        // Programs round the scale down to a whole percent.
        scale = min(1, (printableWidth / content * 100).rounded(.down) / 100)
        rowPixels = rowHeight / 0.75
        // What the page holds at that scale, less the header row and a margin for the programs' own rounding
        // (LibreOffice lays the sheet out larger than Excel, so prints it smaller: more room, not less).
        chartHeightBudget = (printableHeight / scale - headerHeight / 0.75) * 0.95
    }
}
