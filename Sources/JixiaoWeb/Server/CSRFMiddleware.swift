import HTTPTypes
import Hummingbird

/// Refuses (403) every request that changes something (any method but GET and HEAD) unless it carries the
/// session's token, in the `X-CSRF-Token` header (the page's script) or the `csrf` query item of a form's
/// action (the pages put it there): another site can make a browser send the cookie, never the token.
///
/// ```swift
/// router.add(middleware: CSRFMiddleware())    // after SessionMiddleware
/// ```
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let header = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        if request.method != .get, request.method != .head {
            let sent = request.headers[Self.header] ?? request.uri.queryParameters["csrf"].map(String.init)
            // The session cookie must have come with the request: a token made for this response proves nothing.
            guard request.cookies[SessionMiddleware.sessionCookie]?.value == context.csrfToken,
                  let sent, WebServer.constantTimeEqual(sent, context.csrfToken) else {
                throw WebError(status: 403, message: context.language[.csrfRefused])
            }
        }
        return try await next(request, context)
    }
}
