/// The words of the return notices and their covering summary (`Templates/notice.json`), in Chinese and English:
/// every text ``NoticeDocuments`` writes besides the findings' own messages (`rules.json`) and the names passed in.
///
/// ```swift
/// let words = try NoticeWords.standard.get()
/// let documents = NoticeDocuments(words: words, language: .zh)
/// ```
public struct NoticeWords: Sendable, Decodable {
    /// Words in each language that are lists (the section numbers 一, 二, 三 …).
    struct Lists: Sendable, Decodable {
        var zh: [String]
        var en: [String]

        func list(in language: MessageLanguage) -> [String] { language == .zh ? zh : en }
    }

    /// A count of the summary: its label and how its value reads (`{count} 份`).
    struct CountRow: Sendable, Decodable {
        var label: RuleCatalog.Bilingual
        var value: RuleCatalog.Bilingual
    }

    /// The summary's counts, in the order it shows them.
    struct Counts: Sendable, Decodable {
        var files, forms, passed, returned, missing, unreadable, notOnList: CountRow
    }

    /// The summary's sections.
    struct SummarySections: Sendable, Decodable {
        var counts, returned, missing, unreadable, notOnList: RuleCatalog.Bilingual
    }

    /// The summary's column headers.
    struct Columns: Sendable, Decodable {
        var number, item, count, unit, file, errors, warnings, notes, reason: RuleCatalog.Bilingual
    }

    var title: RuleCatalog.Bilingual
    /// `{unit}：`.
    var addressee: RuleCatalog.Bilingual
    var formName: RuleCatalog.Bilingual
    /// `{year}`.
    var formNameWithYear: RuleCatalog.Bilingual
    /// `{round}` (empty, or ``roundPhrase`` filled), `{form}`, `{files}`.
    var intro: RuleCatalog.Bilingual
    /// `{round}`.
    var roundPhrase: RuleCatalog.Bilingual
    var listSeparator: RuleCatalog.Bilingual
    /// A group's name by severity raw value (`error` → 强制性问题（须先修改）).
    var groups: [String: RuleCatalog.Bilingual]
    /// `{number}`, `{name}`.
    var sectionHeading: RuleCatalog.Bilingual
    var sectionNumbers: Lists
    /// `{number}`, `{rule}`, `{message}`.
    var item: RuleCatalog.Bilingual
    /// `{number}`, `{place}`, `{rule}`, `{message}`.
    var itemWithPlace: RuleCatalog.Bilingual
    /// What ends a message that does not end with a sentence's end already.
    var sentenceEnd: RuleCatalog.Bilingual
    var closing: RuleCatalog.Bilingual
    var contact: RuleCatalog.Bilingual
    var signatureBlank: RuleCatalog.Bilingual
    /// `{year}`, `{month}`, `{day}`, and `{month2}`, `{day2}` with two digits.
    var date: RuleCatalog.Bilingual
    var dateBlank: RuleCatalog.Bilingual
    /// The name a notice takes in its file name when the unit's name leaves nothing usable.
    var unnamedUnit: RuleCatalog.Bilingual
    /// What follows the unit's name in a notice's file name (`-退回意见`).
    var fileSuffix: RuleCatalog.Bilingual
    var summaryTitle: RuleCatalog.Bilingual
    /// The summary's file name, without extension (退回意见汇总).
    var summaryFile: RuleCatalog.Bilingual
    /// `{round}` (the round's name, or ``thisRound``).
    var summaryIntro: RuleCatalog.Bilingual
    var thisRound: RuleCatalog.Bilingual
    var summarySections: SummarySections
    var counts: Counts
    /// A count that needs the reference list, when none was given.
    var noList: RuleCatalog.Bilingual
    /// The sections that need the reference list, when none was given.
    var noListSection: RuleCatalog.Bilingual
    /// An empty section.
    var none: RuleCatalog.Bilingual
    var columns: Columns

    /// The words bundled with the library, read once.
    public static let standard: Result<NoticeWords, TemplateLoadError> =
        TemplateCatalog.standard(\.notice, as: NoticeWords.self) { $0.problems() }

    /// The name of the group of `severity`.
    func group(_ severity: Severity, in language: MessageLanguage) -> String {
        groups[severity.rawValue]?.text(in: language) ?? severity.rawValue
    }

    /// The heading of the `index`th section (0-based): 一、强制性问题（须先修改）.
    func section(_ index: Int, _ name: String, in language: MessageLanguage) -> String {
        let numbers = sectionNumbers.list(in: language)
        let number = index < numbers.count ? numbers[index] : String(index + 1)
        return MessageRenderer.fill(sectionHeading.text(in: language), with: ["number": number, "name": name])
    }

    /// What would make the notices wrong: a severity without a group, too few section numbers (the summary has
    /// five sections), an empty text.
    func problems() -> [String] {
        var problems: [String] = []
        for severity in Severity.allCases where groups[severity.rawValue] == nil {
            problems.append("groups: no name for \(severity.rawValue)")
        }
        for language in MessageLanguage.allCases where sectionNumbers.list(in: language).count < 5 {
            problems.append("sectionNumbers: fewer than 5 in \(language.rawValue)")
        }
        let texts: [(String, RuleCatalog.Bilingual)] = [
            ("title", title), ("addressee", addressee), ("intro", intro), ("item", item),
            ("itemWithPlace", itemWithPlace), ("fileSuffix", fileSuffix), ("summaryFile", summaryFile),
            ("unnamedUnit", unnamedUnit),
        ]
        for (name, text) in texts where text.zh.isEmpty || text.en.isEmpty {
            problems.append("\(name) lacks a language")
        }
        return problems
    }
}
