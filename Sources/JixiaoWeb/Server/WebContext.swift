import Hummingbird

/// A request's context: what the middleware established (the page's language, the session's CSRF token)
/// for the handlers and pages.
///
/// ```swift
/// router.get("/") { request, context in context.language[.roundsHeading] }
/// ```
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// From `?lang=`, else the `jixiao_lang` cookie; Chinese by default.
    var language: WebLanguage = .zh
    /// The session's token, which every POST must carry (``SessionMiddleware``, ``CSRFMiddleware``).
    var csrfToken = ""

    init(source: Source) {
        coreContext = .init(source: source)
    }
}
