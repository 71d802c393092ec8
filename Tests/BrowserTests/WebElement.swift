import Foundation

/// An element of the page a ``WebDriverSession`` found: the W3C element reference and what can be done to it.
///
/// ```swift
/// let input = try await session.find("input[type=file][name=files]")
/// try await input.sendKeys("/tmp/a.xlsx\n/tmp/b.xlsx")   // a file input takes absolute paths, one a line
/// try await session.find("button[type=submit]").click()
/// ```
struct WebElement: Sendable {
    /// The key W3C WebDriver names element references by.
    static let key = "element-6066-11e4-a52e-4f735466cecf"

    let session: WebDriverSession
    let id: String

    /// As a script argument (`arguments[0]` in ``WebDriverSession/execute(_:_:)`` is the element).
    var reference: [String: String] { [WebElement.key: id] }

    func click() async throws {
        _ = try await session.command("POST", "element/\(id)/click", [:])
    }

    /// Types `text`; into `<input type=file>` it chooses the files of the absolute paths, one a line.
    func sendKeys(_ text: String) async throws {
        _ = try await session.command("POST", "element/\(id)/value", ["text": text])
    }

    /// Its rendered text.
    func text() async throws -> String {
        try await session.command("GET", "element/\(id)/text") as? String ?? ""
    }

    /// An attribute's value, nil when it has none.
    func attribute(_ name: String) async throws -> String? {
        try await session.command("GET", "element/\(id)/attribute/\(name)") as? String
    }
}
