import JixiaoForm

/// What the outputs of a run need from one report, already made: the JSON entry, the CSV rows, the text block,
/// the summary workbook's cells, and the counts for the closing tally. Made where the report is made (a worker
/// process, see ``WorkerPool``) by ``ReportRendering``, so the parent only appends bytes and places cells.
///
/// ```swift
/// let rendered = rendering.render(report)
/// for sink in sinks { try sink.add(rendered) }
/// totals.add([rendered])
/// ```
struct RenderedReport: Sendable, Equatable {
    /// The file's path (the outputs that list skipped files at their end keep it).
    var path: String
    var status: FileStatus
    /// Why the file was skipped; nil otherwise.
    var skipReason: SkipReason?
    var errors = 0
    var warnings = 0
    var infos = 0
    /// The `files` entry, starting with its line break (``JSONReportSink`` puts the comma between entries).
    /// Slices: read from a worker's answer, the pieces stay where they arrived.
    var json: ArraySlice<UInt8> = []
    /// The CSV rows, each ending in a line break.
    var csv: ArraySlice<UInt8> = []
    /// The text block.
    var text: ArraySlice<UInt8> = []
    /// The summary workbook's rows.
    var summary = SummaryEntry()
    /// The report's part of the round, with a reference list (`--reference`).
    var round: RenderedRound?
    /// The report's part of a return notice (`--feedback`).
    var notice: RenderedNotice?

    /// Counts a report's findings by severity (its pieces are made by ``ReportRendering``).
    init(counting report: FileReport) {
        path = report.path
        status = report.status
        skipReason = report.skipReason
        for finding in report.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// The bytes ``write(to:)`` takes, about.
    var size: Int { path.utf8.count + json.count + csv.count + text.count + summary.bytes.count + 32 }

    func write(to wire: inout WireWriter) {
        wire.text(path)
        wire.byte(UInt8(FileStatus.allCases.firstIndex(of: status) ?? 0))
        wire.byte(skipReason.flatMap { SkipReason.allCases.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0)
        wire.count(errors)
        wire.count(warnings)
        wire.count(infos)
        wire.run(json)
        wire.run(csv)
        wire.run(text)
        wire.run(summary.bytes)
        wire.flag(round != nil)
        round?.write(to: &wire)
        wire.flag(notice != nil)
        notice?.write(to: &wire)
    }

    /// Reads what ``write(to:)`` wrote; nil when the bytes are damaged.
    init?(from wire: inout WireReader) {
        path = wire.text()
        let statusIndex = Int(wire.byte())
        guard statusIndex < FileStatus.allCases.count else { return nil }
        status = FileStatus.allCases[statusIndex]
        let reasonIndex = Int(wire.byte())
        guard reasonIndex <= SkipReason.allCases.count else { return nil }
        skipReason = reasonIndex == 0 ? nil : SkipReason.allCases[reasonIndex - 1]
        errors = wire.count()
        warnings = wire.count()
        infos = wire.count()
        json = wire.run()
        csv = wire.run()
        text = wire.run()
        summary = SummaryEntry(bytes: wire.run())
        if wire.flag() {
            guard let round = RenderedRound(from: &wire) else { return nil }
            self.round = round
        }
        if wire.flag() {
            guard let notice = RenderedNotice(from: &wire) else { return nil }
            self.notice = notice
        }
        if wire.isDamaged { return nil }
    }
}
