import Foundation
import Locking
import JixiaoForm

/// Gathers the round's part of each report as the run emits it (``RenderedRound``: an entry and a form's
/// material for the signals, a few hundred bytes each), and at the end accounts for the round against the list:
/// missing, duplicate and unknown units, the file that counts for each, and the signals for 抽查.
///
/// ```swift
/// let collector = RoundCollector(rendering: round)
/// collector.add(rendered)            // for every report, in path order
/// let report = collector.finish()    // RoundReport for the outputs
/// ```
final class RoundCollector {
    private let rendering: RoundRendering
    private var entries: [RoundEntry] = []
    private var materials: [RoundSignalMaterial] = []

    init(rendering: RoundRendering) {
        self.rendering = rendering
    }

    func add(_ report: RenderedReport) {
        guard let round = report.round, round.entry.status != .skipped else { return }
        entries.append(round.entry)
        if let material = round.material { materials.append(material) }
    }

    /// The round accounted for: of a unit's several forms the one a version word marks counts, else the newest
    /// by the file's modification time (read here, once per file).
    func finish() -> RoundReport {
        // Sized once, and each path looked up once (a workbook of several forms gives several entries).
        var modified = [String: Date](minimumCapacity: entries.count)
        for path in entries.map(\.path) where modified[path] == nil {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            modified[path] = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
        }
        // The accounting and the signals side by side: every worker is done by now, and the run waits for both.
        let signals = Locked<[RoundSignal]>([])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [materials, rendering] in
            let found = RoundSignals.find(in: materials, templates: rendering.templates, catalog: rendering.signals)
            signals.withLock { $0 = found }
        }
        let outcome = rendering.accounting.account(entries, modified: modified)
        group.wait()
        return RoundReport(reference: rendering.reference, list: rendering.list, outcome: outcome,
                           signals: signals.withLock { $0 })
    }
}
