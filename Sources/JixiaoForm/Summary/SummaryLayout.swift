import Foundation

/// What the summary workbook of a bulk run looks like (`Templates/summary-layout.json`): sheet names, the
/// columns of 汇总 and 问题清单 in order with their headers and widths, status and severity labels, the
/// chart's texts, each in Chinese and English.
///
/// The column keys are the code's (``SummaryColumnKey``, ``FindingColumnKey``); the file chooses their
/// order, headers and widths, so a district can rename or reorder columns without a code change.
///
/// ```swift
/// let layout = try SummaryLayout.standard.get()
/// layout.sheets.summary.text(in: .zh)                        // "汇总"
/// layout.summaryColumns.map(\.key).first                     // "file"
/// layout.statuses["unreadable"]?.text(in: .en)               // "unreadable"
/// ```
public struct SummaryLayout: Sendable, Decodable {
    public typealias Bilingual = RuleCatalog.Bilingual

    /// One column: the code's key, its header in both languages, its width in characters.
    public struct Column: Sendable, Decodable {
        public var key: String
        public var zh: String
        public var en: String
        public var width: Double

        /// The header in `language`, with `{unit}` standing for the summary's money unit (as form.json spells
        /// it).
        ///
        /// ```swift
        /// column.header(in: .zh, unit: "万元")   // "年度预算数（万元）"
        /// ```
        public func header(in language: MessageLanguage, unit: String) -> String {
            SummaryLayout.filling(language == .zh ? zh : en, ["unit": unit])
        }
    }

    /// A band of 预算完成率 for the chart of a large round: the rates below `below` (exclusive) or up to
    /// `atMost` (inclusive), above the band before; a band with neither takes the rest.
    public struct Band: Sendable, Decodable {
        public var below: Double?
        public var atMost: Double?
        public var zh: String
        public var en: String

        /// The band's label in `language`.
        public func label(in language: MessageLanguage) -> String { language == .zh ? zh : en }

        /// Whether a rate above the bands before falls in this band.
        public func holds(_ rate: Double) -> Bool {
            if let below { return rate < below }
            if let atMost { return rate <= atMost }
            return true
        }
    }

    /// The 图表 sheet: one bar per unit up to `barsAtMost` units; above that, units per band and the
    /// `lowest` units by name.
    public struct ChartPlan: Sendable, Decodable {
        public var barsAtMost: Int
        public var lowest: Int
        public var bands: [Band]

        /// The index of the band `rate` falls in (the first that holds it).
        ///
        /// ```swift
        /// plan.band(of: 0.978)   // 3: 90%–100%
        /// ```
        public func band(of rate: Double) -> Int {
            bands.firstIndex { $0.holds(rate) } ?? bands.count - 1
        }
    }

    /// The names of the sheets: the three of every summary, and the two a round with a reference list adds.
    public struct Sheets: Sendable, Decodable {
        public var summary: Bilingual
        public var findings: Bilingual
        public var chart: Bilingual
        /// 收表情况: every unit of the list with its status.
        public var round: Bilingual
        /// 抽查建议: the signals a reviewer samples on.
        public var signals: Bilingual
    }

    public var sheets: Sheets
    /// 汇总: one row per file, in this order.
    public var summaryColumns: [Column]
    /// 问题清单: one row per finding, in this order.
    public var findingColumns: [Column]
    /// 收表情况 (with a reference list): one row per unit of the list, then per form of a unit not on it.
    public var roundColumns: [Column]
    /// 抽查建议 (with a reference list): one row per signal.
    public var signalColumns: [Column]
    /// The CSV report a person opens: its columns in order, with their headers (nil in a layout written
    /// before it had them: the CSV then has the keys as its headers).
    package var csvColumns: [ReportCSV.Column]?
    /// Labels of `ok`, `findings`, `unreadable`.
    public var statuses: [String: Bilingual]
    /// Labels of `error`, `warning`, `info`.
    public var severities: [String: Bilingual]
    /// Other texts by name (`linkText`, `chartTitle` …), see ``textKeys``.
    public var texts: [String: Bilingual]
    /// How the 图表 sheet shows a round.
    public var chart: ChartPlan
    /// 汇总 headers of earlier versions, so a summary written by one (before summaries were marked) is still
    /// told from a form.
    public var formerHeaders: [String]

    /// The keys a 汇总 column may have.
    public static let summaryColumnKeys: Set<String> = SummaryColumnKey.allRawValues
    /// The keys a 问题清单 column may have.
    public static let findingColumnKeys: Set<String> = Set(FindingColumnKey.allCases.map(\.rawValue))
    /// The names ``texts`` must have.
    public static let textKeys: Set<String> = [
        "linkText", "rulesNote", "chartTitle", "chartCategoryAxis", "chartValueAxis", "chartSeries",
        "findingsTruncated", "unitNotStated", "bandChartTitle", "bandHeader", "bandCount", "bandUncomputable",
        "lowestChartTitle", "match.code", "match.name", "match.fuzzy", "match.fileName", "otherFiles", "unreadableFiles",
    ]
    /// The status labels beside the files' statuses: a file whose findings are warnings (and notes) only.
    public static let extraStatusKeys: Set<String> = ["warningsOnly"]

    /// A text by name, in `language`, with its `{placeholders}` filled; the name itself if the layout lacks it.
    ///
    /// ```swift
    /// layout.text("linkText", in: .zh, ["name": "a.xlsx"])   // "打开 a.xlsx"
    /// ```
    public func text(_ name: String, in language: MessageLanguage, _ values: [String: String] = [:]) -> String {
        Self.filling(texts[name]?.text(in: language) ?? name, values)
    }

    /// `text` with each `{key}` replaced by its value.
    package static func filling(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var filled = text
        for (key, value) in values { filled = filled.replacingOccurrences(of: "{" + key + "}", with: value) }
        return filled
    }

    /// Every header a 汇总 column has had: in both languages with each of `units`, and those of earlier versions.
    public func allSummaryHeaders(units: [String]) -> Set<String> {
        var headers = Set(formerHeaders)
        for column in summaryColumns {
            for unit in units { headers.formUnion([column.header(in: .zh, unit: unit), column.header(in: .en, unit: unit)]) }
        }
        return headers
    }

    /// The label of a file status.
    public func label(for status: FileStatus, in language: MessageLanguage) -> String {
        statuses[status.rawValue]?.text(in: language) ?? status.rawValue
    }

    /// The label of a severity.
    public func label(for severity: Severity, in language: MessageLanguage) -> String {
        severities[severity.rawValue]?.text(in: language) ?? severity.rawValue
    }

    /// What is wrong with the layout: unknown or repeated column keys, a missing file column, missing labels
    /// or texts. Empty when it is usable.
    public func problems() -> [String] {
        var problems: [String] = []
        for (sheet, columns, known) in [("summaryColumns", summaryColumns, Self.summaryColumnKeys),
                                        ("findingColumns", findingColumns, Self.findingColumnKeys),
                                        ("roundColumns", roundColumns, Set(RoundColumnKey.allCases.map(\.rawValue))),
                                        ("signalColumns", signalColumns, Set(SignalColumnKey.allCases.map(\.rawValue)))] {
            let keys = columns.map(\.key)
            for key in keys where !known.contains(key) { problems.append("\(sheet): unknown column key \(key)") }
            for key in Set(keys) where keys.filter({ $0 == key }).count > 1 {
                problems.append("\(sheet): column key \(key) repeated")
            }
            if !keys.contains("file") { problems.append("\(sheet): no file column") }
            for column in columns where !(0...255).contains(column.width) {
                problems.append("\(sheet): width of \(column.key) outside 0–255")
            }
        }
        if let keys = csvColumns?.map(\.key) {
            for key in keys where ReportCSV.Key(rawValue: key) == nil { problems.append("csvColumns: unknown column key \(key)") }
            for key in ReportCSV.Key.allCases where keys.filter({ $0 == key.rawValue }).count != 1 {
                problems.append("csvColumns: column key \(key.rawValue) not there exactly once")
            }
        }
        for status in FileStatus.allCases where statuses[status.rawValue] == nil {
            problems.append("statuses: no label for \(status.rawValue)")
        }
        for severity in Severity.allCases where severities[severity.rawValue] == nil {
            problems.append("severities: no label for \(severity.rawValue)")
        }
        for name in Self.extraStatusKeys where statuses[name] == nil { problems.append("statuses: no label for \(name)") }
        for name in Self.textKeys where texts[name] == nil { problems.append("texts: no \(name)") }
        if chart.bands.isEmpty { problems.append("chart: no bands") }
        if chart.barsAtMost < 1 || chart.lowest < 1 { problems.append("chart: barsAtMost and lowest must be at least 1") }
        return problems
    }

    /// The layout bundled with the library (`Templates/summary-layout.json`), loaded and checked once.
    public static let standard: Result<SummaryLayout, TemplateLoadError> =
        TemplateCatalog.standard(\.summaryLayout, as: SummaryLayout.self) { $0.problems() }

    /// The layout file's name in a templates folder.
    public static let fileName = "summary-layout.json"

    /// Loads and checks a layout file.
    /// - Throws: ``TemplateLoadError`` when the file is missing, malformed, or names unknown columns.
    public static func load(from url: URL) throws(TemplateLoadError) -> SummaryLayout {
        try TemplateCatalog.decode(SummaryLayout.self, at: url) { $0.problems() }
    }
}
