extension Array where Element == CellFormat {
    /// The format of `cell` in a workbook's format table (``Workbook/cellFormats``,
    /// ``WorkbookReader/cellFormats()``): the entry at its ``Cell/styleIndex``; a style index the table does not
    /// have gives its first entry (Excel's Normal), and an empty table (no styles part) ``CellFormat/standard``.
    ///
    /// ```swift
    /// let formats = try reader.cellFormats()
    /// try reader.forEachCell(inSheetAt: 0) { cell in print(cell.reference, formats.format(of: cell).font.bold) }
    /// ```
    public func format(of cell: Cell) -> CellFormat {
        if indices.contains(cell.styleIndex) { return self[cell.styleIndex] }
        return first ?? .standard
    }
}
