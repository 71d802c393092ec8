import Foundation

/// `/`: the rounds kept, newest first, and the form that starts a round: its name, the files (chosen or dropped,
/// a whole folder, or a .zip) and the optional reference list.
///
/// ```swift
/// HomePage.html(rounds: store.list(), language: .zh, csrf: token)
/// ```
enum HomePage {
    static func html(rounds: [(id: RoundID, manifest: RoundManifest)], language: WebLanguage, csrf: String) -> String {
        var body = "<section class=\"new-round\"><h2>\(HTML.text(language.pick("新建一轮", "New round")))</h2>"
        body += "<form method=\"post\" action=\"\(PageLayout.action("/rounds", csrf: csrf))\" enctype=\"multipart/form-data\" data-upload=\"true\">"
        body += "<p><label>\(HTML.text(language.pick("名称", "Name"))) <input type=\"text\" name=\"name\" maxlength=\"100\"></label></p>"
        body += UploadFields.html(language: language)
        body += "<p><button type=\"submit\">\(HTML.text(language.pick("上传并校验", "Upload and check")))</button></p></form></section>"
        body += "<section class=\"rounds\"><h2>\(HTML.text(language.pick("已有的轮次", "Rounds")))</h2>"
        if rounds.isEmpty {
            body += "<p>\(HTML.text(language.pick("还没有。", "None yet.")))</p>"
        } else {
            body += "<ul>"
            for (id, manifest) in rounds {
                body += "<li><a href=\"/rounds/\(id.value)\">\(HTML.text(manifest.name))</a> "
                    + HTML.text(language.pick("（\(manifest.files.count) 个文件）", "(\(manifest.files.count) files)")) + "</li>"
            }
            body += "</ul>"
        }
        body += "</section>"
        return PageLayout.html(title: language.pick("绩效自评表校验", "Performance self-evaluation check"), body: body,
                               language: language, csrf: csrf, path: "/")
    }
}
