/// A 财政局's reference list: the units that must return a form, in the list's order, with their approved figures.
///
/// Read from an XLSX workbook (the first sheet with a name column; a title row and a unit line such as `单位：元`
/// may stand above the header) or a CSV file (UTF-8 with or without a byte-order mark, or GB 18030). Headers are
/// field keys or the labels the form itself uses (``ReferenceColumnReader``); a bad file is a ``ReferenceError``
/// naming its row and column. The value is plain data, so a command can read it once and hand it to every check.
///
/// ```swift
/// let templates = try TemplateBundle.standard.get()
/// let list = try ReferenceList(contentsOf: url, template: templates.form,
///                              vocabulary: try ReferenceVocabulary.standard.get())
/// list.units.count                     // 7
/// list.units[0].figure(.annualBudget, in: .tenThousandYuan)?.text   // "150.0000" (1500000, 单位：元)
/// list.ignoredColumns                  // ["序号", "备注"]
/// ```
public struct ReferenceList: Sendable, Hashable {
    /// The units, in the list's order.
    public var units: [ReferenceUnit]
    /// The sheet it was read from; nil for a CSV file.
    public var sheet: String?
    /// Headers of columns that name nothing the list needs (a 备注, a second name column such as 主管部门): noted,
    /// not refused.
    public var ignoredColumns: [String]
    /// Whether the list has a 单位编码 column.
    public var hasCodes: Bool
    /// Each unit's name as matching works it out, in the units' order, where reading made them (it needs them to
    /// find a unit listed twice); empty for a list made otherwise (``UnitMatcher`` works them out).
    public var names: [UnitName] = []
    /// The header of the 单位编码 column as written, where the list has one.
    public var codeHeader: String?
    /// The header of each figure column as written, by field key (`年度预算数（元）`).
    public var figureHeaders: [FieldKey: String]

    public init(units: [ReferenceUnit], sheet: String? = nil, ignoredColumns: [String] = [], hasCodes: Bool = false,
                codeHeader: String? = nil, figureHeaders: [FieldKey: String] = [:]) {
        self.units = units
        self.sheet = sheet
        self.ignoredColumns = ignoredColumns
        self.hasCodes = hasCodes || codeHeader != nil
        self.codeHeader = codeHeader
        self.figureHeaders = figureHeaders
    }
}
