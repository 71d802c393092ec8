import Foundation
import XLSXReader

/// `/rounds/<id>/files/<n>`: one file as the CLI reported it: each form's findings (in the CLI's words, with
/// the arithmetic) beside its sheet drawn as a table (``SheetTable``) with the findings' cells highlighted, and
/// the downloads of the file and its corrected table. An unreadable file shows the reason.
///
/// ```swift
/// FilePage.html(id: id, file: file, reports: reports, workbook: workbook, state: checker.state(id), language: .zh, csrf: token)
/// ```
enum FilePage {
    static func html(id: RoundID, file: StoredFile, reports: [ValidationReportJSON.File], workbook: Workbook?,
                     state: CheckState, language: WebLanguage, csrf: String) -> String {
        let base = "/rounds/\(id.value)/files/\(file.number)"
        let title = language(.fileHeading, ["name": file.displayName])
        var body = "<p><a href=\"/rounds/\(id.value)\">← \(HTML.text(language[.backToRound]))</a></p>"
        body += "<ul class=\"downloads\"><li><a href=\"\(base)/corrected\">\(HTML.text(language[.downloadCorrected]))</a></li>"
            + "<li><a href=\"\(base)/original\">\(HTML.text(language[.downloadOriginal]))</a></li></ul>"
        if reports.isEmpty {
            // While the round is checked, the check's progress (the page reloads when it ends).
            body += state.phase == .queued || state.phase == .running
                ? RoundPage.checkLine(state, id: id, language: language) : "<p>\(HTML.text(language[.noReportYet]))</p>"
        }
        guard let words = language.words else {
            return PageLayout.html(title: title, body: body, language: language, csrf: csrf, path: base)
        }
        // The sheets drawn: those the reports name (every sheet when none does), each with its own cell ids.
        let named = Set(reports.compactMap(\.sheet) + reports.flatMap { $0.findings.compactMap(\.sheet) })
        let drawn = workbook?.sheets.filter { named.isEmpty || named.contains($0.name) } ?? []
        let prefixes = Dictionary(drawn.enumerated().map { ($1.name, SheetTable.idPrefix(forSheetAt: $0)) }) { first, _ in first }
        let firstSheet = drawn.first?.name
        var highlights: [CellHighlight] = []
        var findingNumber = 0
        for report in reports {
            body += "<section class=\"report\" data-status=\"\(HTML.attribute(report.status))\">"
            if let unit = report.form?.department { body += "<h2>\(HTML.text(unit))</h2>" }
            if !report.findings.isEmpty {
                body += "<h3>\(HTML.text(language(.findingsHeading, ["count": String(report.findings.count)])))</h3>"
            }
            body += FindingList.html(report, words: words, numberedFrom: findingNumber) { sheet, cell in
                prefixes[sheet.isEmpty ? firstSheet ?? "" : sheet].map { $0 + cell }
            }
            highlights += CellHighlight.all(in: report, numberedFrom: findingNumber)
            findingNumber += report.findings.count
            body += "</section>"
        }
        if let workbook {
            for (index, sheet) in drawn.enumerated() {
                let own = highlights.filter { $0.sheet == sheet.name || ($0.sheet.isEmpty && index == 0) }
                body += "<section class=\"sheet\"><h2>\(HTML.text(sheet.name))</h2>"
                    + SheetTable.html(sheet, in: workbook, highlights: own, words: words,
                                      idPrefix: SheetTable.idPrefix(forSheetAt: index))
                    + "</section>"
            }
        }
        return PageLayout.html(title: title, body: body, language: language, csrf: csrf, path: base)
    }
}
