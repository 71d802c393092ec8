import Hummingbird

/// Adds the security headers to every response, error pages included: a strict Content-Security-Policy (no
/// inline script or style, nothing from elsewhere), `nosniff`, no referrer, no framing, no caching of pages.
/// Errors thrown below it become pages here (``ErrorPage``), so they carry the headers too.
///
/// ```swift
/// router.add(middleware: SecurityHeadersMiddleware())
/// ```
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response: Response
        // Errors from below are worded in the request's language (the context here is the one before the session).
        var context = context
        context.language = SessionMiddleware.language(of: request)
        do {
            response = try await next(request, context)
        } catch let error as WebError {
            response = ErrorPage.response(error, language: context.language)
        } catch let error as UploadError {
            response = ErrorPage.response(WebError(status: error.status, message: error.message(context.language)),
                                          language: context.language)
        } catch let error as HTTPError where error.status == .notFound {
            response = ErrorPage.response(.notFound, language: context.language)
        } catch let error as any HTTPResponseError {
            response = ErrorPage.response(WebError(status: Int(error.status.code),
                                                   message: context.language[.requestFailed]),
                                          language: context.language)
        }
        response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[WebServer.referrerPolicy] = "no-referrer"
        response.headers[WebServer.xFrameOptions] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
