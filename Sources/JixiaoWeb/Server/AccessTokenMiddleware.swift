import Hummingbird

/// For a server reachable from other machines: every request needs the access token printed at start. The link
/// `…/?token=…` sets the `jixiao_access` cookie and redirects to the same page without the token; without either: 401.
///
/// ```swift
/// router.add(middleware: AccessTokenMiddleware(token: "3f…"))
/// ```
struct AccessTokenMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let cookie = "jixiao_access"
    let token: String

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        if let cookie = request.cookies[Self.cookie]?.value, WebServer.constantTimeEqual(cookie, token) {
            return try await next(request, context)
        }
        if let given = request.uri.queryParameters["token"], WebServer.constantTimeEqual(String(given), token) {
            var response = Response(status: .seeOther, headers: [.location: request.uri.path])
            response.setCookie(Cookie(name: Self.cookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        throw WebError(status: 401, message: context.language[.accessTokenRequired])
    }
}
