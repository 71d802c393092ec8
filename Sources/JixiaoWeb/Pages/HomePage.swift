import Foundation

/// `/`: the form that starts a round (its name, the files, chosen or dropped, a whole folder, or a .zip, and the
/// optional reference list) and the rounds kept, newest first.
///
/// ```swift
/// HomePage.html(rounds: store.list(), language: .zh, csrf: token)
/// ```
enum HomePage {
    static func html(rounds: [(id: RoundID, manifest: RoundManifest)], language: WebLanguage, csrf: String) -> String {
        var body = "<p class=\"subtitle\">\(HTML.text(language[.appSubtitle]))</p>"
        body += "<section class=\"new-round\"><h2>\(HTML.text(language[.newRound]))</h2>"
        body += UploadFields.form(action: "/rounds", csrf: csrf, language: language)
        body += "<p><label>\(HTML.text(language[.newRoundName])) "
            + HTML.openingTag("input", ["type": "text", "name": "name", "maxlength": "100",
                                        "placeholder": language[.newRoundNamePlaceholder]]) + "</label></p>"
        body += UploadFields.html(language: language)
        body += "<p><button type=\"submit\">\(HTML.text(language[.upload]))</button></p></form></section>"
        body += "<section class=\"rounds\"><h2>\(HTML.text(language[.roundsHeading]))</h2>"
        if rounds.isEmpty {
            body += "<p>\(HTML.text(language[.noRounds]))</p>"
        } else {
            body += "<ul>"
            for (id, manifest) in rounds {
                body += "<li><a href=\"/rounds/\(id.value)\">\(HTML.text(manifest.name))</a> "
                    + HTML.text(language(.roundFileCount, ["count": String(manifest.files.count)])) + "</li>"
            }
            body += "</ul>"
        }
        body += "</section>"
        return PageLayout.html(title: language[.appTitle], body: body, language: language, csrf: csrf, path: "/")
    }
}
