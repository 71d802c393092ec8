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
        if let report {
            let summary = report.summary
            body += "<p class=\"summary\" data-files=\"\(summary.files)\" data-errors=\"\(summary.errors)\" data-warnings=\"\(summary.warnings)\">"
                + HTML.text(language.pick(
                    "\(summary.files) 个文件：\(summary.ok) 个无问题，\(summary.withFindings) 个有问题，\(summary.unreadable) 个无法读取；错误 \(summary.errors) 个，警告 \(summary.warnings) 个。",
                    "\(summary.files) files: \(summary.ok) fine, \(summary.withFindings) with findings, \(summary.unreadable) unreadable; \(summary.errors) errors, \(summary.warnings) warnings."))
                + "</p>"
            body += "<p class=\"filter\">" + HTML.text(language.pick("按状态筛选：", "Filter by status:"))
            for (status, label) in [("all", language.pick("全部", "all")), ("ok", language.pick("无问题", "fine")),
                                    ("findings", language.pick("有问题", "findings")), ("unreadable", language.pick("无法读取", "unreadable"))] {
                body += " <button type=\"button\" data-filter=\"\(status)\">\(HTML.text(label))</button>"
            }
            body += "</p>"
            let numbers = Dictionary(manifest.files.map { ($0.storedName, $0.number) }) { first, _ in first }
            body += RoundTable.html(report, links: { path in
                numbers[StoredName.basename(of: path)].map { "\(base)/files/\($0)" }
            }, language: language)
            let rates = report.files.filter { $0.form != nil }.map {
                (label: $0.form?.department ?? StoredName.displayPart(of: $0.path), rate: $0.form?.funds?.completionRate)
            }
            if !rates.isEmpty {
                body += "<h2>\(HTML.text(language.pick("预算完成率", "Budget completion rate")))</h2>"
                body += CompletionChart.svg(rates, language: language)
            }
            if let skipped = report.skipped, !skipped.isEmpty {
                body += "<h2>\(HTML.text(language.pick("未校验的文件", "Files not checked")))</h2><ul class=\"skipped\">"
                for file in skipped {
                    body += "<li>" + HTML.text(StoredName.displayPart(of: file.path) + language.pick("：", ": ") + (file.message ?? "")) + "</li>"
                }
                body += "</ul>"
            }
            if let round = summary.round {
                body += RoundPage.collection(round, language: language)
            }
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

    /// 收表情况: the reference list's counts, its units with their status, and the round's findings.
    static func collection(_ round: ValidationReportJSON.Round, language: WebLanguage) -> String {
        var html = "<section class=\"collection\" data-expected=\"\(round.expected)\" data-missing=\"\(round.missing)\"><h2>"
            + HTML.text(language.pick("收表情况", "Collection")) + "</h2><p>"
            + HTML.text(language.pick(
                "名单 \(round.expected) 个单位：已交 \(round.submitted) 个，未交 \(round.missing) 个，重复 \(round.duplicates) 个，名单外 \(round.unknown) 个。",
                "\(round.expected) units listed: \(round.submitted) submitted, \(round.missing) missing, \(round.duplicates) duplicates, \(round.unknown) not on the list."))
            + "</p><table class=\"collection\"><tbody>"
        for unit in round.units {
            html += "<tr data-status=\"\(HTML.attribute(unit.status))\"><td>\(unit.row.map(String.init) ?? "")</td>"
                + "<td>\(HTML.text(unit.unit ?? ""))</td><td>\(HTML.text(unit.status))</td>"
                + "<td>\(HTML.text(unit.path.map(StoredName.displayPart(of:)) ?? ""))</td></tr>"
        }
        html += "</tbody></table>"
        if !round.findings.isEmpty {
            html += "<ul class=\"round-findings\">"
            for finding in round.findings {
                html += "<li class=\"\(HTML.attribute(finding.severity))\">\(HTML.text(finding.message))</li>"
            }
            html += "</ul>"
        }
        return html + "</section>"
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
