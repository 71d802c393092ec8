import Foundation
import JixiaoForm

/// What a run with a reference list (`--reference`) does for each report where it is made: reconciles it with
/// the list (its unit, its figures against the list's, see ``RoundAccounting/reconcile(_:)``) before it is
/// rendered, and takes what the round's signals need. The parent and every worker read the same list file.
///
/// ```swift
/// var rendering = ReportRendering(language: .zh)
/// rendering.round = try RoundRendering(reference: "名单.xlsx", language: .zh)
/// rendering.render(report).round?.entry.match   // UnitMatch(unit: 3, kind: .name)
/// ```
struct RoundRendering: Sendable {
    /// The list's path as given on the command line.
    let reference: String
    let list: ReferenceList
    let vocabulary: ReferenceVocabulary
    let accounting: RoundAccounting
    let templates: TemplateBundle
    let signals: RoundSignalCatalog

    /// A list that cannot be used: refused (``ReferenceError``) or a template missing.
    enum Failure: Error {
        case reference(ReferenceError)
        case templates(TemplateLoadError)
    }

    /// Reads the list.
    init(reference: String, language: Language) throws(Failure) {
        do {
            templates = try TemplateBundle.standard.get()
            vocabulary = try ReferenceVocabulary.standard.get()
            signals = try RoundSignalCatalog.standard.get()
        } catch {
            throw .templates(error)
        }
        do {
            list = try ReferenceList(contentsOf: URL(fileURLWithPath: reference), template: templates.form,
                                     vocabulary: vocabulary)
        } catch {
            throw .reference(error)
        }
        self.reference = reference
        accounting = RoundAccounting(list: list, vocabulary: vocabulary, templates: templates, language: language.messages)
    }

    /// Reconciles `report` with the list (its findings gain any mismatch) and gives its part of the round.
    func reconcile(_ report: inout FileReport) -> RenderedRound {
        let entry = accounting.reconcile(&report)
        return RenderedRound(entry: entry, material: RoundSignalMaterial(report: report, templates: templates, catalog: signals))
    }
}
