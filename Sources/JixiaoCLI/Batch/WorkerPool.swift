import Foundation
import Locking
import XLSXReader

/// Worker processes for a bulk run, about one per core, so that a file whose reading kills the process (a trap
/// inside a library, on a damaged file; one nobody has found yet) loses only that file: it is reported
/// unreadable with the reason, a new worker takes the next file, and every other result is kept. A worker
/// still busy well past the time limit is killed and its file reported as timed out.
///
/// Each ``ask(_:)`` takes an idle worker (starting one when none is idle), sends it a path and waits for the
/// answer; ``BatchRunner``'s threads call it side by side. Workers are started only by the `jixiao` executable
/// itself (``executable``); where none can be started, ``ask(_:)`` answers `.unavailable` and the caller does
/// the work in its own process, as before workers existed.
///
/// ```swift
/// let pool = WorkerPool(arguments: ["validate", "--lang", "zh"], timeLimit: .seconds(30))
/// defer { pool.shutdown() }
/// switch pool.ask(WorkerRequest(path: "a.xlsx", named: true)) {
/// case .answer(let bytes): …              // what the worker's job made of the file
/// case .failed(let error): …              // the file killed its worker or ran out of time
/// case .unavailable: …                    // no worker could be started: do it here
/// }
/// ```
final class WorkerPool: Sendable {
    /// The program a worker runs: set by the `jixiao` executable's entry point (``Jixiao/runAndExit(_:)``), nil
    /// where the commands run inside another program (the tests), which then keeps the work in process.
    static let executable = Locked<String?>(nil)

    /// How a file's reading ended.
    enum Reply {
        case answer([UInt8])
        case failed(XLSXError)
        case unavailable
    }

    /// The program workers run (nil: none, work stays in process).
    private let program: String?
    private let arguments: [String]
    /// The reader's time limit, which a worker's answer may pass by ``grace`` before the worker is killed; nil
    /// for none.
    private let timeLimit: Duration?
    private let state = Locked(State())

    /// What a file may take beyond the time limit: recognising and checking the form after reading it (a few
    /// milliseconds), on a machine busy with other work. A worker's own alarm (``WorkerCommand``) goes off
    /// 2 s past the limit; the parent kills it at 5 s past.
    static let grace: Duration = .seconds(5)

    private struct State {
        var idle: [WorkerProcess] = []
        /// Set when a worker could not be started: the rest of the run stays in process.
        var unavailable = false
    }

    /// - Parameters:
    ///   - arguments: the worker's job and options (after `jixiao _worker`).
    ///   - timeLimit: the reader's time limit for one file, nil for none.
    ///   - executable: the program workers run; this executable by default (``executable``).
    init(arguments: [String], timeLimit: Duration?, executable: String? = WorkerPool.executable.withLock { $0 }) {
        program = executable
        self.arguments = arguments
        self.timeLimit = timeLimit
    }

    /// Reads one file in a worker: the request names it, says whether it was named on the command line (a
    /// corrected table found beside its submission is skipped; one named is checked) and gives the converted
    /// copy of an old workbook.
    func ask(_ request: WorkerRequest) -> Reply {
        let taken = state.withLock { state -> WorkerProcess?? in
            state.unavailable ? .none : .some(state.idle.popLast())
        }
        guard let taken else { return .unavailable }
        guard let worker = taken ?? start() else { return .unavailable }
        switch worker.ask(request.bytes, within: timeLimit.map { $0 + Self.grace }) {
        case .answer(let answer):
            state.withLock { $0.idle.append(worker) }
            return .answer(answer)
        case .timedOut:
            return .failed(timedOut)
        case .ended(let ending) where ending.signal == SIGALRM:
            return .failed(timedOut)
        case .ended(let ending):
            return .failed(XLSXError(.readingCrashed, detail: ending.description))
        }
    }

    /// A file past the time limit, in the reader's own words for it.
    private var timedOut: XLSXError { XLSXError(.timeLimitExceeded, detail: timeLimit.map { "limit \($0)" }) }

    /// Starts a worker; on failure the pool turns to in-process work for good.
    private func start() -> WorkerProcess? {
        guard let executable = program,
              let worker = WorkerProcess.start(executable: executable,
                                               arguments: ["_worker"] + arguments + ["--build", Self.buildIdentity()])
        else {
            state.withLock { $0.unavailable = true }
            return nil
        }
        return worker
    }

    /// Ends every worker (each exits when its socket closes) and reaps it: none outlives the run.
    func shutdown() {
        let workers = state.withLock { state in
            defer { state.idle.removeAll() }
            return state.idle
        }
        workers.forEach { $0.stop() }
    }

    /// Which build of jixiao this process runs: the device, inode, size and modification time of the
    /// executable (`/proc/self/exe`). A worker compares its own with its parent's.
    static func buildIdentity() -> String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// This executable's path, for ``executable``: where `/proc/self/exe` leads (a path valgrind's
    /// `--trace-children` follows too), or `/proc/self/exe` itself when the file there was replaced or removed
    /// since the run started (it still runs the same program). `CommandLine.arguments[0]` is no use: it may be
    /// a bare name found on `PATH`, or relative to a folder since left.
    static func currentExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return "/proc/self/exe" }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return path.hasSuffix(" (deleted)") || access(path, X_OK) != 0 ? "/proc/self/exe" : path
    }
}
