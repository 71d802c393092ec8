/// One `<dataValidation>` of a sheet (or of Excel 2010's `x14:dataValidation` extension, used for lists taken
/// from another sheet): what may be typed in its ranges, with the texts and formulas as written.
///
/// ```swift
/// // <dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D5:D9">
/// //   <formula1>"是,否"</formula1></dataValidation>
/// let rule = sheet.layout.dataValidations[0]
/// rule.type, rule.formula1                 // "list", "\"是,否\""
/// rule.ranges.map(\.description)           // ["D5:D9"]
/// ```
public struct DataValidation: Sendable, Hashable {
    /// `whole`, `decimal`, `list`, `date`, `time`, `textLength` or `custom`; nil for `none` (unstated).
    public var type: String?
    /// `between`, `notBetween`, `equal`, `notEqual`, `lessThan`, `lessThanOrEqual`, `greaterThan`,
    /// `greaterThanOrEqual`; nil when unstated (`between`).
    public var `operator`: String?
    public var allowBlank: Bool
    /// `showDropDown` as written. Note the inversion in the file format: true *hides* a list's in-cell arrow.
    public var showDropDown: Bool
    public var showInputMessage: Bool
    public var showErrorMessage: Bool
    /// `stop`, `warning` or `information`; nil when unstated (`stop`).
    public var errorStyle: String?
    public var promptTitle: String?
    public var prompt: String?
    public var errorTitle: String?
    public var error: String?
    /// The first formula or value as written, without `=` (a list's items in quotes: `"是,否"`).
    public var formula1: String?
    public var formula2: String?
    /// `sqref`: the cells the rule applies to, in file order.
    public var ranges: [CellRange]

    public init(type: String? = nil, operator: String? = nil, allowBlank: Bool = false, showDropDown: Bool = false,
                showInputMessage: Bool = false, showErrorMessage: Bool = false, errorStyle: String? = nil,
                promptTitle: String? = nil, prompt: String? = nil, errorTitle: String? = nil, error: String? = nil,
                formula1: String? = nil, formula2: String? = nil, ranges: [CellRange] = []) {
        self.type = type
        self.operator = `operator`
        self.allowBlank = allowBlank
        self.showDropDown = showDropDown
        self.showInputMessage = showInputMessage
        self.showErrorMessage = showErrorMessage
        self.errorStyle = errorStyle
        self.promptTitle = promptTitle
        self.prompt = prompt
        self.errorTitle = errorTitle
        self.error = error
        self.formula1 = formula1
        self.formula2 = formula2
        self.ranges = ranges
    }
}
