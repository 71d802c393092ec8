/// A column or bar chart drawn from worksheet ranges, described as a value and inserted with
/// ``WorksheetWriter/insertChart(_:row:column:)``.
///
/// ```swift
/// let chart = Chart(.column, title: "各部门自评得分",
///                   categoryAxisTitle: "部门", valueAxisTitle: "得分",
///                   series: [Chart.Series(name: "自评得分",
///                                         categories: Chart.DataRange(sheet: "汇总", range: CellRect("A2:A31")!),
///                                         values: Chart.DataRange(sheet: "汇总", range: CellRect("F2:F31")!))])
/// try summary.insertChart(chart, row: 1, column: 10)
/// ```
public struct Chart: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Vertical bars: categories along the bottom.
        case column
        /// Horizontal bars: categories up the side.
        case bar
    }

    /// Cells on a sheet of the workbook.
    public struct DataRange: Hashable, Sendable {
        public var sheet: String
        public var range: CellRect

        public init(sheet: String, range: CellRect) {
            self.sheet = sheet
            self.range = range
        }
    }

    /// One series: its values, the category labels, a name for the legend, and whether each bar shows its value.
    ///
    /// ```swift
    /// Chart.Series(values: Chart.DataRange(sheet: "图表", range: CellRect("B2:B9")!), valueLabelFormat: "0.0%")
    /// ```
    public struct Series: Hashable, Sendable {
        public var name: String?
        public var categories: DataRange?
        public var values: DataRange
        /// The number format of a value label on each bar (`0.0%`, `General`), at most 127 UTF-8 bytes; nil for
        /// no labels.
        public var valueLabelFormat: String?

        public init(name: String? = nil, categories: DataRange? = nil, values: DataRange, valueLabelFormat: String? = nil) {
            self.name = name
            self.categories = categories
            self.values = values
            self.valueLabelFormat = valueLabelFormat
        }
    }

    public var kind: Kind
    public var title: String?
    public var categoryAxisTitle: String?
    public var valueAxisTitle: String?
    /// The number format of the value axis labels (`0%`), at most 127 UTF-8 bytes; nil for General.
    public var valueAxisNumberFormat: String?
    /// 1–255 series.
    public var series: [Series]
    public var showsLegend: Bool
    /// Size relative to Excel's default 480 × 288 pixels, 0.1–10.
    public var widthScale: Double
    public var heightScale: Double
    /// The font size of the category labels in points (1–409), so many categories keep every label; nil for the
    /// program's default.
    public var categoryLabelSize: Double?
    /// Where the value axis starts (0 so bars compare by their length); nil lets the program choose.
    public var valueAxisMinimum: Double?
    /// Categories in the order of their cells from the top (a bar chart draws its first category at the bottom
    /// otherwise); the value axis stays at the bottom.
    public var categoriesTopDown: Bool

    public init(_ kind: Kind, title: String? = nil, categoryAxisTitle: String? = nil, valueAxisTitle: String? = nil,
                series: [Series], showsLegend: Bool = true, widthScale: Double = 1, heightScale: Double = 1,
                valueAxisNumberFormat: String? = nil, valueAxisMinimum: Double? = nil, categoriesTopDown: Bool = false, categoryLabelSize: Double? = nil) {
        self.kind = kind
        self.title = title
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.series = series
        self.showsLegend = showsLegend
        self.widthScale = widthScale
        self.heightScale = heightScale
        self.valueAxisNumberFormat = valueAxisNumberFormat
        self.valueAxisMinimum = valueAxisMinimum
        self.categoriesTopDown = categoriesTopDown
        self.categoryLabelSize = categoryLabelSize
    }
}
