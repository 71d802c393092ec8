/// The stated properties of one `<row>` that has any (height, visibility, style, outline); ordinary rows have
/// no `RowInfo`.
///
/// ```swift
/// // <row r="5" ht="30" customHeight="1" hidden="1">
/// let info = sheet.layout.rows.first { $0.row == 4 }!
/// info.height, info.hidden            // 30.0 (points), true
/// ```
public struct RowInfo: Sendable, Hashable {
    /// The row, 0-based (sheet row 5 is 4).
    public var row: Int
    /// The height in points as written (`ht`), nil when the file gives none.
    public var height: Double?
    /// `customHeight`: the height was set by hand.
    public var customHeight: Bool
    public var hidden: Bool
    /// The style (`cellXfs` index) of the row's empty cells (`s`); Excel applies it only with ``customFormat``.
    public var style: Int?
    public var customFormat: Bool
    /// Outline (grouping) level, 0 when not grouped.
    public var outlineLevel: Int
    public var collapsed: Bool

    public init(row: Int, height: Double? = nil, customHeight: Bool = false, hidden: Bool = false,
                style: Int? = nil, customFormat: Bool = false, outlineLevel: Int = 0, collapsed: Bool = false) {
        self.row = row
        self.height = height
        self.customHeight = customHeight
        self.hidden = hidden
        self.style = style
        self.customFormat = customFormat
        self.outlineLevel = outlineLevel
        self.collapsed = collapsed
    }
}
