import JixiaoForm

/// A round's report as HTML: the 汇总 (one row per file, sortable by its headings and filtered by status through
/// app.js), the totals, the 收表情况 where a reference list was given, and the files left out.
///
/// Rows carry `data-status` (`ok`, `findings`, `warningsOnly`, `unreadable`; for 收表情况 the unit's status) and
/// cells `data-sort` (numbers plain, so app.js sorts them as numbers); a filter bar above each table names its
/// table in `data-table`. Headers, status labels and rule names are the summary workbook's
/// (``PageWords``); file names link to file pages through the server's `link`.
///
/// ```swift
/// let report = try ValidationReportJSON.decode(json)
/// let html = RoundTable.html(report, link: { FileLink(name: $0, url: "/f?p=\($0)") }, words: words)
/// // <div class="filters" data-table="files">…<table id="files" class="report sortable">…
/// ```
enum RoundTable {
    /// The 汇总 columns the page shows, by their summary-layout.json keys.
    static let columns = ["file", "department", "year", "annualBudget", "actual", "completionRate",
                          "computedCompletionRate", "errors", "warnings", "infos", "status", "note"]

    /// The file statuses in the order of the filter bar, and the order status sorts in.
    static let statuses = ["unreadable", "findings", "warningsOnly", "ok"]

    /// The totals line, the filter bar and the 汇总 table (a note where the round has no files).
    static func html(_ report: ValidationReportJSON, link: (String) -> FileLink, words: PageWords) -> String {
        let summary = report.summary
        var html = HTML.element("p", ["class": "totals"], HTML.text(words(.totals, [
            "files": String(summary.files), "ok": String(summary.ok), "findings": String(summary.withFindings),
            "unreadable": String(summary.unreadable), "errors": String(summary.errors),
            "warnings": String(summary.warnings), "infos": String(summary.infos ?? 0),
        ])))
        guard !report.files.isEmpty else { return html + HTML.element("p", ["class": "note"], HTML.text(words[.noFiles])) }
        html += filterBar(table: "files", counts: statuses.map { status in
            (status, words.fileStatus(status), report.files.filter { $0.shownStatus == status }.count)
        }, words: words)
        let unit = commonUnit(report.files)
        html += HTML.openingTag("table", ["id": "files", "class": "report sortable"]) + "<thead><tr>"
        for key in columns {
            html += HTML.element("th", ["scope": "col", "data-key": key, "title": words[.sortHint]],
                                 HTML.text(words.summaryHeader(key, unit: unit)))
        }
        html += "</tr></thead><tbody>"
        for file in report.files {
            html += HTML.openingTag("tr", ["data-status": file.shownStatus])
            for key in columns { html += cell(key, file, unit: unit, link: link, words: words) }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// One cell of a file's row.
    static func cell(_ key: String, _ file: ValidationReportJSON.File, unit: String, link: (String) -> FileLink,
                     words: PageWords) -> String {
        let form = file.form, funds = file.form?.funds
        func amount(_ value: Double?) -> String {
            guard let value else { return td("", sort: nil) }
            let suffix = form?.unit.flatMap { $0 == unit ? nil : " " + $0 } ?? ""
            return td(HTML.text(ReportNumber.amount(value) + suffix), sort: ReportNumber.text(value), classes: "num")
        }
        func rate(_ value: Double?, places: Int? = nil) -> String {
            guard let value else { return td("", sort: nil) }
            return td(HTML.text(ReportNumber.percent(value, places: places)), sort: ReportNumber.text(value), classes: "num")
        }
        func count(_ severity: String) -> String {
            let count = file.count(severity)
            return td(String(count), sort: String(count), classes: count > 0 ? "num count " + severity : "num count")
        }
        switch key {
        case "file":
            let fileLink = link(file.path)
            let name = HTML.text(fileLink.name)
            return td(fileLink.url.map { HTML.element("a", ["href": $0], name) } ?? name, sort: fileLink.name)
        case "department":
            // A 绩效自评报告 has no form: the cell says what it is and which table it was held against.
            if file.kind == "report" {
                let table = file.pairedWith.map { link($0).name }
                let text = table.map { words(.reportPaired, ["table": $0]) } ?? words[.reportAlone]
                return td(HTML.text(text), sort: text, classes: "report-kind")
            }
            return td(HTML.text(form?.department ?? ""), sort: form?.department ?? "")
        case "year": return td(form?.year.map(String.init) ?? "", sort: form?.year.map(String.init), classes: "num")
        case "annualBudget": return amount(funds?.annualBudget)
        case "actual": return amount(funds?.actual)
        case "completionRate": return rate(funds?.completionRate)
        case "computedCompletionRate": return rate(funds?.computedCompletionRate, places: 2)
        case "errors": return count("error")
        case "warnings": return count("warning")
        case "infos": return count("info")
        case "status":
            let status = file.shownStatus
            return td(HTML.element("span", ["class": "status status-" + status], HTML.text(words.fileStatus(status))),
                      sort: String(statuses.firstIndex(of: status) ?? statuses.count))
        case "note":
            if file.status == "unreadable" { return td(HTML.text(file.reason ?? ""), sort: file.reason ?? "", classes: "note") }
            var rules: [String] = []
            for finding in file.findings where !rules.contains(finding.rule) { rules.append(finding.rule) }
            let note = rules.isEmpty ? "" : words.layoutText("rulesNote")
                + rules.map(words.ruleName).joined(separator: words.reference.listSeparator.text(in: words.language))
            return td(HTML.text(note), sort: note, classes: "note")
        default:
            return td("", sort: nil)
        }
    }

    /// The 收表情况: the round's counts, a filter bar, one row per unit of the list (then forms of units not
    /// on it) and the round's findings; empty where the check had no reference list.
    static func roundHTML(_ report: ValidationReportJSON, link: (String) -> FileLink, words: PageWords) -> String {
        guard let round = report.summary.round else { return "" }
        var html = HTML.element("h2", [:], HTML.text(words.layout.sheets.round.text(in: words.language)))
        html += HTML.element("p", ["class": "totals"], HTML.text(words(.roundCounts, [
            "expected": String(round.expected), "submitted": String(round.submitted), "missing": String(round.missing),
            "duplicates": String(round.duplicates), "unknown": String(round.unknown),
        ])))
        html += filterBar(table: "units", counts: RoundUnitStatus.allCases.map { status in
            (status.rawValue, words.roundStatus(status.rawValue), round.units.filter { $0.status == status.rawValue }.count)
        }.filter { $0.2 > 0 }, words: words)
        let separator = words.reference.listSeparator.text(in: words.language)
        let keys = words.layout.roundColumns.map(\.key)
        html += HTML.openingTag("table", ["id": "units", "class": "report sortable"]) + "<thead><tr>"
        for key in keys {
            html += HTML.element("th", ["scope": "col", "data-key": key, "title": words[.sortHint]],
                                 HTML.text(words.roundHeader(key)))
        }
        html += "</tr></thead><tbody>"
        for unit in round.units {
            html += HTML.openingTag("tr", ["data-status": unit.status])
            for key in keys {
                switch key {
                case "row": html += td(unit.row.map(String.init) ?? "", sort: unit.row.map(String.init), classes: "num")
                case "unit": html += td(HTML.text(unit.unit ?? ""), sort: unit.unit ?? "")
                case "code": html += td(HTML.text(unit.code ?? ""), sort: unit.code ?? "")
                case "status":
                    html += td(HTML.element("span", ["class": "status round-" + unit.status],
                                            HTML.text(words.roundStatus(unit.status))),
                               sort: String(RoundUnitStatus.allCases.firstIndex { $0.rawValue == unit.status } ?? 99))
                case "file":
                    guard let path = unit.path else { html += td("", sort: ""); continue }
                    let fileLink = link(path)
                    let name = HTML.text(fileLink.name)
                    html += td(fileLink.url.map { HTML.element("a", ["href": $0], name) } ?? name, sort: fileLink.name)
                case "match":
                    let match = unit.match.map { words.layoutText("match." + $0) } ?? ""
                    html += td(HTML.text(match), sort: match)
                case "department": html += td(HTML.text(unit.department ?? ""), sort: unit.department ?? "")
                case "mismatches":
                    let fields = unit.mismatches.map(words.fieldName).joined(separator: separator)
                    html += td(HTML.text(fields), sort: fields)
                case "note":
                    var notes: [String] = []
                    if !unit.others.isEmpty {
                        notes.append(words.layoutText("otherFiles", ["files": unit.others.map { link($0).name }.joined(separator: separator)]))
                    }
                    if !unit.unreadable.isEmpty {
                        notes.append(words.layoutText("unreadableFiles",
                                                      ["files": unit.unreadable.map { link($0).name }.joined(separator: separator)]))
                    }
                    let note = notes.joined(separator: words[.noteSeparator])
                    html += td(HTML.text(note), sort: note, classes: "note")
                default: html += td("", sort: nil)
                }
            }
            html += "</tr>"
        }
        html += "</tbody></table>"
        if !round.findings.isEmpty {
            html += HTML.element("h3", [:], HTML.text(words[.roundFindingsHeading])) + HTML.openingTag("ul", ["class": "round-findings"])
            for finding in round.findings {
                html += HTML.element("li", ["class": "finding-item " + finding.severity],
                                     HTML.element("span", ["class": "severity " + finding.severity],
                                                  HTML.text(words.severity(finding.severity)))
                                        + " " + HTML.text(finding.message))
            }
            html += "</ul>"
        }
        if let signals = round.signals, !signals.isEmpty {
            html += HTML.element("h3", [:], HTML.text(words.layout.sheets.signals.text(in: words.language)))
                + HTML.openingTag("ul", ["class": "signals"])
            for signal in signals {
                html += HTML.element("li", ["class": "signal", "data-kind": signal.kind], HTML.text(signal.message))
            }
            html += "</ul>"
        }
        return html
    }

    /// The files the check left out (the reference list itself, a summary written earlier …) with the reason;
    /// empty where there are none.
    static func skippedHTML(_ report: ValidationReportJSON, link: (String) -> FileLink, words: PageWords) -> String {
        guard !report.skipped.isEmpty else { return "" }
        var html = HTML.element("h3", [:], HTML.text(words[.skippedHeading])) + HTML.openingTag("ul", ["class": "skipped"])
        for skipped in report.skipped {
            html += HTML.element("li", [:], HTML.element("span", ["class": "file-name"], HTML.text(link(skipped.path).name))
                                    + (skipped.message.map { HTML.text(words[.reasonSeparator] + $0) } ?? ""))
        }
        return html + "</ul>"
    }

    /// Buttons that show the rows of one status (app.js reads `data-table` and `data-filter`).
    static func filterBar(table: String, counts: [(status: String, label: String, count: Int)], words: PageWords) -> String {
        var html = HTML.openingTag("div", ["class": "filters", "data-table": table, "role": "group"])
        html += HTML.element("span", ["class": "filter-label"], HTML.text(words[.filterLabel]))
        let all = counts.reduce(0) { $0 + $1.count }
        html += HTML.element("button", ["type": "button", "class": "filter active", "data-filter": "all", "aria-pressed": "true"],
                             HTML.text(words[.filterAll]) + " " + HTML.element("span", ["class": "n"], String(all)))
        for (status, label, count) in counts {
            html += HTML.element("button", ["type": "button", "class": "filter status-" + status, "data-filter": status,
                                            "aria-pressed": "false", "disabled": count == 0 ? "disabled" : nil],
                                 HTML.text(label) + " " + HTML.element("span", ["class": "n"], String(count)))
        }
        return html + "</div>"
    }

    /// The money unit most forms state (`万元` where none does): the 汇总's column unit.
    static func commonUnit(_ files: [ValidationReportJSON.File]) -> String {
        var counts: [String: Int] = [:]
        for file in files { if let unit = file.form?.unit { counts[unit, default: 0] += 1 } }
        return counts.max { ($0.value, $0.key == "万元" ? 1 : 0, $0.key) < ($1.value, $1.key == "万元" ? 1 : 0, $1.key) }?.key
            ?? "万元"
    }

    /// A cell with its sort key.
    static func td(_ content: String, sort: String?, classes: String? = nil) -> String {
        HTML.element("td", ["class": classes, "data-sort": sort], content)
    }
}
