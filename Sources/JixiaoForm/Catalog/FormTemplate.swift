import Foundation

/// The standard form's labels and structure, as data (`Templates/form.json`).
///
/// Recognition reads everything it knows about wording from here: label synonyms keyed by model key
/// (domain.md §1.3), section labels, the two tables' column headers, the 评分表 header and grade bands,
/// and the title, year and unit patterns. Nothing in it is a cell address.
///
/// ```swift
/// let template = try TemplateBundle.standard.get().form
/// template.fields["funds.annualBudget"]?.labels.first   // "整体支出年度预算数"
/// ```
public struct FormTemplate: Sendable, Decodable {
    /// How labels are normalised before they are compared.
    public struct Normalisation: Sendable, Decodable {
        /// Regular expressions removed from a normalised label until none applies (numbering, colons, suffixes).
        public var stripPatterns: [String]
        /// Whole cell texts that mean "not applicable" (`--`).
        public var notApplicableTexts: [String]
        /// Texts that mark a cell "not applicable" wherever they appear (`基数为0`).
        public var notApplicableMarkers: [String]
        /// Texts that mark a template row as deliberately left blank (`（以下空白）`).
        public var fillerMarkers: [String]
        /// Currency marks dropped from a number typed as text.
        public var currencyMarks: [String]
    }

    /// How the title line is recognised.
    public struct Title: Sendable, Decodable {
        /// A title contains one of these.
        public var keywords: [String]
        /// Longer texts are prose, not a title.
        public var maxLength: Int
        /// How a department named only in the title is read, for a form with no 部门名称 field.
        public var department: TitleDepartment
    }

    /// The department in a title such as `广州市某某局2023年度部门整体支出绩效自评表`.
    public struct TitleDepartment: Sendable, Decodable {
        /// Regular expressions on the title whose first group is the department, tried in order.
        public var patterns: [String]
        /// Regular expressions removed from the group (a leading year, brackets, a trailing colon).
        public var stripPatterns: [String]
        /// Endings of a place name (区, 市, 县): such a text names a region, not a department, and is not taken.
        public var regionSuffixes: [String]
        /// Words that name no department in particular (部门, 单位): not taken.
        public var genericNames: [String]
    }

    /// How the year is read from the title or a line of its own.
    public struct Year: Sendable, Decodable {
        /// Regular expressions whose first group is the year.
        public var patterns: [String]
    }

    /// How the money unit is read.
    public struct MoneyUnit: Sendable, Decodable {
        /// The units a form may use.
        public var units: [String]
        /// Regular expressions for a unit line (`单位：万元`); the first group is the unit.
        public var linePatterns: [String]
        /// Regular expressions for a unit suffix on a label (`年度预算数（万元）`).
        public var labelSuffixPatterns: [String]
        /// Each unit's size in 元 as a power of ten (元 0, 万元 4): how ``AmountUnit`` reads a unit's text. Optional in
        /// a district's own file (its amounts are then not converted).
        public var powersOfTen: [String: Int]?
    }

    /// One scalar field: the labels that name it, most specific first. What the field holds is the model's
    /// (``FormField``, under the same key).
    public struct Field: Sendable, Decodable {
        public var labels: [String]
    }

    /// A repeating table: its column headers by column key, and which columns tell it from other tables.
    public struct Table: Sendable, Decodable {
        public var columns: [String: [String]]
        public var distinctive: [String]
    }

    /// A grade band of the score sheet.
    public struct Grade: Sendable, Decodable {
        public var name: String
        public var minimum: Decimal
        public var aliases: [String]
    }

    /// The 评分表's header, total and grade labels, and grade bands (highest first).
    public struct ScoreSheet: Sendable, Decodable {
        public var columns: [String: [String]]
        public var required: [String]
        public var totalLabels: [String]
        public var gradeLabels: [String]
        public var grades: [Grade]
    }

    /// A name for this layout.
    public var layout: String
    /// How many distinct labels a sheet must show to be taken for the form.
    public var minimumLabels: Int
    public var normalisation: Normalisation
    public var title: Title
    public var year: Year
    public var unit: MoneyUnit
    /// Scalar fields by model key (`department`, `funds.annualBudget`, `problems` …).
    public var fields: [String: Field]
    /// Texts that start the form's footer (signatures, dates, notes): a table ends at a row starting with one.
    public var footerPrefixes: [String]
    /// Section labels by block name.
    public var blocks: [String: [String]]
    /// How a funds grid's total row and its parts are told apart.
    public var fundsGrid: FundsGrid
    /// The repeating tables by model key (`keyIndicators`, `tasks`).
    public var tables: [String: Table]
    public var scoreSheet: ScoreSheet
    /// How the form is told from other budget tables, and how several units' forms in one workbook are paired
    /// with their 评分表.
    public var recognition: Recognition

    /// What is wrong with the template: a field key that names no field of the model (``FormField``) or names a
    /// table. Empty when it is usable.
    public func problems() -> [String] {
        fields.keys.sorted().compactMap { key in
            guard let field = FormField.named(FieldKey(rawValue: key)) else { return "fields: \(key) is no field of the form model" }
            return field.kind == .table ? "fields: \(key) is a table, read by its columns under tables" : nil
        }
    }

    /// The 评分表's grade bands, highest first.
    public var gradeBands: GradeBands { GradeBands(scoreSheet.grades) }
}
