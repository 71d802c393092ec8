/// Where a drawing object sits on a sheet, as the drawing part states it.
///
/// - ``Kind/twoCell``: from one cell corner to another (`xdr:twoCellAnchor`); ``editAs`` says how it follows
///   the cells (`twoCell`, the default: moves and sizes; `oneCell`: moves only; `absolute`: neither).
/// - ``Kind/oneCell``: from a cell corner with a size (`xdr:oneCellAnchor`): moves with the cell, keeps its size.
/// - ``Kind/absolute``: at a position on the sheet with a size (`xdr:absoluteAnchor`), cells aside; ``from`` is
///   then A1 with the position as its offsets.
///
/// ```swift
/// let anchor = picture.anchor
/// anchor.kind                 // .twoCell
/// anchor.from.cell.description, anchor.to?.cell.description   // "C5", "F12"
/// anchor.extent               // nil: a two-cell anchor's size is its cells'
/// ```
public struct PictureAnchor: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case twoCell, oneCell, absolute
    }

    public var kind: Kind
    /// The top-left corner (for an absolute anchor: A1 offset by its position).
    public var from: AnchorPoint
    /// The bottom-right corner of a two-cell anchor.
    public var to: AnchorPoint?
    /// The size a one-cell or absolute anchor states (`xdr:ext`).
    public var extent: DrawingExtent?
    /// A two-cell anchor's `editAs` (`twoCell`, `oneCell`, `absolute`); nil when not stated.
    public var editAs: String?

    public init(kind: Kind, from: AnchorPoint, to: AnchorPoint? = nil, extent: DrawingExtent? = nil,
                editAs: String? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.extent = extent
        self.editAs = editAs
    }

    /// Whether the object moves when rows or columns before it are inserted or resized.
    public var movesWithCells: Bool {
        switch kind {
        case .absolute: false
        case .oneCell: true
        case .twoCell: editAs != "absolute"
        }
    }

    /// Whether the object is resized with the cells under it (only a two-cell anchor edited as `twoCell`).
    public var sizesWithCells: Bool {
        kind == .twoCell && (editAs == nil || editAs == "twoCell")
    }
}
