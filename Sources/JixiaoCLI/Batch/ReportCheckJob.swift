import Foundation
import JixiaoForm
import Locking

/// `validate`'s work on one 绩效自评报告: read its text (`.docx`, `.txt`, `.md`; `.pdf` through pdftotext),
/// pair it with its unit's table among the run's forms (``ReportPairing``, the forms listed by
/// ``ReportTables``), read that table again, check the report's own arithmetic and hold it against the table
/// (``NarrativeChecker``), and render what the outputs need. A worker process does it for each report it is
/// sent, after every form of the run is read.
///
/// ```swift
/// let job = try ReportCheckJob(validator: validator, rendering: rendering, pairs: [:], timeLimit: .seconds(30))
/// let rendered = job.reports(for: "回收/番禺区总工会-自评报告.docx", tables: tablesPath)
/// ```
struct ReportCheckJob: Sendable {
    let validator: FormValidator
    let rendering: ReportRendering
    /// `--pair TABLE=REPORT`: the table's path by the report's (``ReportPairing/key(_:)``).
    let pairs: [String: String]
    private let checker: NarrativeChecker
    private let grammar: ReportGrammar
    private let vocabulary: ReferenceVocabulary
    private let pdf: PDFTextConverter
    /// The pairing for the last tables file read (a worker is sent the same one for every report of a run).
    private let pairing = Locked<(path: String, pairing: ReportPairing)?>(nil)

    /// - Throws: ``TemplateLoadError`` when the grammar or the round's vocabulary cannot be read.
    init(validator: FormValidator, rendering: ReportRendering, pairs: [String: String], timeLimit: Duration)
        throws(TemplateLoadError) {
        self.validator = validator
        self.rendering = rendering
        self.pairs = pairs
        grammar = try ReportGrammar.standard.get()
        vocabulary = try ReferenceVocabulary.standard.get()
        checker = NarrativeChecker(templates: try TemplateBundle.standard.get(), grammar: grammar,
                                   language: rendering.language.messages)
        pdf = PDFTextConverter(timeLimit: timeLimit)
    }

    /// The report's rendered pieces; `tables` is the run's list of forms (nil: none to pair with).
    /// `unconfirmed`: a document found under a name that does not say it is a report, skipped as not a
    /// workbook unless its title says it is one.
    func reports(for path: String, tables: String?, unconfirmed: Bool = false) -> [RenderedReport] {
        let (report, table) = report(for: path, tables: tables, unconfirmed: unconfirmed)
        var rendered = rendering.render(report)
        rendered.pairedSheet = table?.sheet
        return [rendered]
    }

    /// The report checked, paired where its table is found; and that table.
    func report(for path: String, tables: String?, unconfirmed: Bool = false) -> (FileReport, ReportPairing.Table?) {
        let document: NarrativeDocument
        do {
            document = try NarrativeDocument.read(from: URL(fileURLWithPath: path)) { url throws(NarrativeReadError) in
                try pdf.text(ofPDFAt: url)
            }
        } catch {
            if unconfirmed { return (FileReport.skipped(path, .notAWorkbook), nil) }
            var report = FileReport.unreadable(path, .report(error))
            report.kind = .report
            return (report, nil)
        }
        let pairing = pairing(for: tables)
        if unconfirmed, !pairing.isReport(document) { return (FileReport.skipped(path, .notAWorkbook), nil) }
        var table: ReportPairing.Table?
        var form: Form?
        if let pair = pairing.pair(report: path, unit: pairing.unit(of: document), explicit: pairs) {
            let found = pairing.tables[pair.table]
            table = found
            form = validator.validateForms(fileAt: URL(fileURLWithPath: found.path), path: found.path,
                                           skippingCorrectedTables: false)
                .first { $0.sheet == found.sheet }?.form
        }
        let check = checker.check(document, against: form)
        var report = FileReport(path: path, status: check.findings.isEmpty ? .ok : .findings, findings: check.findings)
        report.kind = .report
        report.pairedWith = table?.path
        report.statements = check.statements
        return (report, table)
    }

    /// The pairing with the run's forms (none without `tables`).
    private func pairing(for tables: String?) -> ReportPairing {
        pairing.withLock { cached in
            if let cached, cached.path == tables ?? "" { return cached.pairing }
            let made = ReportPairing(tables: tables.flatMap(ReportTables.read) ?? [], grammar: grammar, vocabulary: vocabulary)
            cached = (tables ?? "", made)
            return made
        }
    }
}
