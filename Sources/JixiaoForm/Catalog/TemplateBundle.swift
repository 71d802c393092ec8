import Foundation

/// The three template files, loaded together: the form's labels and structure, the indicator grammar and
/// the rule catalog.
///
/// ``standard`` loads the files bundled with the library (found by ``TemplateCatalog``); ``load(from:)`` reads a
/// folder laid out the same way, for a district that keeps its own wording.
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

    /// The templates bundled with the library, loaded once.
    public static let standard: Result<TemplateBundle, TemplateLoadError> = TemplateCatalog.folder.flatMap { folder in
        Result { () throws(TemplateLoadError) in try load(from: folder) }
    }

    /// Loads `index.json` and the files it names from `folder`.
    /// - Throws: ``TemplateLoadError`` naming the file that is missing or malformed.
    public static func load(from folder: URL) throws(TemplateLoadError) -> TemplateBundle {
        let index = try TemplateCatalog.index(in: folder)
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
        return TemplateBundle(form: try TemplateCatalog.decode(FormTemplate.self, at: file(index.form)) { $0.problems() },
                              indicatorGrammar: try TemplateCatalog.decode(IndicatorGrammar.self, at: file(index.indicatorGrammar)),
                              rules: try TemplateCatalog.decode(RuleCatalog.self, at: file(index.rules)))
    }
}
