import Hummingbird

/// A refused request as a page: the status and what went wrong, in the request's language.
///
/// ```swift
/// ErrorPage.response(WebError(status: 413, message: "…"), language: .zh).status   // 413
/// ```
enum ErrorPage {
    static func response(_ error: WebError, language: WebLanguage) -> Response {
        let title: WebWord = switch error.status {
        case 401: .accessTokenTitle
        case 403: .refusedTitle
        case 404: .notFoundTitle
        case 413: .tooLargeTitle
        case 400..<500: .badRequestTitle
        default: .serverErrorTitle
        }
        let message = error.message ?? language[error.status == 404 ? .notFound : title]
        let body = "<p class=\"message\" role=\"alert\">\(HTML.text(message))</p><p><a href=\"/\">"
            + HTML.text(language[.backHome]) + "</a></p>"
        let html = PageLayout.html(title: language[title], body: body, language: language, csrf: "", path: "/")
        return WebServer.html(html, status: HTTPResponse.Status(code: error.status))
    }
}
