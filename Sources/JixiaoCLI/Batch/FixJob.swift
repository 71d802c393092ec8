import Foundation
import JixiaoForm
import XLSXWriter

/// `fix`'s work on one file: validate it, correct it, write `NAME.corrected.xlsx`, and say what was done
/// (``FixOutcome``). A worker process does it for each path it is sent (``WorkerCommand``), so a file whose
/// reading kills the process loses only that file; the parent does it itself only where no worker can be
/// started.
///
/// ```swift
/// let job = FixJob(validator: FormValidator(), writer: try FormWorkbookWriter.forCommand(.zh), layout: .own,
///                  language: .zh, folder: nil, overwrite: false)
/// job.outcome(for: "returned/a.xlsx", named: false)
/// // .written("returned/a.xlsx", "returned/a.corrected.xlsx", [counts], uncarried: [])
/// ```
struct FixJob: Sendable {
    let validator: FormValidator
    let writer: FormWorkbookWriter
    /// The unit's own workbook changed only in its corrected cells, or the official layout.
    let layout: CorrectedLayout
    let language: Language
    /// The `--out` folder, nil for beside each input.
    let folder: String?
    let overwrite: Bool

    /// A workbook holding several units' forms gives one corrected workbook holding every form (each on a sheet
    /// named as its own, with its 评分表) and one 校验结果 for all.
    /// `converted`: the copy LibreOffice made of an old workbook, read in the file's place (the corrected
    /// table is named after the file, `NAME.corrected.xlsx`).
    func outcome(for path: String, named: Bool, converted: ConvertedCopy? = nil) -> FixOutcome {
        // A folder may hold earlier results: those are not corrected again.
        let (reports, workbook) = validator.validateWorkbook(fileAt: URL(fileURLWithPath: converted?.path ?? path), path: path,
                                                             skippingCorrectedTables: !named)
        if let reason = reports[0].skipReason { return .skipped(path, reason) }
        let forms = reports.compactMap { $0.status == .unreadable ? nil : $0.form }
        guard forms.count == reports.count, let workbook else {
            let reason = reports[0].error.map { ErrorPresenter.message(for: $0, file: path, language: language) }
            return .failed(path, reason ?? path)
        }
        let corrections = zip(forms, reports).map { writer.corrector.correct($0, findings: $1.findings) }
        let targetPath = CorrectedOutputs.path(for: path, folder: folder)
        let target = URL(fileURLWithPath: targetPath)
        var written = corrections.map(\.changes)
        var uncarried: [String] = []
        do throws(XLSXWriterError) {
            switch layout {
            case .own:
                // The unit's own workbook: its cells are found where the form was read (the form as read, not
                // as the official layout regroups it), each change written into its own cell.
                let parts = zip(zip(forms, corrections), reports).map { pair, report in
                    FormWorkbookWriter.Part(form: pair.0, changes: pair.1.changes, findings: report.findings)
                }
                let result = try writer.ownLayout.write(parts, of: workbook, to: target, overwrite: overwrite)
                written = result.changes
                uncarried = result.uncarried.map { $0.words(layout: writer.layout, language: language.messages) }
            case .official where reports.count == 1:
                try writer.write(corrections[0].form, changes: corrections[0].changes, findings: reports[0].findings,
                                 to: target, overwrite: overwrite)
            case .official:
                // A 主管部门's workbook of several units' forms: one corrected workbook holding every form.
                let parts = zip(corrections, reports).map { correction, report in
                    FormWorkbookWriter.Part(form: correction.form, changes: correction.changes, findings: report.findings)
                }
                try writer.write(parts, to: target, overwrite: overwrite)
            }
        } catch {
            return .failed(path, ErrorPresenter.message(for: error, target: OutputTarget(targetPath), language: language))
        }
        let counts = zip(written, reports).map { changes, report in
            let handled = Set(changes.compactMap(\.finding))
            return FixOutcome.Counts(sheet: report.sheet,
                                     corrected: changes.filter { $0.kind == .corrected }.count,
                                     filled: changes.filter { $0.kind == .filled }.count,
                                     manual: report.findings.filter { !handled.contains($0) }.count)
        }
        return .written(path, targetPath, counts, uncarried: uncarried)
    }

    /// The outcome as a worker sends it.
    func answer(for path: String, named: Bool, converted: ConvertedCopy? = nil) -> [UInt8] {
        var wire = WireWriter()
        switch outcome(for: path, named: named, converted: converted) {
        case .written(let input, let output, let counts, let uncarried):
            wire.byte(1)
            wire.text(input)
            wire.text(output)
            wire.count(counts.count)
            for count in counts {
                wire.flag(count.sheet != nil)
                wire.text(count.sheet ?? "")
                wire.count(count.corrected)
                wire.count(count.filled)
                wire.count(count.manual)
            }
            wire.count(uncarried.count)
            for part in uncarried { wire.text(part) }
        case .failed(let input, let message):
            wire.byte(2)
            wire.text(input)
            wire.text(message)
        case .skipped(let input, let reason):
            wire.byte(3)
            wire.text(input)
            wire.text(reason.rawValue)
        }
        return wire.bytes
    }

    /// Reads a worker's answer; nil when it is damaged.
    static func outcome(fromAnswer answer: [UInt8]) -> FixOutcome? {
        var wire = WireReader(answer)
        let outcome: FixOutcome
        switch wire.byte() {
        case 1:
            let input = wire.text()
            let output = wire.text()
            let number = wire.count()
            var counts: [FixOutcome.Counts] = []
            for _ in 0..<min(number, answer.count) {
                let hasSheet = wire.flag()
                let sheet = wire.text()
                counts.append(FixOutcome.Counts(sheet: hasSheet ? sheet : nil, corrected: wire.count(), filled: wire.count(),
                                                manual: wire.count()))
            }
            guard counts.count == number else { return nil }
            let partCount = wire.count()
            var uncarried: [String] = []
            for _ in 0..<min(partCount, answer.count) { uncarried.append(wire.text()) }
            guard uncarried.count == partCount else { return nil }
            outcome = .written(input, output, counts, uncarried: uncarried)
        case 2:
            outcome = .failed(wire.text(), wire.text())
        case 3:
            let input = wire.text()
            guard let reason = SkipReason(rawValue: wire.text()) else { return nil }
            outcome = .skipped(input, reason)
        default:
            return nil
        }
        return wire.isDamaged || !wire.isAtEnd ? nil : outcome
    }
}
