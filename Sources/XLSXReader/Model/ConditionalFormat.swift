/// One `<conditionalFormatting>` of a sheet: the ranges it covers and its rules.
///
/// ```swift
/// let format = try Workbook(contentsOf: url).sheets[0].layout.conditionalFormats[0]
/// format.ranges.map(\.description)       // ["B2:B10"]
/// format.rules[0].type                   // "cellIs"
/// format.rules[0].format?.fillColor?.hexARGB   // "FFFFC7CE"
/// ```
public struct ConditionalFormat: Sendable, Hashable {
    /// `sqref`: the ranges, in file order (ranges that do not parse are skipped).
    public var ranges: [CellRange]
    /// The `<cfRule>`s in file order.
    public var rules: [ConditionalFormatRule]

    public init(ranges: [CellRange], rules: [ConditionalFormatRule] = []) {
        self.ranges = ranges
        self.rules = rules
    }
}
