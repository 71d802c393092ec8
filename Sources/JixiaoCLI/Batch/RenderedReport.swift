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
    /// A form or a 绩效自评报告.
    var kind = FileKind.form
    /// The form's sheet where its workbook holds several (a report pairs with one of them).
    var sheet: String?
    /// The form's 部门名称, for pairing reports with forms.
    var department: String?
    /// The other file of the pair (``FileReport/pairedWith``), and for a report the sheet of its table.
    var pairedWith: String?
    var pairedSheet: String?

    /// Counts a report's findings by severity (its pieces are made by ``ReportRendering``).
    init(counting report: FileReport) {
        path = report.path
        status = report.status
        skipReason = report.skipReason
        kind = report.kind
        sheet = report.sheet
        department = report.form?.department
        pairedWith = report.pairedWith
        for finding in report.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// The bytes ``write(to:)`` takes, about.
    var size: Int { path.utf8.count + json.count + csv.count + text.count + summary.bytes.count + 64 }

    /// Sets a form's pair once the run's reports are read: the field in its JSON entry (written as null, see
    /// ``ReportJSON/pairedWithPlaceholder``).
    mutating func pair(with report: String) {
        pairedWith = report
        guard let start = json.firstRange(of: ReportJSON.pairedWithPlaceholder) else { return }
        var entry = Array(json[..<start.lowerBound])
        entry.append(contentsOf: "\"pairedWith\": ".utf8)
        entry.append(contentsOf: JSONText.string(report).utf8)
        entry.append(contentsOf: json[start.upperBound...])
        json = entry[...]
    }

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
        wire.flag(kind == .report)
        wire.optionalText(sheet)
        wire.optionalText(department)
        wire.optionalText(pairedWith)
        wire.optionalText(pairedSheet)
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
        kind = wire.flag() ? .report : .form
        sheet = wire.optionalText()
        department = wire.optionalText()
        pairedWith = wire.optionalText()
        pairedSheet = wire.optionalText()
        if wire.isDamaged { return nil }
    }
}
