import Foundation
import Locking

/// A program the browser tests run beside themselves (chromedriver, `jixiao serve`, `jixiao validate`), without
/// ever blocking a thread of Swift's cooperative pool (two threads on a small machine: one blocked wait there
/// hangs the whole test target). Its output is gathered by the pipes' readability handlers, its end reaches
/// ``exit()`` through the termination handler, and the waits for a line of output or for the end of a stopped
/// process sleep with `Task.sleep`.
///
/// ```swift
/// let validate = try ChildProcess(CommandRunner.jixiao, ["validate", folder.path, "--json", out.path])
/// let status = await validate.exit()      // 0, 1 or 2
/// let driver = try ChildProcess(chromedriver, ["--port=0"])
/// let port = try await driver.waitForOutput("chromedriver's port") { $0.firstMatch(of: /on port (\d+)/).map { String($0.1) } }
/// await driver.stop()
/// ```
final class ChildProcess: @unchecked Sendable {
    // @unchecked: `process` is only started here and then only signalled (its pid); everything else is in `state`.
    private let process = Process()
    private let state = Locked(State())
    let name: String

    private struct State {
        var output = Data()
        var errors = Data()
        var openPipes = 2
        var status: Int32?
        var waiters: [CheckedContinuation<Int32, Never>] = []

        var finished: Bool { status != nil && openPipes == 0 }
    }

    /// Starts `executable arguments…`.
    init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws {
        name = executable.lastPathComponent
        process.executableURL = executable
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        inherited.merge(environment) { $1 }
        process.environment = inherited
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let state = self.state
        for (pipe, isOutput) in [(output, true), (errors, false)] {
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let chunk = handle.availableData
                if chunk.isEmpty { handle.readabilityHandler = nil }
                ChildProcess.update(state) { state in
                    if chunk.isEmpty { state.openPipes -= 1 } else if isOutput { state.output += chunk } else { state.errors += chunk }
                }
            }
        }
        process.terminationHandler = { process in
            ChildProcess.update(state) { $0.status = process.terminationStatus }
        }
        try process.run()
    }

    /// Changes the state and resumes the waiters of ``exit()`` once the process has ended and both pipes closed.
    private static func update(_ state: Locked<State>, _ change: (inout State) -> Void) {
        let ready = state.withLock { state -> [CheckedContinuation<Int32, Never>] in
            change(&state)
            guard state.finished else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        let status = state.withLock { $0.status ?? -1 }
        for waiter in ready { waiter.resume(returning: status) }
    }

    /// What it wrote to stdout so far.
    var standardOutput: String { state.withLock { String(decoding: $0.output, as: UTF8.self) } }
    /// What it wrote to stderr so far.
    var standardError: String { state.withLock { String(decoding: $0.errors, as: UTF8.self) } }
    /// Its exit status, nil while it runs.
    var status: Int32? { state.withLock { $0.status } }

    /// Waits for the end (and the last of its output), without holding a thread: its exit status.
    func exit() async -> Int32 {
        await withCheckedContinuation { continuation in
            let status = state.withLock { state -> Int32? in
                if state.finished { return state.status }
                state.waiters.append(continuation)
                return nil
            }
            if let status { continuation.resume(returning: status) }
        }
    }

    /// Waits until `match` finds what it looks for in the output so far (stdout, then stderr), polling.
    /// - Throws: ``WebDriverError`` when the process ends first or `timeout` passes, with its output.
    func waitForOutput<T>(_ what: String, timeout: Duration = .seconds(30), _ match: (String) -> T?) async throws -> T {
        let clock = ContinuousClock(), deadline = clock.now + timeout
        while true {
            if let found = match(standardOutput + standardError) { return found }
            if status != nil || clock.now >= deadline {
                throw WebDriverError("\(name) gave no \(what) (\(status.map { "exited \($0)" } ?? "timed out")): "
                                     + "stdout \(standardOutput.debugDescription), stderr \(standardError.debugDescription)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Stops it: SIGINT (a clean stop for `jixiao serve`), SIGKILL when it has not ended 5 seconds later; returns
    /// when it has ended (its pipes may stay open in a grandchild, so this waits for the status only).
    func stop() async {
        guard status == nil else { return }
        kill(process.processIdentifier, SIGINT)
        let clock = ContinuousClock()
        for signal in [SIGKILL, 0] {
            let deadline = clock.now + .seconds(5)
            while status == nil, clock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
            guard status == nil, signal != 0 else { return }
            kill(process.processIdentifier, signal)
        }
    }

    /// The absolute path of `program` on the PATH (or in /usr/bin), nil when it is not installed.
    static func installed(_ program: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        return folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent(program) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
