import Foundation
import JixiaoForm
import Locking
import XLSXReader

/// Where `jixiao validate` reads its files: in worker processes (``WorkerPool``), each answering with what the
/// outputs need from a file (``RenderedReport``), so that a file whose reading kills its process is reported
/// unreadable (``XLSXError/Kind/readingCrashed``, or timed out) and every other result is kept. Where no worker
/// can be started (not the `jixiao` executable, exec refused) the files are read in this process instead,
/// with the same results, only without that protection. An old workbook (`.xls`, `.et`) is first converted
/// here by LibreOffice where it is installed (``LegacyConverter``), and the worker reads the converted copy.
///
/// Safe to call from several threads at once (``BatchRunner``'s).
///
/// ```swift
/// let bulk = BulkValidation(rendering: rendering, workerOptions: ["--lang", "zh"], timeLimit: .seconds(30),
///                           converter: LegacyConverter(timeLimit: .seconds(30))) {
///     FormValidator(language: .zh)
/// }
/// defer { bulk.shutdown() }
/// let reports = bulk.reports(for: "returned/a.xlsx", named: false)
/// ```
final class BulkValidation: Sendable {
    let rendering: ReportRendering
    private let pool: WorkerPool
    private let converter: LegacyConverter?
    private let makeValidator: @Sendable () -> FormValidator
    /// The job done in this process where no worker can be started, made the first time it is needed (the
    /// templates load in the workers otherwise, not here).
    private let inProcess = Locked<ValidationJob?>(nil)

    /// - Parameters:
    ///   - rendering: what the outputs need from each report.
    ///   - workerOptions: the reader's options as `validate` takes them (`--lang`, `--max-file-size`,
    ///     `--time-limit`), for the workers' command line.
    ///   - timeLimit: the reader's time limit for one file.
    ///   - converter: converts old workbooks; nil to report them unreadable.
    ///   - executable: the program workers run; this executable by default (``WorkerPool/executable``).
    ///   - makeValidator: the validator for in-process work.
    init(rendering: ReportRendering, workerOptions: [String], timeLimit: Duration?, converter: LegacyConverter? = nil,
         pairs: [String: String] = [:], executable: String? = WorkerPool.executable.withLock { $0 },
         makeValidator: @escaping @Sendable () -> FormValidator) {
        self.rendering = rendering
        self.makeValidator = makeValidator
        self.converter = converter
        self.pairs = pairs
        self.timeLimit = timeLimit ?? .seconds(30)
        let pairOptions = pairs.sorted { $0.key < $1.key }.flatMap { ["--pair", PairOption.text(table: $0.value, report: $0.key)] }
        pool = WorkerPool(arguments: ["validate"] + workerOptions + rendering.arguments + pairOptions, timeLimit: timeLimit,
                          executable: executable)
    }

    /// `--pair`: a report's table by the report's path.
    private let pairs: [String: String]
    private let timeLimit: Duration

    /// The rendered report of a 绩效自评报告, in a worker where one can be had: read, paired with one of the run's
    /// forms (`tables`, written once every form is read), checked.
    func report(for path: String, named: Bool, tables: String?, unconfirmed: Bool = false) -> [RenderedReport] {
        reports(for: WorkerRequest(path: path, named: named, isReport: true, tables: tables, unconfirmed: unconfirmed))
    }

    /// The reports of one file, in a worker where one can be had. `named`: named on the command line rather
    /// than found in a folder.
    func reports(for path: String, named: Bool) -> [RenderedReport] {
        guard let converter, converter.isAvailable, LegacyConverter.needsConversion(path) else {
            return reports(for: WorkerRequest(path: path, named: named))
        }
        return converter.withConverted(path) { result in
            switch result {
            case .success(let copy): reports(for: WorkerRequest(path: path, named: named, converted: copy))
            case .failure(let error): unreadable(path, error)
            }
        }
    }

    private func reports(for request: WorkerRequest) -> [RenderedReport] {
        let path = request.path
        switch pool.ask(request) {
        case .answer(let answer):
            if let reports = ValidationJob.reports(fromAnswer: answer) { return reports }
            return unreadable(path, XLSXError(.readingCrashed, detail: "damaged answer"))
        case .failed(let error):
            return unreadable(path, error)
        case .unavailable:
            return inProcessJob().reports(for: request)
        }
    }

    /// The report of a file that gave none: unreadable, with the reason.
    func unreadable(_ path: String, _ error: XLSXError) -> [RenderedReport] {
        [rendering.render(FileReport.unreadable(path, .reader(error)))]
    }

    private func inProcessJob() -> ValidationJob {
        inProcess.withLock { job in
            if let job { return job }
            let made = ValidationJob(validator: makeValidator(), rendering: rendering, pairs: pairs, timeLimit: timeLimit)
            job = made
            return made
        }
    }

    /// Ends the workers; none outlives the run.
    func shutdown() { pool.shutdown() }
}
