import Foundation
import JixiaoForm

/// The web pages' own words (`Resources/web-words.json`), each in Chinese and English: what the command line
/// has no word for (headings, buttons, upload and progress texts, the server's refusals). Everything the
/// command line already says (statuses, severities, column headers, rule names) comes from its templates
/// through ``PageWords``.
///
/// ```swift
/// let words = try WebWords.standard.get()
/// words.text(.upload, in: .zh)                          // "上传并核对"
/// words.text(.tooManyFiles, in: .en, ["limit": "500"])  // "Too many files (at most 500)"
/// ```
struct WebWords: Decodable, Sendable {
    /// Every word by its ``WebWord`` raw value.
    var words: [String: RuleCatalog.Bilingual]

    /// The word in `language`, with each `{name}` replaced by its value.
    func text(_ word: WebWord, in language: MessageLanguage, _ values: [String: String] = [:]) -> String {
        SummaryLayout.filling(words[word.rawValue]?.text(in: language) ?? word.rawValue, values)
    }

    /// What is wrong with the file: a word the code names that it lacks, or a word the code does not know.
    func problems() -> [String] {
        WebWord.allCases.filter { words[$0.rawValue] == nil }.map { "words: no \($0.rawValue)" }
            + words.keys.filter { WebWord(rawValue: $0) == nil }.sorted().map { "words: unknown \($0)" }
    }

    /// The file's name in the library's resources.
    static let fileName = "web-words.json"

    /// The words bundled with the library, read and checked once.
    static let standard: Result<WebWords, TemplateLoadError> = Result { () throws(TemplateLoadError) in
        guard let url = Bundle.module.url(forResource: "web-words", withExtension: "json", subdirectory: "Resources") else {
            throw TemplateLoadError(file: fileName, detail: "not found in the JixiaoWeb resource bundle")
        }
        let words: WebWords
        do {
            words = try JSONDecoder().decode(WebWords.self, from: Data(contentsOf: url))
        } catch {
            throw TemplateLoadError(file: fileName, detail: "\(error)")
        }
        let problems = words.problems()
        guard problems.isEmpty else { throw TemplateLoadError(file: fileName, detail: problems.joined(separator: "; ")) }
        return words
    }
}
