import Foundation

/// For tests only: makes a worker process die or hang on chosen files, so the end-to-end tests can show that
/// a bulk run survives both. Read by workers (``WorkerCommand``) and nowhere else; with neither variable set
/// it does nothing.
///
/// - `JIXIAO_TEST_CRASH_ON=TEXT`: a worker sent a path containing `TEXT` traps (`fatalError`, `SIGILL` on
///   Linux, as FoundationXML does on some damaged files).
/// - `JIXIAO_TEST_HANG_ON=TEXT`: a worker sent a path containing `TEXT` sleeps for an hour.
///
/// ```sh
/// JIXIAO_TEST_CRASH_ON=bad- jixiao validate folder --json r.json   # folder/bad-1.xlsx: unreadable, the rest kept
/// ```
struct FaultInjection: Sendable {
    private let crashOn: String?
    private let hangOn: String?

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        crashOn = environment["JIXIAO_TEST_CRASH_ON"].flatMap { $0.isEmpty ? nil : $0 }
        hangOn = environment["JIXIAO_TEST_HANG_ON"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Before a file is read: traps or hangs when the path is one of the chosen.
    func apply(to path: String) {
        if let crashOn, path.contains(crashOn) { fatalError("JIXIAO_TEST_CRASH_ON: \(path)") }
        if let hangOn, path.contains(hangOn) { sleep(3600) }
    }
}
