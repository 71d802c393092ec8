/// One `<cfRule>` of a conditional format, as the file states it.
///
/// ``type`` is the schema's (`cellIs`, `expression`, `colorScale`, `dataBar`, `iconSet`, `top10`,
/// `aboveAverage`, `duplicateValues`, `uniqueValues`, `containsText`, `notContainsText`, `beginsWith`,
/// `endsWith`, `containsBlanks`, `notContainsBlanks`, `containsErrors`, `notContainsErrors`, `timePeriod`);
/// attributes the file leaves out keep the schema's defaults. ``format`` is the differential format its `dxfId`
/// names in the styles part, colours resolved against the theme.
///
/// ```swift
/// let rule = layout.conditionalFormats[0].rules[0]
/// rule.type, rule.operator, rule.formulas   // "cellIs", "greaterThan", ["100"]
/// rule.format?.fillColor?.hexARGB           // "FFFF0000"
/// ```
public struct ConditionalFormatRule: Sendable, Hashable {
    public var type: String
    /// `cellIs`'s comparison (`greaterThan`, `between`, …) or a text rule's (`containsText`, …).
    public var `operator`: String?
    /// Lower is applied first.
    public var priority: Int?
    public var stopIfTrue: Bool
    /// The `<formula>`s in order (a `between` has two), as written (no leading `=`).
    public var formulas: [String]
    /// A text rule's text.
    public var text: String?
    /// `top10`: how many (or what percent, with ``percent``).
    public var rank: Int?
    public var percent: Bool
    /// `top10`: the bottom ones rather than the top.
    public var bottom: Bool
    /// `aboveAverage`: above (true, the default) or below.
    public var aboveAverage: Bool
    /// `aboveAverage`: or equal to the average.
    public var equalAverage: Bool
    /// `aboveAverage`: standard deviations away (1–3), nil for the average itself.
    public var standardDeviations: Int?
    /// `timePeriod`'s period (`today`, `last7Days`, `thisMonth`, …).
    public var timePeriod: String?
    public var colorScale: ColorScale?
    public var dataBar: DataBar?
    public var iconSet: IconSet?
    /// `dxfId`: the differential format's index in the styles part.
    public var formatIndex: Int?
    /// The differential format ``formatIndex`` names; nil when none (or it names none the styles part has).
    public var format: DifferentialFormat?

    public init(type: String, operator: String? = nil, priority: Int? = nil, stopIfTrue: Bool = false,
                formulas: [String] = [], text: String? = nil, rank: Int? = nil, percent: Bool = false,
                bottom: Bool = false, aboveAverage: Bool = true, equalAverage: Bool = false,
                standardDeviations: Int? = nil, timePeriod: String? = nil, colorScale: ColorScale? = nil,
                dataBar: DataBar? = nil, iconSet: IconSet? = nil, formatIndex: Int? = nil,
                format: DifferentialFormat? = nil) {
        self.type = type
        self.operator = `operator`
        self.priority = priority
        self.stopIfTrue = stopIfTrue
        self.formulas = formulas
        self.text = text
        self.rank = rank
        self.percent = percent
        self.bottom = bottom
        self.aboveAverage = aboveAverage
        self.equalAverage = equalAverage
        self.standardDeviations = standardDeviations
        self.timePeriod = timePeriod
        self.colorScale = colorScale
        self.dataBar = dataBar
        self.iconSet = iconSet
        self.formatIndex = formatIndex
        self.format = format
    }
}
