/// A conditional format for ``WorksheetWriter/addConditionalFormat(_:to:)``: the rule, the style it applies
/// (a ``CellStyle``: Excel uses its font style and colour, fill, borders and number format) and whether later
/// rules still apply.
///
/// Values and formulas are formula texts as Excel stores them, without the leading `=`: `100`, `$C$2`,
/// `"是"` (text in double quotes), `$C2<0`. Rules on one sheet are applied in the order they are added.
///
/// ```swift
/// let red = CellStyle(fontColor: RGBColor(hex: "9C0006"), fillColor: RGBColor(hex: "FFC7CE"))
/// try sheet.addConditionalFormat(ConditionalFormatOptions(.cell(.greaterThan, "100"), style: red),
///                                to: CellRect("B2:B10")!)
/// try sheet.addConditionalFormat(ConditionalFormatOptions(.threeColorScale(
///     minimum: .init(.lowest, color: .red), middle: .init(.percentile(50), color: .yellow),
///     maximum: .init(.highest, color: RGBColor(hex: "63BE7B")!))), to: CellRect("D2:D10")!)
/// ```
public struct ConditionalFormatOptions: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// The cell's value compared with a value or formula.
        case cell(Comparison, String)
        case cellBetween(String, String)
        case cellNotBetween(String, String)
        /// The cell's text contains, lacks, begins or ends with a text (no double quotes).
        case text(TextMatch, String)
        case timePeriod(TimePeriod)
        case average(AverageKind)
        case duplicate
        case unique
        /// The top 10 values, or the top 10 percent. libxlsxwriter 1.1.4 writes rank 10 whatever it is given, so
        /// any other rank is refused: use a `.formula` with `LARGE` (`B2>=LARGE($B$2:$B$10,3)`).
        case top(Int, percent: Bool)
        case bottom(Int, percent: Bool)
        case blanks
        case noBlanks
        case errors
        case noErrors
        /// A formula true for the cells to format, written for the range's top-left cell (`$C2<0`).
        case formula(String)
        case twoColorScale(minimum: ScalePoint, maximum: ScalePoint)
        case threeColorScale(minimum: ScalePoint, middle: ScalePoint, maximum: ScalePoint)
        /// A data bar; nil thresholds are the lowest and highest values, a nil colour the library's blue.
        case dataBar(minimum: Threshold?, maximum: Threshold?, color: RGBColor?, barOnly: Bool)
        case iconSet(IconStyle, reversed: Bool, iconsOnly: Bool)
    }

    public enum Comparison: Hashable, Sendable, CaseIterable {
        case equal, notEqual, greaterThan, lessThan, greaterThanOrEqual, lessThanOrEqual
    }

    public enum TextMatch: Hashable, Sendable, CaseIterable {
        case containing, notContaining, beginsWith, endsWith
    }

    public enum TimePeriod: Hashable, Sendable, CaseIterable {
        case yesterday, today, tomorrow, last7Days, lastWeek, thisWeek, nextWeek, lastMonth, thisMonth, nextMonth
    }

    public enum AverageKind: Hashable, Sendable, CaseIterable {
        case above, below, aboveOrEqual, belowOrEqual
        case oneDeviationAbove, oneDeviationBelow, twoDeviationsAbove, twoDeviationsBelow
        case threeDeviationsAbove, threeDeviationsBelow
    }

    /// Where a colour scale's or data bar's end or middle lies.
    public enum Threshold: Hashable, Sendable {
        case lowest, highest
        case number(Double)
        case percent(Double)
        case percentile(Double)
        /// A formula (`$A$1`), without the leading `=`.
        case formula(String)
    }

    /// A colour scale's threshold and its colour.
    public struct ScalePoint: Hashable, Sendable {
        public var threshold: Threshold
        public var color: RGBColor

        public init(_ threshold: Threshold, color: RGBColor) {
            self.threshold = threshold
            self.color = color
        }
    }

    /// Excel's icon sets.
    public enum IconStyle: Hashable, Sendable, CaseIterable {
        case threeArrows, threeArrowsGray, threeFlags, threeTrafficLights, threeTrafficLightsRimmed, threeSigns
        case threeSymbolsCircled, threeSymbols
        case fourArrows, fourArrowsGray, fourRedToBlack, fourRatings, fourTrafficLights
        case fiveArrows, fiveArrowsGray, fiveRatings, fiveQuarters
    }

    public var rule: Rule
    /// What the rule applies; nil for rules that need none (scales, bars, icons) or to change nothing shown.
    public var style: CellStyle?
    /// When the rule holds, rules added after it are not applied to the cell.
    public var stopIfTrue: Bool
    /// More ranges the same rule covers, beside the one it is added to.
    public var otherRanges: [CellRect]

    public init(_ rule: Rule, style: CellStyle? = nil, stopIfTrue: Bool = false, otherRanges: [CellRect] = []) {
        self.rule = rule
        self.style = style
        self.stopIfTrue = stopIfTrue
        self.otherRanges = otherRanges
    }
}
