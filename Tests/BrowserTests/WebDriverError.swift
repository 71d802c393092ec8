/// What went wrong driving the browser: a WebDriver command refused (its error and message), a wait that ran
/// out, a program that is not installed or did not start.
///
/// ```swift
/// throw WebDriverError("no such element: table#files")
/// ```
struct WebDriverError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
