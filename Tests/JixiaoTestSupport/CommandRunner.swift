import Foundation

/// Runs the built `jixiao` executable the way a user does, capturing stdout, stderr and the exit code.
public struct CommandResult: Sendable {
    public var stdout: String
    public var stderr: String
    public var status: Int32
}

public enum CommandRunner {
    /// The `jixiao` built beside the test bundle (the same build folder, whatever `--scratch-path` was used).
    public static var jixiao: URL {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Fixtures.packageRoot.appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("jixiao")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[2].appendingPathComponent("jixiao")
    }

    /// Runs `jixiao arguments...` in `directory` (the package root by default).
    public static func run(_ arguments: [String], in directory: URL = Fixtures.packageRoot,
                           environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = jixiao
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self),
                             status: process.terminationStatus)
    }
}
