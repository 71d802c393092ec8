import Foundation
import JixiaoForm
import XLSXWriter

/// `fix`'s work on one file: validate it, correct it, write `NAME.corrected.xlsx`, and say what was done
/// (``FixOutcome``). A worker process does it for each path it is sent (``WorkerCommand``), so a file whose
/// reading kills the process loses only that file; the parent does it itself only where no worker can be
/// started.
///
/// ```swift
/// let job = FixJob(validator: FormValidator(), writer: try FormWorkbookWriter.forCommand(.zh), language: .zh,
///                  folder: nil, overwrite: false)
/// job.outcome(for: "returned/a.xlsx")    // .written("returned/a.xlsx", "returned/a.corrected.xlsx", …)
/// ```
struct FixJob: Sendable {
    let validator: FormValidator
    let writer: FormWorkbookWriter
    let language: Language
    /// The `--out` folder, nil for beside each input.
    let folder: String?
    let overwrite: Bool

    func outcome(for path: String) -> FixOutcome {
        let report = validator.validate(fileAt: URL(fileURLWithPath: path), path: path)
        guard let form = report.form, report.status != .unreadable else {
            let reason = report.error.map { FormErrorPresenter.message(for: $0, file: path, language: language) }
            return .failed(path, reason ?? path)
        }
        let correction = writer.corrector.correct(form, findings: report.findings)
        let targetPath = FixCommand.outputPath(for: path, folder: folder)
        let target = URL(fileURLWithPath: targetPath)
        do throws(XLSXWriterError) {
            try writer.write(correction.form, changes: correction.changes, findings: report.findings, to: target,
                             overwrite: overwrite)
        } catch {
            return .failed(path, WriterErrorPresenter.message(for: error, file: targetPath, language: language))
        }
        let corrected = correction.changes.filter { $0.kind == .corrected }.count
        let filled = correction.changes.filter { $0.kind == .filled }.count
        let handled = Set(correction.changes.compactMap(\.finding))
        let manual = report.findings.filter { !handled.contains($0) }.count
        return .written(path, targetPath, corrected: corrected, filled: filled, manual: manual)
    }

    /// The outcome as a worker sends it.
    func answer(for path: String) -> [UInt8] {
        var wire = WireWriter()
        switch outcome(for: path) {
        case .written(let input, let output, let corrected, let filled, let manual):
            wire.byte(1)
            wire.text(input)
            wire.text(output)
            wire.count(corrected)
            wire.count(filled)
            wire.count(manual)
        case .failed(let input, let message):
            wire.byte(2)
            wire.text(input)
            wire.text(message)
        }
        return wire.bytes
    }

    /// Reads a worker's answer; nil when it is damaged.
    static func outcome(fromAnswer answer: [UInt8]) -> FixOutcome? {
        var wire = WireReader(answer)
        let outcome: FixOutcome
        switch wire.byte() {
        case 1:
            outcome = .written(wire.text(), wire.text(), corrected: wire.count(), filled: wire.count(), manual: wire.count())
        case 2:
            outcome = .failed(wire.text(), wire.text())
        default:
            return nil
        }
        return wire.isDamaged || !wire.isAtEnd ? nil : outcome
    }
}
