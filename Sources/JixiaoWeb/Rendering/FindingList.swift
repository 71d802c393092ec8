/// One file's findings as the file page lists them beside its sheet: severity, rule name, the cell as a link
/// that scrolls to it (`#c-E6`; app.js flashes it), the message with its arithmetic, and the stated and expected
/// values. Each item carries `data-finding` (its number, as the highlighted cell does) so either finds the other.
///
/// ```swift
/// FindingList.html(report.files[0], words: words)
/// // <ol class="findings"><li class="finding-item warning" data-finding="0" id="f-0">…<a class="cell-link" href="#c-E6" …
/// ```
enum FindingList {
    /// The list, a note for a file without findings, or the reason an unreadable file could not be read.
    /// `cellID` gives the id of a finding's cell on the page (``SheetTable/cellIDs(drawing:limits:)``), nil where
    /// the page does not draw it; findings are numbered from `first`, as ``CellHighlight/all(in:numberedFrom:)``
    /// numbers them.
    static func html(_ file: ValidationReportJSON.File, words: PageWords, numberedFrom first: Int = 0,
                     cellID: (_ sheet: String, _ cell: String) -> String? = { _, cell in SheetTable.cellID(cell) }) -> String {
        if file.status == "unreadable" {
            return HTML.element("p", ["class": "unreadable"], HTML.text(words(.unreadableReason, ["reason": file.reason ?? ""])))
        }
        guard !file.findings.isEmpty else { return HTML.element("p", ["class": "note ok"], HTML.text(words[.noFindings])) }
        var html = HTML.openingTag("ol", ["class": "findings", "start": first == 0 ? nil : String(first + 1)])
        for (offset, finding) in file.findings.enumerated() {
            let index = first + offset
            var head = HTML.element("span", ["class": "severity " + finding.severity], HTML.text(words.severity(finding.severity)))
                + " " + HTML.element("span", ["class": "rule"], HTML.text(words.ruleName(finding.rule)))
            if let cell = finding.cell {
                if let id = cellID(finding.sheet ?? file.sheet ?? "", cell) {
                    head += " " + HTML.element("a", ["class": "cell-link", "href": "#" + id, "data-cell": id,
                                                     "title": words(.showCell, ["cell": cell])],
                                               HTML.text(cell))
                } else {
                    head += " " + HTML.element("span", ["class": "cell-link"],
                                               HTML.text(cell + words(.cellNotDrawn, ["cell": cell])))
                }
            }
            var body = HTML.element("div", ["class": "finding-head"], head)
                + HTML.element("p", ["class": "message"], HTML.text(finding.message))
            if finding.stated != nil || finding.expected != nil {
                body += HTML.openingTag("dl", ["class": "values"])
                if let stated = finding.stated {
                    body += HTML.element("dt", [:], HTML.text(words[.stated])) + HTML.element("dd", [:], HTML.text(stated.text))
                }
                if let expected = finding.expected {
                    body += HTML.element("dt", [:], HTML.text(words[.expected])) + HTML.element("dd", [:], HTML.text(expected.text))
                }
                body += "</dl>"
            }
            html += HTML.element("li", ["class": "finding-item " + finding.severity, "id": "f-\(index)",
                                        "data-finding": String(index)], body)
        }
        return html + "</ol>"
    }
}
