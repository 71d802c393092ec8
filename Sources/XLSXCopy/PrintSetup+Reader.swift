import XLSXReader
import XLSXWriter

extension XLSXWriter.PrintSetup {
    /// The writer's print setup for a read one (the first print-area range, the odd-page header and footer).
    init(_ read: XLSXReader.PrintSetup) {
        self.init(paper: read.paperSize.map { .code($0) },
                  orientation: read.orientation == "landscape" ? .landscape : .portrait)
        if let scale = read.scale, scale != 100, (10...400).contains(scale) { self.scale = scale }
        if read.fitToPage {
            fitToPagesWide = read.fitToWidth ?? 1
            fitToPagesTall = read.fitToHeight ?? 1
        }
        margins = read.margins.map { margins in
            Margins(left: margins.left, right: margins.right, top: margins.top, bottom: margins.bottom,
                    header: margins.header, footer: margins.footer)
        }
        repeatRows = read.titleRows
        repeatColumns = read.titleColumns
        printArea = read.printArea.first.map(CellRect.init)
        centersHorizontally = read.horizontalCentered
        centersVertically = read.verticalCentered
        header = read.headerFooter?.oddHeader
        footer = read.headerFooter?.oddFooter
        firstPageNumber = read.useFirstPageNumber ? read.firstPageNumber : nil
        overThenDown = read.pageOrder == "overThenDown"
        printsGridlines = read.printGridLines
        printsHeadings = read.printHeadings
        rowBreaks = read.rowBreaks
        columnBreaks = read.columnBreaks
    }
}
