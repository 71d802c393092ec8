import Hummingbird

/// Sets up the request's session: the page's language (`?lang=zh|en`, kept in the `jixiao_lang` cookie) and the
/// session's CSRF token (the `jixiao_session` cookie, made on the first visit; HttpOnly, SameSite=Strict).
///
/// ```swift
/// router.add(middleware: SessionMiddleware())
/// ```
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let sessionCookie = "jixiao_session"
    static let languageCookie = "jixiao_lang"

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        let asked = request.uri.queryParameters["lang"].flatMap { WebLanguage(rawValue: String($0)) }
        context.language = SessionMiddleware.language(of: request)
        let existing = request.cookies[Self.sessionCookie]?.value
        let session = existing.flatMap { SessionMiddleware.isToken($0) ? $0 : nil } ?? WebConfiguration.makeToken()
        context.csrfToken = session
        var response = try await next(request, context)
        if existing != session {
            response.setCookie(Cookie(name: Self.sessionCookie, value: session, path: "/", httpOnly: true, sameSite: .strict))
        }
        if let asked {
            response.setCookie(Cookie(name: Self.languageCookie, value: asked.rawValue, maxAge: 365 * 86_400, path: "/",
                                      httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// The language a request asks for: `?lang=`, else the cookie, else Chinese.
    static func language(of request: Request) -> WebLanguage {
        request.uri.queryParameters["lang"].flatMap { WebLanguage(rawValue: String($0)) }
            ?? request.cookies[languageCookie].flatMap { WebLanguage(rawValue: $0.value) } ?? .zh
    }

    /// 32 lower-case hexadecimal digits, as ``WebConfiguration/makeToken()`` makes them.
    static func isToken(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
