/// PLACEHOLDER until web-render's: the round's 汇总 as an HTML table, a row per form, linked to its file page.
///
/// ```swift
/// RoundTable.html(report, links: { "/rounds/x/files/\($0)" }, language: .zh)
/// ```
enum RoundTable {
    static func html(_ report: ValidationReportJSON, links: (String) -> String?, language: WebLanguage) -> String {
        var html = "<table class=\"round\" data-sortable=\"true\"><thead><tr>"
        for header in [language.pick("文件", "File"), language.pick("单位", "Unit"), language.pick("状态", "Status"),
                       language.pick("错误", "Errors"), language.pick("警告", "Warnings"), language.pick("预算完成率", "Completion")] {
            html += "<th>\(HTML.text(header))</th>"
        }
        html += "</tr></thead><tbody>"
        for file in report.files {
            let findings = file.findings ?? []
            let errors = findings.count { $0.severity == "error" }
            let warnings = findings.count { $0.severity == "warning" }
            let name = StoredName.displayPart(of: file.path)
            let link = links(file.path).map { "<a href=\"\(HTML.attribute($0))\">\(HTML.text(name))</a>" } ?? HTML.text(name)
            let rate = file.form?.funds?.completionRate.map { String(format: "%.1f%%", $0 * 100) } ?? ""
            html += "<tr data-status=\"\(HTML.attribute(file.status))\"><td>\(link)</td>"
                + "<td>\(HTML.text(file.form?.department ?? ""))</td><td>\(HTML.text(file.status))</td>"
                + "<td>\(errors)</td><td>\(warnings)</td><td>\(rate)</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
