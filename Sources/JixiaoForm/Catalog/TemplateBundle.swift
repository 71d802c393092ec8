import Foundation

/// The three template files, loaded together: the form's labels and structure, the indicator grammar and
/// the rule catalog.
///
/// ``standard`` loads the files bundled with the library (`Bundle.module`); ``load(from:)`` reads a folder
/// laid out the same way, for a district that keeps its own wording.
///
/// ```swift
/// let templates = try TemplateBundle.standard.get()
/// let custom = try TemplateBundle.load(from: URL(fileURLWithPath: "my-templates"))
/// ```
public struct TemplateBundle: Sendable {
    /// `form.json`.
    public var form: FormTemplate
    /// `indicator-grammar.json`.
    public var indicatorGrammar: IndicatorGrammar
    /// `rules.json`.
    public var rules: RuleCatalog

    public init(form: FormTemplate, indicatorGrammar: IndicatorGrammar, rules: RuleCatalog) {
        self.form = form
        self.indicatorGrammar = indicatorGrammar
        self.rules = rules
    }

    /// Why the templates could not be loaded.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        /// The file that failed.
        public var file: String
        /// What went wrong.
        public var detail: String
        public var description: String { "\(file): \(detail)" }
    }

    /// The names `index.json` gives the three files.
    private struct Index: Decodable {
        var form: String
        var indicatorGrammar: String
        var rules: String
    }

    /// The templates bundled with the library, loaded once.
    public static let standard: Result<TemplateBundle, LoadError> = {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            return .failure(LoadError(file: "Templates", detail: "not found in the JixiaoForm resource bundle"))
        }
        return Result { try load(from: folder) }.mapError { $0 as? LoadError ?? LoadError(file: "Templates", detail: "\($0)") }
    }()

    /// Loads `index.json` and the files it names from `folder`.
    /// - Throws: ``LoadError`` naming the file that is missing or malformed.
    public static func load(from folder: URL) throws(LoadError) -> TemplateBundle {
        let index: Index = try decode(Index.self, folder.appendingPathComponent("index.json"))
        return TemplateBundle(form: try decode(FormTemplate.self, folder.appendingPathComponent(index.form)),
                              indicatorGrammar: try decode(IndicatorGrammar.self,
                                                           folder.appendingPathComponent(index.indicatorGrammar)),
                              rules: try decode(RuleCatalog.self, folder.appendingPathComponent(index.rules)))
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws(LoadError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(contentsOf: url))
        } catch {
            throw LoadError(file: url.lastPathComponent, detail: "\(error)")
        }
    }
}
