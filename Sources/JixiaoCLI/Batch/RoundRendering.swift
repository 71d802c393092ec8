import Foundation
import JixiaoForm
import Locking
import XLSXReader

/// What a run with a reference list (`--reference`) does for each report where it is made: reconciles it with
/// the list (its unit, its figures against the list's, see ``RoundAccounting/reconcile(_:)``) before it is
/// rendered, and takes what the round's signals need. The parent reads the list; its workers read it as the
/// parent prepared it (``PreparedReference``: names worked out once), or the list itself should that fail.
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
    /// The matcher and the rules' words, built beside the run's start: the parent needs them only at the end, and
    /// the workers' files are sent once the list is prepared, which needs only the list and its names.
    private let pendingAccounting: Background<RoundAccounting>
    var accounting: RoundAccounting { pendingAccounting.value }
    let templates: TemplateBundle
    let signals: RoundSignalCatalog
    /// The list as prepared for the workers (``prepare()``); nil before, or where it could not be written.
    private(set) var prepared: String?

    /// A list that cannot be used: refused (``ReferenceError``) or a template missing.
    enum Failure: Error {
        case reference(ReferenceError)
        case templates(TemplateLoadError)
    }

    /// Reads the list; or, with `prepared`, the file a parent prepared from it (a worker's case; the list itself
    /// when that file cannot be read).
    init(reference: String, prepared: String? = nil, language: Language) throws(Failure) {
        // Read side by side the first time (decoding the templates; the vocabulary's patterns, the first
        // regular expressions of the run): the run waits for them before its first form.
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            switch index {
            case 0: _ = TemplateBundle.standard
            case 1: _ = ReferenceVocabulary.standard
            default: _ = RoundSignalCatalog.standard
            }
        }
        do {
            templates = try TemplateBundle.standard.get()
            vocabulary = try ReferenceVocabulary.standard.get()
            signals = try RoundSignalCatalog.standard.get()
        } catch {
            throw .templates(error)
        }
        if let prepared, let read = PreparedReference.read(prepared) {
            list = read.list
        } else {
            let url = URL(fileURLWithPath: reference)
            do {
                list = try ReferenceList(contentsOf: url, template: templates.form, vocabulary: vocabulary)
            } catch {
                throw .reference(error)
            }
            // A 自评表 given as the list reads as one (its labels make a header): refused, naming its unit. A list
            // has amounts under form labels too, but never the form's indicators or texts.
            if let workbook = try? Workbook(contentsOf: url),
               let form = try? FormRecognizer(templates: templates).recognize(workbook), form.department != nil,
               !form.keyIndicators.isEmpty || form.problems != nil || form.improvements != nil {
                throw .reference(ReferenceError(.isAForm, detail: form.department))
            }
        }
        self.reference = reference
        self.prepared = prepared
        let (list, vocabulary, templates) = (list, vocabulary, templates)
        let messages = language.messages
        pendingAccounting = Background {
            RoundAccounting(list: list, vocabulary: vocabulary, templates: templates, language: messages)
        }
    }

    /// Writes the list as the workers read it (``PreparedReference``); where that fails, the workers read the
    /// list themselves. ``removePrepared()`` at the end of the run.
    mutating func prepare() {
        prepared = try? PreparedReference.write(list)
    }

    /// Removes the prepared file.
    func removePrepared() {
        if let prepared { try? FileManager.default.removeItem(atPath: prepared) }
    }

    /// Reconciles `report` with the list (its findings gain any mismatch) and gives its part of the round.
    func reconcile(_ report: inout FileReport) -> RenderedRound {
        let entry = accounting.reconcile(&report)
        return RenderedRound(entry: entry, material: RoundSignalMaterial(report: report, templates: templates, catalog: signals))
    }
}
