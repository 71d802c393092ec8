/// A data bar rule: its two thresholds, the bar's colour and lengths (Excel 2007's `<dataBar>`; Excel 2010's
/// extension with solid bars and negative colours is not read).
///
/// ```swift
/// rule.dataBar?.color?.hexARGB   // "FF638EC6"
/// ```
public struct DataBar: Sendable, Hashable {
    public var values: [ConditionalValue]
    public var color: Color?
    /// Shortest bar in percent of the cell (default 10).
    public var minLength: Int
    /// Longest bar in percent of the cell (default 90).
    public var maxLength: Int
    /// Whether the cell's value shows beside the bar.
    public var showValue: Bool

    public init(values: [ConditionalValue] = [], color: Color? = nil, minLength: Int = 10, maxLength: Int = 90,
                showValue: Bool = true) {
        self.values = values
        self.color = color
        self.minLength = minLength
        self.maxLength = maxLength
        self.showValue = showValue
    }
}
