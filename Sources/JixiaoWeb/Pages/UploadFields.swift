/// The upload form the start page and a round's page share: its opening tag (with the words app.js shows while
/// it sends the files), the drop zone over a file input (files and .zip archives), a folder input, and the
/// optional reference list.
///
/// ```swift
/// UploadFields.form(action: "/rounds", csrf: token, language: .zh)   // "<form method=\"post\" … data-upload=\"true\" …>"
/// UploadFields.html(language: .zh)                                   // "<div class=\"drop-zone\">…"
/// ```
enum UploadFields {
    /// The form's opening tag: it posts to `action` with the CSRF token, and carries the upload's words
    /// (`{percent}`, `{reason}` and `{count}` left for app.js to fill).
    static func form(action: String, csrf: String, language: WebLanguage) -> String {
        let words: KeyValuePairs<String, WebWord> = ["data-uploading": .uploading, "data-done": .uploadDone,
                                                     "data-failed": .uploadFailed, "data-nothing": .nothingChosen,
                                                     "data-chosen": .chosenFiles]
        return "<form method=\"post\" action=\"\(PageLayout.action(action, csrf: csrf))\" enctype=\"multipart/form-data\" data-upload=\"true\""
            + words.map { " \($0.key)=\"\(HTML.attribute(language[$0.value]))\"" }.joined() + ">"
    }

    static func html(language: WebLanguage) -> String {
        "<div class=\"drop-zone\" data-drop=\"true\"><p>" + HTML.text(language[.dropZone])
            + "</p><p><label>" + HTML.text(language[.chooseFiles])
            + " <input type=\"file\" name=\"files\" multiple accept=\".xlsx,.xls,.et,.zip\"></label></p>"
            + "<p><label>" + HTML.text(language[.chooseFolder])
            + " <input type=\"file\" name=\"files\" webkitdirectory multiple></label></p></div>"
            + "<p><label>" + HTML.text(language[.referenceList])
            + " <input type=\"file\" name=\"reference\" accept=\".xlsx,.csv\"></label></p>"
            + "<p class=\"hint\">" + HTML.text(language[.referenceHint]) + "</p>"
    }
}
