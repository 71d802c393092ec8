import Foundation
import JixiaoTestSupport

/// What a browser suite shares: a temporary folder (the server's data, the browser's profile and downloads,
/// the files staged for the CLI), the served `jixiao`, chromedriver and one browser session; and the steps the
/// tests take through the page (open, upload a round and wait for its check, screenshot, read the console) and
/// beside it (the CLI's own report on the same files).
///
/// ```swift
/// let run = try #require(BrowserRun.current)
/// let round = try await run.upload([form], reference: list, name: "第一轮")   // "/rounds/20261207-…"
/// let report = try await run.validate([form], reference: list)               // the CLI's --json document
/// ```
final class BrowserRun: Sendable {
    /// The run of the suite being tested (set by ``BrowserScope``).
    @TaskLocal static var current: BrowserRun?

    let folder: URL
    let server: JixiaoServer
    let driver: ChromeDriver
    let session: WebDriverSession

    /// Where the screenshots go: `.build/browser-screenshots/` of the package (kept after the run, to look at).
    static let screenshots = Fixtures.packageRoot.appendingPathComponent(".build/browser-screenshots")
    /// The server's cap on one uploaded file, in MB (`--max-file-size`): small, so the oversized upload is 3 MB.
    static let maxFileSizeMB = 2

    var data: URL { server.data }
    var downloads: URL { folder.appendingPathComponent("downloads") }

    private init(folder: URL, server: JixiaoServer, driver: ChromeDriver, session: WebDriverSession) {
        self.folder = folder
        self.server = server
        self.driver = driver
        self.session = session
    }

    static func start() async throws -> BrowserRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-browser-\(UUID().uuidString.prefix(8))")
        for name in ["profile", "downloads", "work"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let driver = try await ChromeDriver.start()
        let server: JixiaoServer
        do {
            server = try await JixiaoServer.start(data: folder.appendingPathComponent("data"), maxFileSizeMB: maxFileSizeMB)
        } catch {
            await driver.stop()
            throw error
        }
        do {
            let session = try await WebDriverSession.start(driver: driver, profile: folder.appendingPathComponent("profile"),
                                                           downloads: folder.appendingPathComponent("downloads"))
            print("browser tests: jixiao serve at \(server.address), screenshots in \(screenshots.path)")
            return BrowserRun(folder: folder, server: server, driver: driver, session: session)
        } catch {
            await driver.stop()
            await server.stop()
            throw error
        }
    }

    /// Closes the browser, stops chromedriver and the server, and removes the temporary folder.
    func stop() async {
        try? await session.quit()
        await driver.stop()
        await server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Goes to `path` on the server (`/`, `/rounds/…?lang=en`).
    func open(_ path: String) async throws {
        try await session.navigate(server.address + path)
    }

    /// The path of the page the browser shows (`/rounds/…`), without the server's address.
    func currentPath() async throws -> String {
        String(try await session.currentURL().dropFirst(server.address.count))
    }

    /// Starts a round through the start page's own form, as a user does: the files chosen in its file input,
    /// the reference list in its own, the name typed, the button clicked; then waits for the round's page and
    /// its check to finish. Returns the round page's path.
    func upload(_ files: [URL], reference: URL? = nil, name: String) async throws -> String {
        try await open("/?lang=zh")
        try await session.find("form[data-upload] input[name=name]").sendKeys(name)
        try await session.find("form[data-upload] input[type=file][name=files]:not([webkitdirectory])")
            .sendKeys(files.map(\.path).joined(separator: "\n"))
        if let reference { try await session.find("form[data-upload] input[type=file][name=reference]").sendKeys(reference.path) }
        try await session.find("form[data-upload] button[type=submit]").click()
        let round = try await session.waitUntil("the round's page after the upload") { () async throws -> String? in
            let path = try await currentPath()
            if path.wholeMatch(of: /\/rounds\/[0-9a-z-]+/) != nil { return path }
            let refusal: [String] = try await session.execute(
                "var p = document.querySelector('.upload-status.failed'); return p ? [p.textContent] : []")
            if let reason = refusal.first { throw WebDriverError("the page refused the upload: \(reason.debugDescription)") }
            return nil
        }
        try await waitForCheck()
        return round
    }

    /// Waits until the round page shows its check done (the page reloads itself when it is).
    func waitForCheck() async throws {
        let phase = try await session.waitUntil("the check to finish", timeout: .seconds(60)) { () async throws -> String? in
            let phase: String = try await session.execute(
                "var e = document.querySelector('[data-phase]'); return e ? e.getAttribute('data-phase') : ''")
            return phase == "done" || phase == "failed" ? phase : nil
        }
        guard phase == "done" else { throw WebDriverError("the check failed: \(try await session.find("main").text())") }
    }

    /// Saves the page as `<name>.png` in ``screenshots`` and says where.
    @discardableResult
    func screenshot(_ name: String) async throws -> URL {
        let url = BrowserRun.screenshots.appendingPathComponent(name + ".png")
        try await session.screenshot().write(to: url)
        print("browser tests: screenshot \(url.path)")
        return url
    }

    /// The console's errors since the last call (JS errors, CSP violations, failed loads), but the favicon the
    /// browser asks for on its own and any whose text contains one of `expected`.
    func consoleErrors(expected: [String] = []) async throws -> [String] {
        try await session.browserLog().filter { entry in
            entry.level == "SEVERE" && !entry.message.contains("/favicon.ico") && !expected.contains { entry.message.contains($0) }
        }.map(\.message)
    }

    /// Copies `files` into a fresh folder under the names given (the fixture's own name when nil): what is
    /// uploaded and what the CLI checks are the same bytes under the same names.
    func stage(_ files: [(URL, String?)]) throws -> [URL] {
        let staged = folder.appendingPathComponent("work/\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        return try files.map { source, name in
            let target = staged.appendingPathComponent(name ?? source.lastPathComponent)
            try FileManager.default.copyItem(at: source, to: target)
            return target
        }
    }

    /// The CLI's report on `files` (all in one folder, as ``stage(_:)`` leaves them): `jixiao validate <folder>
    /// [--reference list] --json …`, its document parsed.
    func validate(_ files: [URL], reference: URL? = nil) async throws -> [String: Any] {
        let folder = files[0].deletingLastPathComponent()
        let json = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + ".json")
        let process = try ChildProcess(CommandRunner.jixiao, ["validate", folder.path, "--json", json.path, "--quiet", "--lang", "zh"]
                                       + (reference.map { ["--reference", $0.path] } ?? []))
        let status = await process.exit()
        guard [0, 1, 2].contains(status), let report = try JSONDiff.parse(contentsOf: json) as? [String: Any] else {
            throw WebDriverError("jixiao validate ended \(status): \(process.standardError)")
        }
        return report
    }
}
