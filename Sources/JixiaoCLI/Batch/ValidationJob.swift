import Foundation
import JixiaoForm

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
        let reports = reports(for: path, named: named, converted: converted)
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
