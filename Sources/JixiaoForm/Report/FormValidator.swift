import Foundation
import XLSXReader

/// Reads and checks 自评表 workbooks: the library's front door, for the CLI and for a 财政局's own systems.
///
/// A file that cannot be read gives an `unreadable` report with the reason; it never throws or stops a run.
///
/// ```swift
/// import JixiaoForm
///
/// let validator = FormValidator()                     // Chinese messages; FormValidator(language: .en)
/// let report = validator.validate(fileAt: URL(fileURLWithPath: "huangpu-2021.xlsx"))
/// report.status                                       // .findings
/// report.form?.funds.completionRate?.text             // "0.978"
/// report.findings.map(\.rule.rawValue)                // ["adjustment-amount", "indicator-unmet"]
/// ```
public struct FormValidator: Sendable {
    /// The templates, or why they could not be loaded (then every file is reported unreadable).
    public let templates: Result<TemplateBundle, TemplateBundle.LoadError>
    public let language: MessageLanguage
    /// The rules run; all of form-model.md §3 unless given.
    public let rules: RuleSet?
    /// Size limits for the reader.
    public let readOptions: ReadOptions
    /// Built once from the templates and used for every file.
    private let recognizer: FormRecognizer?
    /// The rules run and the messages' renderer, likewise made once rather than for every file.
    private let checker: (rules: RuleSet, renderer: MessageRenderer)?
    /// Tells jixiao's own outputs from forms.
    private let outputs = OutputRecognizer.standard

    /// A validator with the bundled templates.
    /// - Parameters:
    ///   - language: the language of finding messages.
    ///   - rules: the rules to run; nil for the standard set.
    ///   - readOptions: the reader's size caps.
    public init(language: MessageLanguage = .zh, rules: RuleSet? = nil, readOptions: ReadOptions = ReadOptions()) {
        self.init(templates: TemplateBundle.standard, language: language, rules: rules, readOptions: readOptions)
    }

    /// A validator with templates of your own (see ``TemplateBundle/load(from:)``).
    public init(templates: Result<TemplateBundle, TemplateBundle.LoadError>, language: MessageLanguage = .zh,
                rules: RuleSet? = nil, readOptions: ReadOptions = ReadOptions()) {
        self.templates = templates
        self.language = language
        self.rules = rules
        self.readOptions = readOptions
        recognizer = (try? templates.get()).map { FormRecognizer(templates: $0) }
        checker = (try? templates.get()).map { bundle in
            (rules ?? RuleSet.standard(templates: bundle), MessageRenderer(catalog: bundle.rules, language: language))
        }
    }

    /// Reads and checks one file.
    ///
    /// A file jixiao wrote that is not a form (a summary workbook, a JSON or CSV report saved as `.xlsx`) is
    /// skipped, with its ``SkipReason``; so is a corrected table when `skippingCorrectedTables` (a corrected
    /// table is a form, checked when asked for by name, but one found beside its submission would count every
    /// unit twice). See ``OutputRecognizer``.
    /// - Parameters:
    ///   - url: the `.xlsx` file; it is only read, never written.
    ///   - path: the path to report (defaults to `url.path`).
    ///   - skippingCorrectedTables: skip the tables `fix` wrote too.
    /// - Returns: the file's report; `unreadable` with the reason when the file or its form cannot be read,
    ///   `skipped` with the reason when it is one of jixiao's own outputs.
    public func validate(fileAt url: URL, path: String? = nil, skippingCorrectedTables: Bool = false) -> FileReport {
        let path = path ?? url.path
        let workbook: Workbook
        do {
            let reader = try WorkbookReader(contentsOf: url, options: readOptions)
            if let output = outputs.output(of: reader, correctedTables: skippingCorrectedTables) {
                return .skipped(path, output)
            }
            workbook = try Workbook(reading: reader)
        } catch {
            if error.kind == .notZip, let output = outputs.output(ofTextAt: url) { return .skipped(path, output) }
            return .unreadable(path, .reader(error))
        }
        return validate(workbook: workbook, path: path)
    }

    /// Checks a workbook already read.
    public func validate(workbook: Workbook, path: String) -> FileReport {
        let bundle: TemplateBundle
        switch templates {
        case .success(let loaded): bundle = loaded
        case .failure(let error): return .unreadable(path, .form(FormError(.templatesMissing, detail: error.description)))
        }
        let form: Form
        do {
            form = try (recognizer ?? FormRecognizer(templates: bundle)).recognize(workbook)
        } catch {
            return .unreadable(path, .form(error))
        }
        let findings = check(form, templates: bundle)
        return FileReport(path: path, status: findings.isEmpty ? .ok : .findings, form: form, findings: findings)
    }

    /// Checks a form and renders the findings' messages.
    public func check(_ form: Form) -> [Finding] {
        guard case .success(let bundle) = templates else { return [] }
        return check(form, templates: bundle)
    }

    private func check(_ form: Form, templates bundle: TemplateBundle) -> [Finding] {
        let (rules, renderer) = checker
            ?? (rules ?? RuleSet.standard(templates: bundle), MessageRenderer(catalog: bundle.rules, language: language))
        return rules.check(form).map { finding in
            var rendered = finding
            rendered.message = renderer.render(finding)
            return rendered
        }
    }
}
