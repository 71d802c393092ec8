import Foundation
import JixiaoForm

/// Gathers what the return notices (`validate --feedback DIR`) need as the run emits its reports (only the
/// reports with findings, and the files that could not be read, are kept), and at the end writes a notice per
/// unit with findings and the covering 汇总 (``NoticeDocuments``).
///
/// With a reference list a notice goes to each unit whose counted form has findings or who sent several forms
/// (addressed by the list's name, its other files named), and to each form of a unit not on the list; the
/// units that sent nothing, and unreadable files, are listed in the covering notice. Without a list, each form
/// with findings gets its notice, addressed by its 部门名称.
///
/// ```swift
/// let feedback = FeedbackCollector(folder: "退回意见", language: .zh)
/// feedback.add(rendered)                                   // for every report
/// let written = try feedback.write(totals, round: roundReport)   // the notices' files
/// ```
final class FeedbackCollector {
    let folder: String
    private let language: Language
    /// A report's notice part by its path and sheet.
    private var parts: [Key: RenderedNotice] = [:]
    /// The reports kept, in the run's order.
    private var order: [Key] = []

    private struct Key: Hashable {
        var path: String
        var sheet: String?
    }

    init(folder: String, language: Language) {
        self.folder = folder
        self.language = language
    }

    func add(_ report: RenderedReport) {
        guard let notice = report.notice, !notice.items.isEmpty || notice.reason != nil else { return }
        let key = Key(path: report.path, sheet: notice.sheet)
        if parts.updateValue(notice, forKey: key) == nil { order.append(key) }
    }

    /// Writes the notices and the covering 汇总.
    /// - Returns: how many units' notices were written.
    /// - Throws: the writer's error, for the presenter.
    func write(_ totals: ValidationSummary, round: RoundReport?) throws -> Int {
        let messages = language.messages
        let catalog = try TemplateBundle.standard.get().rules
        let words = try NoticeWords.standard.get()
        var notices: [ReturnNotice] = []
        let label = { (path: String, sheet: String?) in ReturnNotice.file(path: path, sheet: sheet) }
        let stem = { (path: String) in URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
        var unreadable: [RoundNotice.Unreadable] = []
        for key in order {
            if let reason = parts[key]?.reason { unreadable.append(RoundNotice.Unreadable(file: label(key.path, key.sheet), reason: reason)) }
        }
        var roundNotice = RoundNotice(files: totals.workbooks, forms: totals.files - totals.unreadable, passed: totals.ok, returned: [],
                                      unreadable: unreadable)
        if let round {
            let entries = round.outcome.entries
            for line in round.outcome.units {
                guard let counted = line.counted else { continue }
                let entry = entries[counted]
                let part = parts[Key(path: entry.path, sheet: entry.sheet)]
                // A counted form's unit sent something: its findings are a duplicate, or a unit not on the list.
                let roundItems = round.outcome.findings(of: line)
                    .map { NoticeItem(finding: $0.finding, formSheet: nil, catalog: catalog, language: messages) }
                let items = (part?.items ?? []) + roundItems
                guard !items.isEmpty else { continue }
                let others = round.outcome.others(of: line).map { label(entries[$0].path, entries[$0].sheet) }
                let name = round.listUnit(of: line)?.name ?? entry.department.flatMap { $0.isEmpty ? nil : $0 } ?? stem(entry.path)
                notices.append(ReturnNotice(unit: name, files: [label(entry.path, entry.sheet)] + others, year: part?.year,
                                            items: items))
            }
            roundNotice.missing = round.outcome.units.filter { $0.status == .missing || $0.status == .unreadable }
                .map { round.unitName(of: $0) }
            roundNotice.notOnList = round.outcome.units.filter { $0.status == .unknown }.compactMap { line in
                line.counted.map { RoundNotice.Unlisted(unit: entries[$0].department ?? stem(entries[$0].path),
                                                        file: label(entries[$0].path, entries[$0].sheet)) }
            }
        } else {
            for key in order {
                guard let part = parts[key], part.reason == nil else { continue }
                let name = part.department.flatMap { $0.isEmpty ? nil : $0 } ?? stem(key.path)
                notices.append(ReturnNotice(unit: name, files: [label(key.path, key.sheet)], year: part.year, items: part.items))
            }
        }
        roundNotice.returned = notices.map(RoundNotice.Returned.init(notice:))
        let documents = NoticeDocuments(words: words, language: messages, date: Date())
        try documents.write(notices, round: roundNotice, to: URL(fileURLWithPath: folder))
        return notices.count
    }
}
