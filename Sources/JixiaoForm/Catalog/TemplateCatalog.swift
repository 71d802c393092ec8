import Foundation

/// Where every template file is found and how it is read: the one place the library's `Templates/` folder is
/// looked up (`Bundle.module`), its `index.json` read (it names every file), and a file decoded into its type
/// with one error, ``TemplateLoadError``, naming the file.
///
/// Each template type keeps its own `standard` (``TemplateBundle/standard``, ``OfficialLayout/standard``,
/// ``SummaryLayout/standard``, ``FillColumns/standard``, ``RoundSignalCatalog/standard``,
/// ``ReferenceVocabulary/standard``, ``NoticeWords/standard``, ``ReportGrammar/standard``), each loaded here once.
///
/// ```swift
/// let layout = try TemplateCatalog.standard(\.officialLayout, as: OfficialLayout.self).get()
/// try TemplateCatalog.index.get().fillColumns   // "fill-columns.json"
/// ```
package enum TemplateCatalog {
    /// `index.json`: the name of every template file. A district's own folder may name only the three it
    /// changes (form, grammar, rules); the layouts then keep their usual names.
    package struct Index: Decodable, Sendable {
        package var form: String
        package var indicatorGrammar: String
        package var rules: String
        package var officialLayout: String
        package var summaryLayout: String
        package var fillColumns: String
        package var roundSignals: String
        package var reference: String
        package var notice: String
        package var reportGrammar: String

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            form = try container.decode(String.self, forKey: .form)
            indicatorGrammar = try container.decode(String.self, forKey: .indicatorGrammar)
            rules = try container.decode(String.self, forKey: .rules)
            officialLayout = try container.decodeIfPresent(String.self, forKey: .officialLayout) ?? "official-layout.json"
            summaryLayout = try container.decodeIfPresent(String.self, forKey: .summaryLayout) ?? "summary-layout.json"
            fillColumns = try container.decodeIfPresent(String.self, forKey: .fillColumns) ?? "fill-columns.json"
            roundSignals = try container.decodeIfPresent(String.self, forKey: .roundSignals) ?? "round-signals.json"
            reference = try container.decodeIfPresent(String.self, forKey: .reference) ?? "reference.json"
            notice = try container.decodeIfPresent(String.self, forKey: .notice) ?? "notice.json"
            reportGrammar = try container.decodeIfPresent(String.self, forKey: .reportGrammar) ?? "report-grammar.json"
        }

        private enum CodingKeys: String, CodingKey {
            case form, indicatorGrammar, rules, officialLayout, summaryLayout, fillColumns, roundSignals, reference, notice
            case reportGrammar
        }
    }

    /// The library's own `Templates/` folder.
    static let folder: Result<URL, TemplateLoadError> = {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            return .failure(TemplateLoadError(file: "Templates", detail: "not found in the JixiaoForm resource bundle"))
        }
        return .success(folder)
    }()

    /// The bundled `index.json`.
    package static let index: Result<Index, TemplateLoadError> = folder.flatMap { folder in
        Result { () throws(TemplateLoadError) in try index(in: folder) }
    }

    /// The `index.json` of a templates folder.
    /// - Throws: ``TemplateLoadError`` when it is missing or malformed.
    package static func index(in folder: URL) throws(TemplateLoadError) -> Index {
        try decode(Index.self, at: folder.appendingPathComponent("index.json"))
    }

    /// The bundled file the index names at `file`, decoded as `type` and checked by `check` (a list of problems,
    /// empty when the file is sound).
    static func standard<T: Decodable>(_ file: KeyPath<Index, String>, as type: T.Type,
                                       check: (T) -> [String] = { _ in [] }) -> Result<T, TemplateLoadError> {
        folder.flatMap { folder in
            index.flatMap { index in
                Result { () throws(TemplateLoadError) in
                    try decode(type, at: folder.appendingPathComponent(index[keyPath: file]), check: check)
                }
            }
        }
    }

    /// Decodes a template file.
    /// - Throws: ``TemplateLoadError`` naming the file when it is missing, malformed, gives a key twice in one
    ///   object (``JSONDuplicateKeys``: the decoder would keep one silently) or fails `check`.
    static func decode<T: Decodable>(_ type: T.Type, at url: URL, check: (T) -> [String] = { _ in [] })
        throws(TemplateLoadError) -> T {
        let value: T
        let data: Data
        do {
            data = try Data(contentsOf: url)
            value = try JSONDecoder().decode(type, from: data)
        } catch {
            throw TemplateLoadError(file: url.lastPathComponent, detail: "\(error)")
        }
        let repeated = JSONDuplicateKeys.find(in: Array(data))
        let problems = repeated.map { "the key \($0) is given twice" } + check(value)
        guard problems.isEmpty else {
            throw TemplateLoadError(file: url.lastPathComponent, detail: problems.joined(separator: "; "))
        }
        return value
    }
}
