import Foundation

/// A W3C WebDriver session over HTTP JSON (``WebDriverHTTP``: no waits on the cooperative pool): headless Chromium with its own
/// profile and download folder, its console kept (`goog:loggingPrefs`), and the few commands the browser tests
/// use.
///
/// ```swift
/// let session = try await WebDriverSession.start(driver: driver, profile: profile, downloads: downloads)
/// try await session.navigate("http://127.0.0.1:8080/")
/// let heading = try await session.find("h1").text()
/// let rows: [[String]] = try await session.execute("return [...document.querySelectorAll('tr')].map(r => [r.id])")
/// try await session.quit()
/// ```
struct WebDriverSession: Sendable {
    /// `<driver>/session/<id>`.
    let url: URL

    /// Chromium headless as the tests run it.
    static func arguments(profile: URL) -> [String] {
        ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
         "--user-data-dir=\(profile.path)"]
    }

    static func start(driver: ChromeDriver, profile: URL, downloads: URL) async throws -> WebDriverSession {
        let options: [String: Any] = [
            "binary": driver.chromium.path,
            "args": arguments(profile: profile),
            "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false,
                      "download.directory_upgrade": true, "safebrowsing.enabled": false],
        ]
        let capabilities: [String: Any] = ["alwaysMatch": [
            "browserName": "chrome", "goog:chromeOptions": options, "goog:loggingPrefs": ["browser": "ALL"],
            "unhandledPromptBehavior": "ignore",
        ]]
        let value = try await send("POST", driver.url.appendingPathComponent("session"), ["capabilities": capabilities])
        guard let id = (value as? [String: Any])?["sessionId"] as? String else {
            throw WebDriverError("chromedriver started no session: \(value)")
        }
        return WebDriverSession(url: driver.url.appendingPathComponent("session").appendingPathComponent(id))
    }

    /// Ends the session and closes the browser.
    func quit() async throws {
        _ = try await WebDriverSession.send("DELETE", url, nil)
    }

    /// One command: `method` on `<session>/<path>` with a JSON body; its `value`.
    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any {
        try await WebDriverSession.send(method, path.isEmpty ? url : url.appendingPathComponent(path), body)
    }

    private static func send(_ method: String, _ url: URL, _ body: [String: Any]?) async throws -> Any {
        let (status, data) = try await WebDriverHTTP.send(method, url, body: try body.map { try JSONSerialization.data(withJSONObject: $0) })
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let value = (json as? [String: Any])?["value"] ?? NSNull()
        if status >= 400 {
            let error = (value as? [String: Any]) ?? [:]
            throw WebDriverError("\(method) \(url.path): \(error["error"] ?? status): \(error["message"] ?? String(decoding: data, as: UTF8.self))")
        }
        return value
    }

    func navigate(_ address: String) async throws {
        _ = try await command("POST", "url", ["url": address])
    }

    func currentURL() async throws -> String {
        try await command("GET", "url") as? String ?? ""
    }

    /// The first element `css` selects.
    func find(_ css: String) async throws -> WebElement {
        let value = try await command("POST", "element", ["using": "css selector", "value": css])
        guard let id = (value as? [String: Any])?[WebElement.key] as? String else { throw WebDriverError("no element \(css): \(value)") }
        return WebElement(session: self, id: id)
    }

    /// Runs `script` (a function body: `return …`) in the page with `arguments`; its result as `T`.
    func execute<T>(_ script: String, _ arguments: [Any] = [], as type: T.Type = T.self) async throws -> T {
        let value = try await command("POST", "execute/sync", ["script": script, "args": arguments])
        guard let result = value as? T else { throw WebDriverError("the script gave \(value), not \(T.self): \(script)") }
        return result
    }

    /// The page as a PNG.
    func screenshot() async throws -> Data {
        guard let text = try await command("GET", "screenshot") as? String, let png = Data(base64Encoded: text) else {
            throw WebDriverError("no screenshot")
        }
        return png
    }

    /// The text of an open alert, confirm or prompt; nil when none is open.
    func alertText() async throws -> String? {
        do {
            return try await command("GET", "alert/text") as? String
        } catch let error as WebDriverError where error.description.contains("no such alert") {
            return nil
        }
    }

    /// The console's entries since the last call (level and message): errors, CSP violations, failed loads.
    func browserLog() async throws -> [(level: String, message: String)] {
        let entries = try await command("POST", "se/log", ["type": "browser"]) as? [[String: Any]] ?? []
        return entries.map { ($0["level"] as? String ?? "", $0["message"] as? String ?? "") }
    }

    /// The value of the page's cookie `name` (HttpOnly ones too: the driver sees them).
    func cookie(_ name: String) async throws -> String? {
        let cookies = try await command("GET", "cookie") as? [[String: Any]] ?? []
        return cookies.first { $0["name"] as? String == name }?["value"] as? String
    }

    /// Polls `probe` every 100 ms until it gives a value; fails after `timeout` naming `what`.
    func waitUntil<T>(_ what: String, timeout: Duration = .seconds(30), _ probe: () async throws -> T?) async throws -> T {
        let clock = ContinuousClock(), deadline = clock.now + timeout
        while true {
            if let value = try await probe() { return value }
            guard clock.now < deadline else { throw WebDriverError("timed out after \(timeout) waiting for \(what)") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
