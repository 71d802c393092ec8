import Foundation
import JixiaoForm
import Locking
import XLSXWriter

/// The outputs of a `validate` run: standard output (or `--output`) in the chosen format, and the `--summary`,
/// `--json` and `--csv` files. Opened before the first file is read, so an output that cannot be made fails at
/// once; each report goes to every output as it comes; at the end every output is finished side by side.
///
/// An output that fails (a full disk) is dropped, leaving no file under its name, and the others go on: the run
/// reports which were written and, for the failed one, the reason.
///
/// ```swift
/// let outputs = try RunOutputs(format: nil, output: nil, summary: "汇总.xlsx", json: nil, csv: nil,
///                              quiet: false, replacingSummary: false, language: .zh)
/// outputs.add(rendering.render(report))
/// let failures = outputs.finish(totals, language: .zh)   // [] when every output was written
/// ```
final class RunOutputs {
    /// Each output and what it was asked for as (`-` for standard output).
    private var sinks: [(sink: ReportSink, target: OutputTarget)] = []
    /// The outputs that failed, by position, with the failure.
    private var failures: [Int: Error] = [:]
    /// Whether a report goes to standard output (the progress line is cleared before it is written).
    private(set) var writesToStandardOutput = false
    /// Whether standard output gets only the closing tally (file outputs asked for, no format).
    private(set) var tallyOnly = false
    /// Lines about other things the run wrote (return notices), said after the tally.
    private var notes: [String] = []

    /// Opens every output.
    /// - Parameters:
    ///   - quiet: standard output gets a report only when `format` asks for one (`--quiet`); otherwise it gets
    ///     the text report when no file output is asked for.
    ///   - replacingSummary: an existing summary workbook is replaced (`--force`); otherwise it is kept and
    ///     this fails before any file is read. The reports (`--output`, `--json`, `--csv`) are always replaced.
    /// - Throws: ``CommandFailure`` naming the output and the reason when one cannot be opened; those opened
    ///   before it are dropped.
    /// - Parameter csvKeys: the CSV outputs in the machine format (`--csv-keys`) rather than for a person.
    /// - Parameter round: whether the run has a reference list (the summary gains its round sheets).
    init(format: ValidationFormat?, output: String?, summary: String?, json: String?, csv: String?,
         quiet: Bool, replacingSummary: Bool, csvKeys: Bool = false, summaryUnit: SummaryUnit = .tenThousandYuan,
         round: Bool = false, language: Language) throws(CommandFailure) {
        if format != nil || output != nil || (!quiet && summary == nil && json == nil && csv == nil) {
            let target = OutputTarget(output ?? "-", option: output == nil ? nil : "--output", streamed: true)
            try attach(target, language: language) {
                let stream = try StreamingOutput(path: output)
                switch format ?? .text {
                case .json: return JSONReportSink(output: stream, language: language)
                case .csv: return CSVReportSink(output: stream, language: language, keys: csvKeys)
                case .text:
                    let colour = output == nil && isatty(STDOUT_FILENO) != 0
                    return TextReportSink(output: stream, language: language, colour: colour)
                }
            }
            writesToStandardOutput = output == nil
        } else {
            tallyOnly = true
        }
        if let json {
            try attach(OutputTarget(json, option: "--json", streamed: true), language: language) {
                JSONReportSink(output: try StreamingOutput(path: json), language: language)
            }
        }
        if let csv {
            try attach(OutputTarget(csv, option: "--csv", streamed: true), language: language) {
                CSVReportSink(output: try StreamingOutput(path: csv), language: language, keys: csvKeys)
            }
        }
        if let summary {
            let layout: SummaryLayout
            switch SummaryLayout.standard {
            case .success(let loaded): layout = loaded
            case .failure(let error):
                discard()
                throw CommandFailure(message: ErrorPresenter.message(for: error, language: language), status: .unreadableOrUsage)
            }
            try attach(OutputTarget(summary, option: "--summary"), language: language) {
                try SummaryWorkbook(destination: URL(fileURLWithPath: summary), layout: layout, language: language,
                                    replacing: replacingSummary, unit: summaryUnit, round: round)
            }
        }
    }

    /// Outputs already opened, each with what it was asked for as.
    init(_ sinks: [(sink: ReportSink, target: OutputTarget)]) {
        self.sinks = sinks
    }

    /// Opens one output, or drops those opened and fails with the reason.
    private func attach(_ target: OutputTarget, language: Language, _ open: () throws -> ReportSink) throws(CommandFailure) {
        do {
            sinks.append((try open(), target))
        } catch {
            discard()
            throw CommandFailure(message: ErrorPresenter.message(for: error, target: target, language: language),
                                 status: .unreadableOrUsage)
        }
    }

    /// Asks each output for the pieces of a report it writes (made where the report is made, see
    /// ``ReportRendering``).
    func configure(_ rendering: inout ReportRendering) {
        for entry in sinks { entry.sink.configure(&rendering) }
    }

    /// Hands one report to every output still going.
    func add(_ report: RenderedReport) {
        for (index, entry) in sinks.enumerated() where failures[index] == nil {
            do {
                try entry.sink.add(report)
            } catch {
                failures[index] = error
                entry.sink.discard()
            }
        }
    }

    /// Finishes every output side by side: what is left is compressing the summary workbook and waiting for
    /// the disk (each file is flushed before it is renamed into place), and no output waits for another.
    /// - Returns: the message for each output that could not be written, in the outputs' order.
    func finish(_ totals: ValidationSummary, round: RoundReport? = nil, language: Language) -> [String] {
        let finished = Locked<[Int: Error]>([:])
        // Each output goes to one thread and shares nothing with the others.
        nonisolated(unsafe) let sinks = sinks
        let failed = failures
        DispatchQueue.concurrentPerform(iterations: sinks.count) { index in
            guard failed[index] == nil else { return }
            do {
                try sinks[index].sink.finish(totals, round: round)
            } catch {
                sinks[index].sink.discard()
                finished.withLock { $0[index] = error }
            }
        }
        failures.merge(finished.withLock { $0 }) { first, _ in first }
        return failures.keys.sorted().compactMap { index in
            failures[index].map { ErrorPresenter.message(for: $0, target: sinks[index].target, language: language) }
        }
    }

    /// The outputs written (after ``finish(_:language:)``), in the order asked for.
    var written: [OutputTarget] {
        sinks.indices.filter { failures[$0] == nil }.map { sinks[$0].target }
    }

    /// What standard output says at the end when it gets only the closing tally (``tallyOnly``): the totals,
    /// then a line for each output written; nil when standard output has had the reports.
    ///
    /// ```swift
    /// outputs.tally(totals, language: .en)   // "2 files: …\nsummary written to 汇总.xlsx\n"
    /// ```
    func tally(_ totals: ValidationSummary, round: RoundReport? = nil, language: Language) -> String? {
        guard tallyOnly else { return nil }
        var text = String(ValidationText.footer(totals, language: language).dropFirst())
        if let round { text += RoundText.summaryLine(round, language: language) + "\n" }
        for note in notes { text += note + "\n" }
        for target in written {
            let label = target.option == "--summary" ? language.pick("汇总", "summary") : target.option == "--json" ? "JSON" : "CSV"
            text += language.pick("\(label)已写入 \(target.path)\n", "\(label) written to \(target.path)\n")
        }
        return text
    }

    /// Says `line` at the end: after the tally when standard output gets only the tally, else at once (after
    /// the text report, which is finished by then).
    func note(_ line: String) {
        if tallyOnly { notes.append(line) } else { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    }

    /// Drops every output: no file is left under any output's name.
    func discard() {
        sinks.forEach { $0.sink.discard() }
    }
}
