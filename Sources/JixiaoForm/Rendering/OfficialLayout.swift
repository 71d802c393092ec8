import Foundation

/// The official layout that `fix`, `fill` and `template` draw, read from `Templates/official-layout.json`.
///
/// Every label, width, height, format precision, mark colour and sheet name is data; the renderer only knows
/// the order of the blocks (title, year, unit, department, funds, goals, key indicators, tasks, closing texts).
///
/// ```swift
/// let layout = try OfficialLayout.standard.get()
/// layout.funds.rows[0][0].label   // "整体支出年度预算数"
/// ```
public struct OfficialLayout: Decodable, Sendable {
    public struct Font: Decodable, Sendable {
        public var name: String
        public var size: Double
    }

    public struct Title: Decodable, Sendable {
        public var defaultText: String
        public var size: Double
        public var height: Double
    }

    public struct Line: Decodable, Sendable {
        public var pattern: String
        public var blank: String?
        public var defaultUnit: String?
        public var size: Double?
        public var height: Double
    }

    public struct Labelled: Decodable, Sendable {
        public var label: String
        public var height: Double
    }

    public struct FundsField: Decodable, Sendable {
        public var key: String
        public var label: String
        public var field: FieldKey { FieldKey(rawValue: key) }
    }

    public struct FundsBlock: Decodable, Sendable {
        public var label: String
        public var rowHeight: Double
        /// Each row: two label–value pairs (label in B, value in C; label in D, value in E:F).
        public var rows: [[FundsField]]
        /// Decimals of an amount the form does not give a precision for (a blank template).
        public var amountPlaces: Int
        /// Decimals of a computed rate as a fraction: 3 shows 97.8%.
        public var ratePlaces: Int
        /// What opens the label of a part no row names (`其中：`), written before a grid's 单位资金.
        public var partPrefix: String
    }

    public struct Goals: Decodable, Sendable {
        public var label: String
        public var headers: [String]
        public var headerHeight: Double
        public var minimumHeight: Double
    }

    public struct Table: Decodable, Sendable {
        public var label: String?
        public var headers: [String]
        public var headerHeight: Double
        public var rowHeight: Double
        /// Rows drawn for a form that has none (the blank template).
        public var blankRows: Int
    }

    public struct ClosingText: Decodable, Sendable {
        public var key: String
        public var label: String
        public var field: FieldKey { FieldKey(rawValue: key) }
    }

    public struct BlankScoreRow: Decodable, Sendable {
        public var level1: String?
        public var level2: String?
        public var level3: String?
        public var weight: Decimal?
    }

    public struct ScoreSheetLayout: Decodable, Sendable {
        public var name: String
        public var titlePattern: String
        public var blankTitle: String
        public var headers: [String]
        public var columnWidths: [Double]
        public var totalLabel: String
        public var gradeLabel: String
        public var scorePlaces: Int
        /// The 一级指标 a funds grid's own score (MOF, Sichuan: 预算执行 得分) is written as, the official
        /// 评分表 having no funds block score of its own.
        public var fundsBlockLabel: String
        public var blankRows: [BlankScoreRow]
    }

    public struct FindingsSheetLayout: Decodable, Sendable {
        public var name: String
        public var headers: [String]
        public var headersEnglish: [String]
        public var columnWidths: [Double]
        /// Header rows of earlier versions, so a corrected table written by one is still told from a form.
        public var formerHeaders: [[String]]?
        public var corrected: String
        public var filled: String
        public var manual: String
        public var correctedEnglish: String
        public var filledEnglish: String
        public var manualEnglish: String
        public var noFindings: String
        public var noFindingsEnglish: String
        /// Chinese names of the severities (`error` → 错误).
        public var severities: [String: String]
        /// The heading over the parts of a unit's own workbook that its corrected copy could not carry.
        public var uncarriedHeading: String
        public var uncarriedHeadingEnglish: String
        /// Names of those parts by kind (`chart` → 图表), as `UncarriedPart.Kind` names them.
        public var uncarriedKinds: [String: String]
        public var uncarriedKindsEnglish: [String: String]
    }

    public struct Marks: Decodable, Sendable {
        /// Fill of a cell whose wrong value was replaced (RRGGBB).
        public var correctedFill: String
        /// Fill of a blank derived cell that was filled in.
        public var filledFill: String
        public var commentAuthor: String
        public var correctedComment: String
        public var filledComment: String
        public var correctedCommentEnglish: String
        public var filledCommentEnglish: String
        /// A value that had no finding of its own but changes because the parts it adds up were corrected.
        public var cascadedComment: String
        public var cascadedCommentEnglish: String
    }

    public struct Print: Decodable, Sendable {
        public struct Margins: Decodable, Sendable {
            public var left: Double
            public var right: Double
            public var top: Double
            public var bottom: Double
        }
        public var landscape: Bool
        public var fitToWidth: Bool
        /// The form on one page, shrunk to fit its height too (a form with many indicators or tasks).
        public var fitToOnePage: Bool?
        public var margins: Margins
    }

    public struct Properties: Decodable, Sendable {
        public var title: String
        public var author: String
        public var comments: String
    }

    public var sheetName: String
    public var font: Font
    public var columnWidths: [Double]
    public var title: Title
    public var yearLine: Line
    public var unitLine: Line
    public var department: Labelled
    public var funds: FundsBlock
    public var goals: Goals
    public var keyIndicators: Table
    public var tasks: Table
    public var closing: [ClosingText]
    public var closingHeight: Double
    public var scoreSheet: ScoreSheetLayout
    public var findingsSheet: FindingsSheetLayout
    public var marks: Marks
    public var print: Print
    public var properties: Properties

    /// The layout bundled with the library, read once.
    public static let standard: Result<OfficialLayout, TemplateLoadError> =
        TemplateCatalog.standard(\.officialLayout, as: OfficialLayout.self)

    /// Reads a layout file.
    public static func load(from url: URL) throws(TemplateLoadError) -> OfficialLayout {
        try TemplateCatalog.decode(OfficialLayout.self, at: url)
    }

    /// Fills `{name}` placeholders.
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var text = pattern
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}
