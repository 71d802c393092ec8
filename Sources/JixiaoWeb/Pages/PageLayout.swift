/// The frame of every page: the document head (the server's own stylesheet and script, nothing inline), the
/// top bar with the language switch, and the session's CSRF token as a `data-` attribute for the script.
///
/// ```swift
/// PageLayout.html(title: "轮次", body: "<p>…</p>", language: .zh, csrf: token, path: "/")
/// ```
enum PageLayout {
    /// - Parameters:
    ///   - title: plain text (escaped here).
    ///   - body: markup built by a page, every piece of file text in it already escaped.
    ///   - path: the page's own path, for the language switch.
    static func html(title: String, body: String, language: WebLanguage, csrf: String, path: String) -> String {
        let other = language == .zh ? WebLanguage.en : .zh
        let switchLabel = language[.switchLanguage]
        return """
            <!DOCTYPE html>
            <html lang="\(language.htmlCode)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.text(title)) · jixiao</title>
            <link rel="stylesheet" href="/assets/app.css">
            <script src="/assets/app.js" defer></script>
            </head>
            <body data-csrf="\(HTML.attribute(csrf))" data-lang="\(language.rawValue)">
            <header class="top"><a href="/">\(HTML.text(language[.appTitle]))</a>
            <a class="lang" href="\(HTML.attribute(path))?lang=\(other.rawValue)">\(HTML.text(switchLabel))</a></header>
            <main>
            <h1>\(HTML.text(title))</h1>
            \(body)
            </main>
            </body>
            </html>
            """
    }

    /// A form's action with the CSRF token: `/rounds?csrf=…`.
    static func action(_ path: String, csrf: String) -> String {
        HTML.attribute(path + "?csrf=" + csrf)
    }
}
