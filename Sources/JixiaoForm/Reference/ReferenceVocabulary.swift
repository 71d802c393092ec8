import Foundation

/// The words a reference list has and a form does not (`Templates/reference.json`): header words for the unit's
/// name and code, extra figure headers, how unit names are brought together (city prefixes, a district prefix),
/// how close a fuzzy match must be, and the file-name words that mark a resubmission.
///
/// Every other header is matched through the form's own labels (`form.json`), so the list and the form share one
/// vocabulary.
///
/// ```swift
/// let vocabulary = try ReferenceVocabulary.standard.get()
/// vocabulary.codeLabels.first      // "单位编码"
/// vocabulary.versionMarkers        // ["第2版", …, "最终", "终版"]
/// ```
public struct ReferenceVocabulary: Decodable, Sendable {
    /// Header words for the unit's name besides the form's `department` labels.
    public var nameLabels: [String]
    /// Header words for the unit's code (单位编码).
    public var codeLabels: [String]
    /// Header words for a figure besides the form's labels, by field key.
    public var figureLabels: [String: [String]]
    /// Prefixes a unit name may carry or drop (广州市): the same unit either way.
    public var cityPrefixes: [String]
    /// A city or province prefix of any name (深圳市, 湖南省), dropped like ``cityPrefixes`` when enough of the
    /// name is left.
    public var cityPattern: String
    /// Every prefix ``cityPattern`` takes holds one of these characters (省, 市): a name holding none is not
    /// tried against the pattern, which costs a thousand times more than the look.
    public var cityMarks: String
    /// Characters that tell two otherwise alike names apart (numerals, 甲乙, 东南西北): names that differ in them
    /// are never a fuzzy match (第一中学 is not 第二中学).
    public var distinguishingCharacters: String
    /// A district prefix (黄埔区) a name may drop when the other name names no district.
    public var districtPattern: String
    /// Every prefix ``districtPattern`` takes holds one of these characters (区, 县), as ``cityMarks``.
    public var districtMarks: String
    /// A fuzzy match differs in at most this share of the longer name's characters.
    public var fuzzyEditRatio: Double
    /// A name held whole in the other is a fuzzy match when it has at least this many characters.
    public var fuzzyContainedLength: Int
    /// How many names an unknown unit's finding suggests.
    public var closestNames: Int
    /// A suggested name differs in at most this share of the longer name's characters.
    public var closestEditRatio: Double
    /// What joins the names of a list in a message (`、`, `, `).
    public var listSeparator: RuleCatalog.Bilingual
    /// What an unknown unit's finding says when no name is close (无).
    public var noClosestNames: RuleCatalog.Bilingual
    /// What the 收表情况 calls each ``RoundUnitStatus``, by its raw value.
    public var statusWords: [String: RuleCatalog.Bilingual]
    /// File-name words that mark a later version of a form (第2版, 修改版, 更正, 最终).
    public var versionMarkers: [String]

    /// What the 收表情况 calls `status`.
    public func words(for status: RoundUnitStatus, in language: MessageLanguage) -> String {
        statusWords[status.rawValue]?.text(in: language) ?? status.rawValue
    }

    /// The vocabulary bundled with the library, read once.
    public static let standard: Result<ReferenceVocabulary, TemplateLoadError> =
        TemplateCatalog.standard(\.reference, as: ReferenceVocabulary.self) { $0.problems() }

    /// What is wrong with the file: a district pattern that is no regular expression.
    func problems() -> [String] {
        [("districtPattern", districtPattern), ("cityPattern", cityPattern)].compactMap { name, pattern in
            RegexCache.compiled(pattern) == nil ? "\(name): not a regular expression" : nil
        } + [("cityMarks", cityPattern, cityMarks), ("districtMarks", districtPattern, districtMarks)]
            .filter { _, pattern, marks in !pattern.isEmpty && marks.isEmpty }
            .map { name, _, _ in "\(name): empty, so the pattern would never be tried" }
          + RoundUnitStatus.allCases.filter { statusWords[$0.rawValue] == nil }.map { "statusWords: no \($0.rawValue)" }
    }
}
