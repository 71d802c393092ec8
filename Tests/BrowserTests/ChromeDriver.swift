import Foundation

/// Debian's chromedriver run as a child process on a free port (`--port=0`, the port it prints), driving Debian's
/// Chromium. Neither installed is a failure naming the set-up that installs them, never a skipped test.
///
/// ```swift
/// let driver = try await ChromeDriver.start()
/// let session = try await WebDriverSession.start(driver: driver, profile: profile, downloads: downloads)
/// await driver.stop()
/// ```
struct ChromeDriver: Sendable {
    let process: ChildProcess
    /// Where it listens: `http://127.0.0.1:<port>`.
    let url: URL
    /// The browser it drives.
    let chromium: URL

    static func start() async throws -> ChromeDriver {
        guard let chromium = ChildProcess.installed("chromium"), let chromedriver = ChildProcess.installed("chromedriver") else {
            throw WebDriverError("chromium and chromedriver are needed for the browser tests and are not installed: "
                                 + "run `make test` (or Scripts/setup.sh --for-tests), which installs the Debian packages "
                                 + "chromium and chromium-driver")
        }
        let process = try ChildProcess(chromedriver, ["--port=0"])
        do {
            let port = try await process.waitForOutput("port") { $0.firstMatch(of: /started successfully on port (\d+)/).map { String($0.1) } }
            return ChromeDriver(process: process, url: URL(string: "http://127.0.0.1:\(port)")!, chromium: chromium)
        } catch {
            await process.stop()
            throw error
        }
    }

    func stop() async { await process.stop() }
}
