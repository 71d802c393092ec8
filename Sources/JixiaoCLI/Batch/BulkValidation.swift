import Foundation
import JixiaoForm
import Locking
import XLSXReader

/// Where `jixiao validate` reads its files: in worker processes (``WorkerPool``), each answering with what the
/// outputs need from a file (``RenderedReport``), so that a file whose reading kills its process is reported
/// unreadable (``XLSXError/Kind/readingCrashed``, or timed out) and every other result is kept. Where no worker
/// can be started (not the `jixiao` executable, exec refused) the files are read in this process instead,
/// with the same results, only without that protection.
///
/// Safe to call from several threads at once (``BatchRunner``'s).
///
/// ```swift
/// let bulk = BulkValidation(rendering: rendering, workerOptions: ["--lang", "zh"], timeLimit: .seconds(30)) {
///     FormValidator(language: .zh)
/// }
/// defer { bulk.shutdown() }
/// let reports = bulk.reports(for: "returned/a.xlsx", named: false)
/// ```
final class BulkValidation: Sendable {
    let rendering: ReportRendering
    private let pool: WorkerPool
    private let makeValidator: @Sendable () -> FormValidator
    /// The job done in this process where no worker can be started, made the first time it is needed (the
    /// templates load in the workers otherwise, not here).
    private let inProcess = Locked<ValidationJob?>(nil)

    /// - Parameters:
    ///   - rendering: what the outputs need from each report.
    ///   - workerOptions: the reader's options as `validate` takes them (`--lang`, `--max-file-size`,
    ///     `--time-limit`), for the workers' command line.
    ///   - timeLimit: the reader's time limit for one file.
    ///   - executable: the program workers run; this executable by default (``WorkerPool/executable``).
    ///   - makeValidator: the validator for in-process work.
    init(rendering: ReportRendering, workerOptions: [String], timeLimit: Duration?,
         executable: String? = WorkerPool.executable.withLock { $0 },
         makeValidator: @escaping @Sendable () -> FormValidator) {
        self.rendering = rendering
        self.makeValidator = makeValidator
        pool = WorkerPool(arguments: ["validate"] + workerOptions + rendering.arguments, timeLimit: timeLimit,
                          executable: executable)
    }

    /// The reports of one file, in a worker where one can be had. `named`: named on the command line rather
    /// than found in a folder.
    func reports(for path: String, named: Bool) -> [RenderedReport] {
        switch pool.ask(path, named: named) {
        case .answer(let answer):
            if let reports = ValidationJob.reports(fromAnswer: answer) { return reports }
            return unreadable(path, XLSXError(.readingCrashed, detail: "damaged answer"))
        case .failed(let error):
            return unreadable(path, error)
        case .unavailable:
            return inProcessJob().reports(for: path, named: named)
        }
    }

    /// The report of a file that gave none: unreadable, with the reason.
    func unreadable(_ path: String, _ error: XLSXError) -> [RenderedReport] {
        [rendering.render(FileReport.unreadable(path, .reader(error)))]
    }

    private func inProcessJob() -> ValidationJob {
        inProcess.withLock { job in
            if let job { return job }
            let made = ValidationJob(validator: makeValidator(), rendering: rendering)
            job = made
            return made
        }
    }

    /// Ends the workers; none outlives the run.
    func shutdown() { pool.shutdown() }
}
