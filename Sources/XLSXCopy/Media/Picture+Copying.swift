import XLSXReader
import XLSXWriter

extension Picture {
    /// Places this picture on `sheet` where it sat in the read sheet: the same top-left cell and offset (EMU
    /// rounded to pixels), the drawn size, the way it follows the cells, the alt text.
    ///
    /// The size is the drawn one (``Picture/displayedSize``); a two-cell anchor that states none is sized from
    /// its corners over `layout`'s column widths and row heights (Excel's pixel rules for the default font),
    /// else drawn at the image's own size. An absolute anchor is placed at A1 offset by its position.
    /// - Throws: the writer's errors: `.invalidPicture` for an image libxlsxwriter cannot place (EMF, WMF,
    ///   TIFF, damaged bytes), `.cellOutOfRange` for an anchor off the grid.
    ///
    /// ```swift
    /// for picture in sheet.layout.pictures {
    ///     try picture.copy(to: writerSheet, layout: sheet.layout)
    /// }
    /// ```
    package func copy(to sheet: WorksheetWriter, layout: SheetLayout? = nil) throws(XLSXWriterError) {
        let from = anchor.from
        var size = PictureOptions.Size.scale(x: 1, y: 1)
        if let drawn = displayedSize, drawn.width > 0, drawn.height > 0 {
            size = .pixels(width: drawn.widthInPixels, height: drawn.heightInPixels)
        } else if let to = anchor.to, let layout {
            let width = Self.span(from: from.column, from.columnOffset, to: to.column, to.columnOffset,
                                  pixels: { Self.columnPixels($0, in: layout) })
            let height = Self.span(from: from.row, from.rowOffset, to: to.row, to.rowOffset,
                                   pixels: { Self.rowPixels($0, in: layout) })
            if width > 0, height > 0 { size = .pixels(width: width, height: height) }
        }
        let positioning: PictureOptions.Positioning = anchor.sizesWithCells ? .moveAndSize
            : anchor.movesWithCells ? .moveOnly : .fixed
        let options = PictureOptions(xOffset: Self.pixels(from.columnOffset), yOffset: Self.pixels(from.rowOffset),
                                     size: size, positioning: positioning, description: description)
        try sheet.insertPicture(bytes, row: from.row, column: from.column, options: options)
    }

    /// EMU as whole pixels.
    private static func pixels(_ emu: Int) -> Int {
        Int((Double(emu) / Double(DrawingExtent.emuPerPixel)).rounded())
    }

    /// Pixels from one corner to the other along rows or columns.
    private static func span(from first: Int, _ firstOffset: Int, to last: Int, _ lastOffset: Int,
                             pixels: (Int) -> Double) -> Double {
        guard last >= first, last - first <= 16_384 else { return 0 }
        var total = 0.0
        for index in first..<last { total += pixels(index) }
        return total - Double(firstOffset) / Double(DrawingExtent.emuPerPixel)
            + Double(lastOffset) / Double(DrawingExtent.emuPerPixel)
    }

    /// A column's width in pixels, as Excel draws it with the default font (7-pixel digits, 5 pixels padding).
    private static func columnPixels(_ column: Int, in layout: SheetLayout) -> Double {
        if layout.isColumnHidden(column) { return 0 }
        let width = layout.columns.last { $0.contains(column) }?.width ?? layout.defaultColumnWidth ?? 8.43
        return width < 1 ? (width * 12).rounded() : (width * 7).rounded() + 5
    }

    /// A row's height in pixels (4 pixels to 3 points).
    private static func rowPixels(_ row: Int, in layout: SheetLayout) -> Double {
        if layout.isRowHidden(row) { return 0 }
        let points = layout.rowInfo(row)?.height ?? layout.defaultRowHeight ?? 15
        return (points * 4 / 3).rounded()
    }
}
