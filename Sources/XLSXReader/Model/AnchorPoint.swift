/// A corner of a drawing object: a cell and an offset into it in EMU (`xdr:from`, `xdr:to`).
///
/// ```swift
/// let from = AnchorPoint(row: 1, column: 1, rowOffset: 47_625, columnOffset: 95_250)
/// from.cell.description   // "B2"
/// from.columnOffset / DrawingExtent.emuPerPixel   // 10 (pixels)
/// ```
public struct AnchorPoint: Sendable, Hashable {
    /// 0-based row (`xdr:row`).
    public var row: Int
    /// 0-based column (`xdr:col`).
    public var column: Int
    /// EMU down from the cell's top (`xdr:rowOff`).
    public var rowOffset: Int
    /// EMU right from the cell's left (`xdr:colOff`).
    public var columnOffset: Int

    public init(row: Int, column: Int, rowOffset: Int = 0, columnOffset: Int = 0) {
        self.row = row
        self.column = column
        self.rowOffset = rowOffset
        self.columnOffset = columnOffset
    }

    /// The cell the corner is in.
    public var cell: CellReference { CellReference(row: row, column: column) }
}
