/// A request refused with a status and a message for the page (in the request's language).
///
/// ```swift
/// throw WebError(status: 403, message: language[.csrfRefused])
/// ```
struct WebError: Error, Equatable {
    var status: Int
    var message: String?

    /// No such round, file or page.
    static let notFound = WebError(status: 404, message: nil)
}
