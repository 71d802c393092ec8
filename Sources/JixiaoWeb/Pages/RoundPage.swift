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
        var body = checkLine(state, id: id, language: language)
        if state.phase == .failed, let message = state.message {
            body += "<pre class=\"message\">\(HTML.text(message))</pre>"
        }
        if let report, let words = language.words {
            let byName = Dictionary(manifest.files.map { ($0.storedName, $0) }) { first, _ in first }
            let link = { (path: String) in
                let file = byName[StoredName.basename(of: path)]
                return FileLink(name: file?.displayName ?? StoredName.basename(of: path),
                                url: file.map { "\(base)/files/\($0.number)" })
            }
            body += "<h2>\(HTML.text(language[.summaryHeading]))</h2>"
            body += RoundTable.html(report, link: link, words: words)
            let rates = CompletionChart.rows(report, link: link)
            if !rates.isEmpty {
                body += "<h2>\(HTML.text(language[.chartHeading]))</h2>"
                body += CompletionChart.svg(rates, words: words)
            }
            body += RoundTable.roundHTML(report, link: link, words: words)
            body += RoundTable.skippedHTML(report, link: link, words: words)
            body += "<h2>\(HTML.text(language[.downloadsHeading]))</h2><ul class=\"downloads\">"
            let downloads: KeyValuePairs<String, WebWord> = ["summary": .downloadSummary, "json": .downloadJSON,
                                                             "csv": .downloadCSV, "corrected": .downloadAllCorrected]
            for (kind, label) in downloads {
                body += "<li><a href=\"\(base)/download/\(kind)\">\(HTML.text(language[label]))</a></li>"
            }
            body += "</ul>"
        }
        if let reference = manifest.reference {
            body += "<p class=\"reference\">" + HTML.text(language(.referenceUsed, ["name": reference.displayName])) + "</p>"
        }
        let replaced = manifest.files.flatMap { file in (file.replaced ?? []).map { (file, $0) } }
        if !replaced.isEmpty {
            body += "<h2>\(HTML.text(language[.replacedHeading]))</h2><ul class=\"replaced\">"
            for (file, earlier) in replaced {
                body += "<li>" + HTML.text(language(.replacedBy, ["earlier": earlier.displayName, "later": file.displayName]))
                    + "</li>"
            }
            body += "</ul>"
        }
        body += "<h2>\(HTML.text(language[.addFiles]))</h2><p class=\"hint\">\(HTML.text(language[.addFilesHint]))</p>"
        body += UploadFields.form(action: base + "/files", csrf: csrf, language: language)
            + UploadFields.html(language: language)
            + "<p><button type=\"submit\">\(HTML.text(language[.uploadAgain]))</button></p></form>"
        body += "<h2>\(HTML.text(language[.manage]))</h2>"
        body += "<form method=\"post\" action=\"\(PageLayout.action(base + "/rename", csrf: csrf))\">"
            + "<label>\(HTML.text(language[.newName])) <input type=\"text\" name=\"name\" maxlength=\"100\" value=\"\(HTML.attribute(manifest.name))\"></label>"
            + " <button type=\"submit\">\(HTML.text(language[.rename]))</button></form>"
        body += "<form method=\"post\" action=\"\(PageLayout.action(base + "/delete", csrf: csrf))\" data-confirm=\""
            + HTML.attribute(language(.confirmDelete, ["name": manifest.name])) + "\">"
            + "<button type=\"submit\">\(HTML.text(language[.deleteRound]))</button></form>"
        return PageLayout.html(title: manifest.name, body: body, language: language, csrf: csrf, path: base)
    }

    /// Where the round's check stands, polled by app.js while it runs (`data-status-url`).
    static func checkLine(_ state: CheckState, id: RoundID, language: WebLanguage) -> String {
        HTML.element("p", ["class": "check", "data-status-url": "/rounds/\(id.value)/status", "data-phase": state.phase.rawValue,
                           "data-checking": language[.checking]],
                      HTML.text(RoundPage.phaseText(state, language: language)))
    }

    static func phaseText(_ state: CheckState, language: WebLanguage) -> String {
        switch state.phase {
        case .none: language[.noFiles]
        case .queued: language[.checkQueued]
        case .running where state.total == 0: language[.checkingStarted]
        case .running: language(.checking, ["done": String(state.done), "total": String(state.total)])
        case .done: language[.checkDone]
        case .failed: language[.checkFailed]
        }
    }
}
