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
    public let templates: Result<TemplateBundle, TemplateLoadError>
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
    public init(templates: Result<TemplateBundle, TemplateLoadError>, language: MessageLanguage = .zh,
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

    /// Reads and checks one file of one form: the report of its first form (``validateForms(fileAt:path:skippingCorrectedTables:)``
    /// gives every form of a workbook holding several).
    /// - Parameters:
    ///   - url: the `.xlsx` file; it is only read, never written.
    ///   - path: the path to report (defaults to `url.path`).
    ///   - skippingCorrectedTables: skip the tables `fix` wrote too (see ``validateForms(fileAt:path:skippingCorrectedTables:)``).
    /// - Returns: the file's report; `unreadable` with the reason when the file or its form cannot be read,
    ///   `skipped` with the reason when it is one of jixiao's own outputs.
    public func validate(fileAt url: URL, path: String? = nil, skippingCorrectedTables: Bool = false) -> FileReport {
        validateForms(fileAt: url, path: path, skippingCorrectedTables: skippingCorrectedTables)[0]
    }

    /// Reads and checks one file: one report per form, in workbook order. A 主管部门's workbook holding its
    /// 下属单位' forms one sheet each gives a report for each (``FileReport/sheet`` naming the sheet); a workbook
    /// of one form gives one report without a sheet, as ``validate(fileAt:path:skippingCorrectedTables:)``; a
    /// file with no form one `unreadable` report.
    ///
    /// A file jixiao wrote that is not a form (a summary workbook, a JSON or CSV report saved as `.xlsx`) gives
    /// one `skipped` report with its ``SkipReason``; so does a corrected table when `skippingCorrectedTables` (a
    /// corrected table is a form, checked when asked for by name, but one found beside its submission would
    /// count every unit twice). See ``OutputRecognizer``.
    ///
    /// ```swift
    /// let reports = FormValidator().validateForms(fileAt: URL(fileURLWithPath: "某局-下属单位.xlsx"))
    /// reports.map { "\($0.sheet ?? "-") \($0.status)" }   // ["机关 ok", "信息中心 findings", "执法大队 ok"]
    /// ```
    /// - Returns: at least one report.
    public func validateForms(fileAt url: URL, path: String? = nil, skippingCorrectedTables: Bool = false) -> [FileReport] {
        validateWorkbook(fileAt: url, path: path, skippingCorrectedTables: skippingCorrectedTables).reports
    }

    /// Reads and checks one file as ``validateForms(fileAt:path:skippingCorrectedTables:)`` does, and keeps the
    /// workbook read, for a caller that writes it back (a corrected table in the unit's own layout).
    ///
    /// ```swift
    /// let checked = FormValidator().validateWorkbook(fileAt: URL(fileURLWithPath: "a.xlsx"))
    /// checked.workbook?.sheets.count   // 2
    /// checked.reports[0].status        // .findings
    /// ```
    /// - Returns: the reports, and the workbook when the file could be read as one.
    public func validateWorkbook(fileAt url: URL, path: String? = nil,
                                 skippingCorrectedTables: Bool = false) -> (reports: [FileReport], workbook: Workbook?) {
        let path = path ?? url.path
        let workbook: Workbook
        do {
            let reader = try WorkbookReader(contentsOf: url, options: readOptions)
            if let output = outputs.output(of: reader, correctedTables: skippingCorrectedTables) {
                return ([.skipped(path, output)], nil)
            }
            workbook = try Workbook(reading: reader)
        } catch {
            if error.kind == .notZip, let output = outputs.output(ofTextAt: url) { return ([.skipped(path, output)], nil) }
            return ([.unreadable(path, .reader(error))], nil)
        }
        return (validateForms(workbook: workbook, path: path), workbook)
    }

    /// Checks a workbook already read: the report of its first form (see ``validateForms(workbook:path:)``).
    public func validate(workbook: Workbook, path: String) -> FileReport {
        validateForms(workbook: workbook, path: path)[0]
    }

    /// Checks a workbook already read: one report per form, in workbook order.
    public func validateForms(workbook: Workbook, path: String) -> [FileReport] {
        let bundle: TemplateBundle
        switch templates {
        case .success(let loaded): bundle = loaded
        case .failure(let error): return [.unreadable(path, .form(FormError(.templatesMissing, detail: error.description)))]
        }
        let forms: [Form]
        do {
            forms = try (recognizer ?? FormRecognizer(templates: bundle)).recognizeAll(workbook)
        } catch {
            return [.unreadable(path, .form(error))]
        }
        let several = forms.count > 1
        return forms.map { form in
            let findings = check(form, templates: bundle)
            return FileReport(path: path, status: findings.isEmpty ? .ok : .findings, form: form, findings: findings,
                              sheet: several ? form.sheet : nil)
        }
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
            rendered.message = renderer.render(finding, formSheet: form.sheet)
            return rendered
        }
    }
}
