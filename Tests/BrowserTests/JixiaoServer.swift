import Foundation
import JixiaoTestSupport

/// The built `jixiao` (found as the end-to-end tests find it) run as `jixiao serve --port 0 --data <folder>`: the
/// server under test, seen from outside as a user's browser sees it. Its address is the one it prints.
///
/// ```swift
/// let server = try await JixiaoServer.start(data: folder.appendingPathComponent("data"), maxFileSizeMB: 2)
/// server.address   // http://127.0.0.1:41234
/// await server.stop()
/// ```
struct JixiaoServer: Sendable {
    let process: ChildProcess
    /// `http://127.0.0.1:<port>`, no slash at the end.
    let address: String
    /// The data folder it keeps its rounds in.
    let data: URL

    /// - Parameter maxFileSizeMB: its cap on one uploaded file (`--max-file-size`), small so a refused upload is cheap.
    static func start(data: URL, maxFileSizeMB: Int) async throws -> JixiaoServer {
        let process = try ChildProcess(CommandRunner.jixiao, ["serve", "--port", "0", "--data", data.path,
                                                              "--max-file-size", String(maxFileSizeMB)])
        do {
            let address = try await process.waitForOutput("address") {
                $0.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/).map { String($0.0) }
            }
            return JixiaoServer(process: process, address: address, data: data)
        } catch {
            await process.stop()
            throw error
        }
    }

    /// Stops it with Ctrl-C's signal, as a user does.
    func stop() async { await process.stop() }
}
