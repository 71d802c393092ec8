import Foundation

/// A conversion tool run as a child process inside its temporary folder, as ``LegacyConverter`` (LibreOffice)
/// and ``PDFTextConverter`` (pdftotext) run theirs: standard output and error to a log in the folder, a time
/// limit past which the child is killed with its whole process group (Foundation makes it a group leader), and
/// the group registered with ``InterruptCleanup`` while it runs.
///
/// ```swift
/// let outcome = ConversionProcess.run("/usr/bin/pdftotext", ["-layout", "input.pdf", "out.txt"],
///                                     in: folder, timeLimit: .seconds(30))
/// if case .exited(0, _) = outcome { … }
/// ```
enum ConversionProcess {
    enum Outcome {
        /// The child ended: its exit status, or the signal that ended it, and the last thing it said.
        case exited(Int32, said: String?)
        case signalled(Int32, said: String?)
        /// Killed at the time limit.
        case timedOut
        /// It could not be started (or no log could be made): why.
        case notStarted(String)
    }

    /// Runs `executable` with `arguments` in `folder` and waits for it, at most `timeLimit`.
    /// - Parameters:
    ///   - environment: the child's environment; nil for this process's own.
    ///   - ignoring: log lines that say nothing (LibreOffice's javaldx warning), skipped for `said`.
    static func run(_ executable: String, _ arguments: [String], in folder: TemporaryFolder,
                    environment: [String: String]? = nil, timeLimit: Duration,
                    ignoring: (String) -> Bool = { _ in false }) -> Outcome {
        let log = folder.path + "/" + URL(fileURLWithPath: executable).lastPathComponent + ".log"
        guard FileManager.default.createFile(atPath: log, contents: nil), let logHandle = FileHandle(forWritingAtPath: log) else {
            return .notStarted("no log file")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = logHandle
        process.standardError = logHandle
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            try? logHandle.close()
            return .notStarted("\(executable) did not start: \(error.localizedDescription)")
        }
        try? logHandle.close()
        InterruptCleanup.started(process.processIdentifier, folder: folder.path)
        let seconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) / 1e18
        if ended.wait(timeout: .now() + seconds) == .timedOut {
            // Foundation starts the child as the leader of its own process group: every process it started goes.
            kill(-process.processIdentifier, SIGKILL)
            ended.wait()
            return .timedOut
        }
        let said = lastLine(ofFileAt: log, ignoring: ignoring)
        return process.terminationReason == .exit ? .exited(process.terminationStatus, said: said)
                                                  : .signalled(process.terminationStatus, said: said)
    }

    /// The last line of the log that says something.
    private static func lastLine(ofFileAt path: String, ignoring: (String) -> Bool) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data.suffix(4096), as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .last { !$0.isEmpty && !ignoring($0) }
    }

    /// A tool: the path in `environment[key]` when set (nil when that is no program), else the first of
    /// `name` on `PATH` and then `places` that is a program.
    static func locate(_ name: String, namedBy key: String, places: [String], environment: [String: String]) -> String? {
        let runnable = { (path: String) -> Bool in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
        if let named = environment[key], !named.isEmpty { return runnable(named) ? named : nil }
        let onPath = (environment["PATH"] ?? "").split(separator: ":").map { String($0) + "/" + name }
        return (onPath + places).first(where: runnable)
    }
}
