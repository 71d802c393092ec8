import Foundation
import XLSXReader

/// `/rounds/<id>/files/<n>`: one file as the CLI reported it: each form's findings (in the CLI's words, with
/// the arithmetic) beside its sheet drawn as a table (``SheetTable``) with the findings' cells highlighted, and
/// the downloads of the file and its corrected table. An unreadable file shows the reason.
///
/// ```swift
/// FilePage.html(id: id, file: file, reports: reports, workbook: workbook, language: .zh, csrf: token)
/// ```
enum FilePage {
    static func html(id: RoundID, file: StoredFile, reports: [ValidationReportJSON.File], workbook: Workbook?,
                     language: WebLanguage, csrf: String) -> String {
        let base = "/rounds/\(id.value)/files/\(file.number)"
        var body = "<p><a href=\"/rounds/\(id.value)\">\(HTML.text(language.pick("← 返回本轮", "← Back to the round")))</a></p>"
        body += "<ul class=\"downloads\"><li><a href=\"\(base)/corrected\">\(HTML.text(language.pick("下载更正表", "Download the corrected table")))</a></li>"
            + "<li><a href=\"\(base)/original\">\(HTML.text(language.pick("下载原文件", "Download the file as uploaded")))</a></li></ul>"
        if reports.isEmpty {
            body += "<p>\(HTML.text(language.pick("这个文件还没有校验结果。", "This file has no check result yet.")))</p>"
        }
        var highlights: [CellHighlight] = []
        var findingNumber = 0
        for report in reports {
            body += "<section class=\"report\" data-status=\"\(HTML.attribute(report.status))\">"
            if let unit = report.form?.department {
                body += "<h2>\(HTML.text(unit))</h2>"
            }
            if let error = report.error ?? report.message {
                // The CLI names the file by its stored path: the page by the name it was uploaded as.
                let named = error.replacingOccurrences(of: report.path, with: file.displayName)
                body += "<p class=\"message\">\(HTML.text(named))</p>"
            }
            let findings = report.findings ?? []
            if report.status != "unreadable" && findings.isEmpty {
                body += "<p>\(HTML.text(language.pick("没有发现问题。", "No findings.")))</p>"
            }
            if !findings.isEmpty {
                body += "<ol class=\"findings\">"
                for finding in findings {
                    let sheet = finding.sheet ?? report.sheet ?? ""
                    if let cell = finding.cell {
                        highlights.append(CellHighlight(sheet: sheet, cell: cell, severity: finding.severity, finding: findingNumber))
                    }
                    body += "<li id=\"finding-\(findingNumber)\" class=\"\(HTML.attribute(finding.severity))\" data-cell=\"\(HTML.attribute(finding.cell ?? ""))\">"
                        + "<span class=\"cell\">\(HTML.text(finding.cell ?? ""))</span> "
                        + "<span class=\"severity\">\(HTML.text(FilePage.severity(finding.severity, language: language)))</span> "
                        + HTML.text(finding.message) + "</li>"
                    findingNumber += 1
                }
                body += "</ol>"
            }
            body += "</section>"
        }
        if let workbook {
            let shown = Set(reports.compactMap(\.sheet) + highlights.map(\.sheet))
            for sheet in workbook.sheets where shown.isEmpty || shown.contains(sheet.name) {
                body += "<section class=\"sheet\"><h2>\(HTML.text(sheet.name))</h2>"
                body += SheetTable.html(sheet, in: workbook, highlights: highlights, language: language) + "</section>"
            }
        }
        return PageLayout.html(title: file.displayName, body: body, language: language, csrf: csrf, path: base)
    }

    static func severity(_ severity: String, language: WebLanguage) -> String {
        switch severity {
        case "error": language.pick("错误", "error")
        case "warning": language.pick("警告", "warning")
        default: language.pick("提示", "info")
        }
    }
}
