/// One `<xf>` of `cellXfs` or `cellStyleXfs` as written: the ids it names (nil where the attribute is missing),
/// its own alignment and protection (nil where the element is missing) and its `apply…` flags.
///
/// The flags are kept for what they say but do not change what a cell shows: Excel draws a cell with its
/// `cellXfs` entry's ids whatever `applyFont` and the rest say (they record which parts differ from the
/// named style), and LibreOffice's import does the same ("Excel uses the cell attributes if they differ from
/// the parent style XF, even if the used flag is switched off").
///
/// ```swift
/// let record = CellStyleRecord(fontID: 2, fillID: 0, borderID: 1, numberFormatID: 164, parentID: 0)
/// ```
struct CellStyleRecord: Sendable, Hashable {
    var fontID: Int?
    var fillID: Int?
    var borderID: Int?
    var numberFormatID: Int?
    /// `xfId`: the `cellStyleXfs` entry (named style) a `cellXfs` entry is based on.
    var parentID: Int?
    var alignment: Alignment?
    var protection: Protection?
    var quotePrefix = false
    var applyNumberFormat: Bool?
    var applyFont: Bool?
    var applyFill: Bool?
    var applyBorder: Bool?
    var applyAlignment: Bool?
    var applyProtection: Bool?
}
