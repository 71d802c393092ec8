import Foundation

/// `/rounds/<id>`: the round's check (progress while it runs), its 汇总 (``RoundTable``) with the status filter,
/// the completion chart, the downloads, and the forms to add files, rename and delete the round.
///
/// ```swift
/// RoundPage.html(id: id, manifest: manifest, state: checker.state(id), report: report, language: .zh, csrf: token)
/// ```
enum RoundPage {
    static func html(id: RoundID, manifest: RoundManifest, state: CheckState, report: ValidationReportJSON?,
                     language: WebLanguage, csrf: String) -> String {
        let base = "/rounds/\(id.value)"
        var body = "<p class=\"check\" data-status-url=\"\(base)/status\" data-phase=\"\(state.phase.rawValue)\">"
            + HTML.text(RoundPage.phaseText(state, language: language)) + "</p>"
        if state.phase == .failed, let message = state.message {
            body += "<pre class=\"message\">\(HTML.text(message))</pre>"
        }
        if let report, let words = language.words {
            let numbers = Dictionary(manifest.files.map { ($0.storedName, $0.number) }) { first, _ in first }
            let link = { (path: String) in
                FileLink(name: StoredName.displayPart(of: path),
                         url: numbers[StoredName.basename(of: path)].map { "\(base)/files/\($0)" })
            }
            body += RoundTable.html(report, link: link, words: words)
            let rates = CompletionChart.rows(report, link: link)
            if !rates.isEmpty {
                body += "<h2>\(HTML.text(language.pick("预算完成率", "Budget completion rate")))</h2>"
                body += CompletionChart.svg(rates, words: words)
            }
            body += RoundTable.roundHTML(report, link: link, words: words)
            body += RoundTable.skippedHTML(report, link: link, words: words)
            body += "<h2>\(HTML.text(language.pick("下载", "Downloads")))</h2><ul class=\"downloads\">"
            for (kind, label) in [("summary", language.pick("汇总工作簿（汇总.xlsx）", "Summary workbook (汇总.xlsx)")),
                                  ("json", language.pick("JSON 报告", "JSON report")), ("csv", language.pick("CSV 报告", "CSV report")),
                                  ("corrected", language.pick("全部更正表（.zip）", "All corrected tables (.zip)"))] {
                body += "<li><a href=\"\(base)/download/\(kind)\">\(HTML.text(label))</a></li>"
            }
            body += "</ul>"
        }
        if let reference = manifest.reference {
            body += "<p class=\"reference\">" + HTML.text(language.pick("核定名单：", "Reference list: ") + reference.displayName) + "</p>"
        }
        let replaced = manifest.files.flatMap { file in (file.replaced ?? []).map { (file, $0) } }
        if !replaced.isEmpty {
            body += "<h2>\(HTML.text(language.pick("已被重新报送替换的文件", "Files replaced by a resubmission")))</h2><ul class=\"replaced\">"
            for (file, earlier) in replaced {
                body += "<li>" + HTML.text(language.pick("\(earlier.displayName) → \(file.displayName)",
                                                         "\(earlier.displayName) → \(file.displayName)")) + "</li>"
            }
            body += "</ul>"
        }
        body += "<h2>\(HTML.text(language.pick("添加文件", "Add files")))</h2>"
        body += "<form method=\"post\" action=\"\(PageLayout.action(base + "/files", csrf: csrf))\" enctype=\"multipart/form-data\" data-upload=\"true\">"
            + UploadFields.html(language: language)
            + "<p><button type=\"submit\">\(HTML.text(language.pick("上传并重新校验", "Upload and check again")))</button></p></form>"
        body += "<h2>\(HTML.text(language.pick("管理", "Manage")))</h2>"
        body += "<form method=\"post\" action=\"\(PageLayout.action(base + "/rename", csrf: csrf))\">"
            + "<label>\(HTML.text(language.pick("新名称", "New name"))) <input type=\"text\" name=\"name\" maxlength=\"100\" value=\"\(HTML.attribute(manifest.name))\"></label>"
            + " <button type=\"submit\">\(HTML.text(language.pick("改名", "Rename")))</button></form>"
        body += "<form method=\"post\" action=\"\(PageLayout.action(base + "/delete", csrf: csrf))\" data-confirm=\""
            + HTML.attribute(language.pick("删除这一轮及其全部文件？", "Delete this round and all its files?")) + "\">"
            + "<button type=\"submit\">\(HTML.text(language.pick("删除这一轮", "Delete this round")))</button></form>"
        return PageLayout.html(title: manifest.name, body: body, language: language, csrf: csrf, path: base)
    }

    static func phaseText(_ state: CheckState, language: WebLanguage) -> String {
        switch state.phase {
        case .none: language.pick("还没有文件。", "No files yet.")
        case .queued: language.pick("等待校验…", "Waiting to be checked…")
        case .running: language.pick("正在校验：\(state.done)/\(state.total)", "Checking: \(state.done)/\(state.total)")
        case .done: language.pick("校验完成。", "Checked.")
        case .failed: language.pick("校验未能完成。", "The check could not finish.")
        }
    }
}
