/// The upload inputs a form shares on the start page and a round's page: the drop zone over a file input
/// (files and .zip archives), a folder input, and the optional reference list.
///
/// ```swift
/// UploadFields.html(language: .zh)    // "<div class=\"drop-zone\">…"
/// ```
enum UploadFields {
    static func html(language: WebLanguage) -> String {
        "<div class=\"drop-zone\" data-drop=\"true\"><p>"
            + HTML.text(language.pick("把回收的表格（.xlsx，或整个 .zip）拖到这里，或选择：",
                                      "Drop the returned forms (.xlsx, or a whole .zip) here, or choose:"))
            + "</p><p><label>" + HTML.text(language.pick("文件", "Files"))
            + " <input type=\"file\" name=\"files\" multiple accept=\".xlsx,.xls,.et,.zip\"></label></p>"
            + "<p><label>" + HTML.text(language.pick("整个文件夹", "A whole folder"))
            + " <input type=\"file\" name=\"files\" webkitdirectory multiple></label></p></div>"
            + "<p><label>" + HTML.text(language.pick("核定名单（可选，.xlsx 或 .csv）", "Reference list (optional, .xlsx or .csv)"))
            + " <input type=\"file\" name=\"reference\" accept=\".xlsx,.csv\"></label></p>"
    }
}
