import Foundation
import JixiaoForm
import Locking

/// `validate`'s work on one file: read, recognise, check, and render what the outputs need
/// (``RenderedReport``). A worker process does it for each path it is sent (``WorkerCommand``); the parent
/// does it itself only where no worker can be started.
///
/// ```swift
/// let job = ValidationJob(validator: FormValidator(), rendering: rendering)
/// let rendered = job.reports(for: "returned/a.xlsx", named: false)
/// ```
struct ValidationJob: Sendable {
    let validator: FormValidator
    let rendering: ReportRendering
    /// `--pair TABLE=REPORT`: a report's table by the report's path (``ReportPairing/key(_:)``).
    var pairs: [String: String] = [:]
    /// The reader's time limit, for pdftotext.
    var timeLimit: Duration = .seconds(30)
    /// The 绩效自评报告 job, made when the first report comes (a run of forms alone never needs its grammar).
    private let reportJob = Locked<Result<ReportCheckJob, TemplateLoadError>?>(nil)

    init(validator: FormValidator, rendering: ReportRendering, pairs: [String: String] = [:], timeLimit: Duration = .seconds(30)) {
        self.validator = validator
        self.rendering = rendering
        self.pairs = pairs
        self.timeLimit = timeLimit
    }

    /// The outputs' pieces for what a request names: a workbook's forms, or a report.
    func reports(for request: WorkerRequest) -> [RenderedReport] {
        guard request.isReport else { return reports(for: request.path, named: request.named, converted: request.converted) }
        let job = reportJob.withLock { job in
            if let job { return job }
            let made = Result { () throws(TemplateLoadError) in
                try ReportCheckJob(validator: validator, rendering: rendering, pairs: pairs, timeLimit: timeLimit)
            }
            job = made
            return made
        }
        switch job {
        case .success(let job): return job.reports(for: request.path, tables: request.tables, unconfirmed: request.unconfirmed)
        case .failure(let error):
            var report = FileReport.unreadable(request.path, .form(FormError(.templatesMissing, detail: "\(error)")))
            report.kind = .report
            return [rendering.render(report)]
        }
    }

    /// What a worker answers for a request.
    func answer(for request: WorkerRequest) -> [UInt8] {
        Self.answer(reports(for: request))
    }

    /// The outputs' pieces for each report the file gives. `named`: named on the command line (a corrected
    /// table found in a folder is skipped; one named is checked). `converted`: the copy LibreOffice made of an
    /// old workbook, read in the file's place, each report saying so (``FileReport/convertedFrom``).
    func reports(for path: String, named: Bool, converted: ConvertedCopy? = nil) -> [RenderedReport] {
        validator.validateForms(fileAt: URL(fileURLWithPath: converted?.path ?? path), path: path, skippingCorrectedTables: !named)
            .map { report in
                var report = report
                report.convertedFrom = converted?.format
                return rendering.render(report)
            }
    }

    /// The reports as a worker sends them.
    func answer(for path: String, named: Bool, converted: ConvertedCopy? = nil) -> [UInt8] {
        Self.answer(reports(for: path, named: named, converted: converted))
    }

    private static func answer(_ reports: [RenderedReport]) -> [UInt8] {
        var wire = WireWriter()
        wire.bytes.reserveCapacity(reports.reduce(8) { $0 + $1.size })
        wire.count(reports.count)
        for report in reports { report.write(to: &wire) }
        return wire.bytes
    }

    /// Reads a worker's answer; nil when it is damaged.
    static func reports(fromAnswer answer: [UInt8]) -> [RenderedReport]? {
        var wire = WireReader(answer)
        let count = wire.count()
        var reports: [RenderedReport] = []
        for _ in 0..<min(count, answer.count) {
            guard let report = RenderedReport(from: &wire) else { return nil }
            reports.append(report)
        }
        return wire.isDamaged || !wire.isAtEnd || reports.count != count ? nil : reports
    }
}
