/// What a conditional format changes when its rule holds (`<dxf>` in the styles part): only what it states.
///
/// A differential format states only the properties it overrides; each part is nil when it states none. In a
/// `<dxf>` a solid fill's colour is usually its `bgColor` (Excel and XlsxWriter write it there; openpyxl writes
/// both), so ``fillColor`` reads the background first.
///
/// ```swift
/// let format = rule.format!
/// format.fillColor?.hexARGB       // "FFFFC7CE"
/// format.font?.color?.hexARGB     // "FF9C0006"
/// format.font?.bold               // false
/// ```
public struct DifferentialFormat: Sendable, Hashable {
    public var font: Font?
    public var fill: Fill?
    public var border: Border?
    public var numberFormat: NumberFormat?

    public init(font: Font? = nil, fill: Fill? = nil, border: Border? = nil, numberFormat: NumberFormat? = nil) {
        self.font = font
        self.fill = fill
        self.border = border
        self.numberFormat = numberFormat
    }

    /// The colour the fill paints the cell: its background, else its foreground.
    public var fillColor: Color? { fill?.background ?? fill?.foreground }
}
