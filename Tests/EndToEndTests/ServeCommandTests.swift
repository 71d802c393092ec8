import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import JixiaoTestSupport
import Testing

/// `jixiao serve` as a user starts it: it prints the address, serves the page with its security headers, makes
/// its data folder, and stops cleanly on Ctrl-C (SIGINT).
@Suite("jixiao serve (end to end)")
struct ServeCommandTests {
    /// Starts `jixiao serve --port 0` and returns the process, its printed port and its output so far.
    static func start(_ arguments: [String]) throws -> (Process, Int, Pipe) {
        let process = Process()
        process.executableURL = CommandRunner.jixiao
        process.arguments = ["serve", "--port", "0"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !printed.contains("Ctrl-C") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let port = printed.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//).flatMap { Int($0.1) } ?? 0
        return (process, port, output)
    }

    static func fetch(_ url: String) async throws -> (Data, HTTPURLResponse) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return (data, response as! HTTPURLResponse)
    }

    @Test func servesThePageAndStopsOnInterrupt() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-serve-\(UUID().uuidString)/data")
        let (process, port, _) = try Self.start(["--data", data.path])
        defer { if process.isRunning { process.terminate() } }
        #expect(port > 0)
        let (page, response) = try await Self.fetch("http://127.0.0.1:\(port)/")
        #expect(response.statusCode == 200)
        #expect(response.value(forHTTPHeaderField: "Content-Security-Policy")?.hasPrefix("default-src 'self'; script-src 'self'") == true)
        #expect(String(decoding: page, as: UTF8.self).contains("<input type=\"file\" name=\"files\" webkitdirectory multiple>"))
        let (english, _) = try await Self.fetch("http://127.0.0.1:\(port)/?lang=en")
        #expect(String(decoding: english, as: UTF8.self).contains("<h2>New round</h2>"))
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("rounds").path))
        // A second server on the same port says so and exits 2.
        let second = try CommandRunner.run(["serve", "--port", "\(port)", "--data", data.path])
        #expect(second.status == 2)
        #expect(second.stderr == "127.0.0.1:\(port)：端口已被占用（可能已有一个 jixiao serve 在运行）；用 --port 换一个端口，或 --port 0 任选一个空闲端口\n")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test func nonLoopbackPrintsTheToken() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-serve-\(UUID().uuidString)")
        // Listening on every address of this machine only; nothing is sent to it but the stop.
        let process = Process()
        process.executableURL = CommandRunner.jixiao
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", "0", "--data", data.path, "--lang", "en"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var printed = ""
        while !printed.contains("Ctrl-C") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(printed.contains(/access token: [0-9a-f]{32}\n/))
        #expect(printed.contains(/open in a browser: http:\/\/0\.0\.0\.0:\d+\/\?token=[0-9a-f]{32}\n/))
    }
}
