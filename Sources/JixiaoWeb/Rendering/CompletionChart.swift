import JixiaoForm

/// The chart of a round's budget completion rates as SVG, drawn as the summary workbook's 图表 sheet plans it
/// (`summary-layout.json` `chart`): up to `barsAtMost` units one horizontal bar each in table order; more, the
/// number of units per band (低于60% … 高于100%, 无法计算) and then the `lowest` units by rate.
///
/// Pure SVG: text escaped, no script, no style attributes (the page's app.css colours the classes; the
/// presentation attributes are a fallback for the SVG opened on its own).
///
/// ```swift
/// CompletionChart.svg([("黄埔区总工会", 0.978), ("番禺区总工会", nil)], words: words)
/// // <svg class="chart" … role="img"><title>各部门预算完成率（计算）</title>…
/// ```
enum CompletionChart {
    /// One unit's bar: its name and its rate (a fraction), nil where none can be computed.
    typealias Row = (label: String, rate: Double?)

    /// The rows of a report: each readable file's department (its file name where the form has none) and its
    /// completion rate computed from its amounts, as the 图表 sheet shows them.
    static func rows(_ report: ValidationReportJSON, link: (String) -> FileLink) -> [Row] {
        report.files.filter { $0.status != "unreadable" }.map { file in
            (file.form?.department ?? link(file.path).name, file.form?.funds?.computedCompletionRate)
        }
    }

    /// Widths of the drawing, in SVG user units (pixels at 100%).
    static let width = 760.0, labelWidth = 230.0, valueWidth = 80.0, rowHeight = 24.0, titleHeight = 34.0

    /// The chart: one `<svg>` of bars, or for a large round one of bands and one of the lowest units.
    static func svg(_ rows: [Row], words: PageWords) -> String {
        let plan = words.layout.chart
        guard !rows.isEmpty else { return HTML.element("p", ["class": "note"], HTML.text(words[.chartEmpty])) }
        if rows.count <= plan.barsAtMost {
            return bars(rows, title: words.layoutText("chartTitle"), words: words)
        }
        var counts = Array(repeating: 0, count: plan.bands.count)
        var uncomputable = 0
        for row in rows {
            if let rate = row.rate { counts[plan.band(of: rate)] += 1 } else { uncomputable += 1 }
        }
        let bandRows: [(label: String, count: Int)] = plan.bands.indices.map { (plan.bands[$0].label(in: words.language), counts[$0]) }
            + [(words.layoutText("bandUncomputable"), uncomputable)]
        let lowest = rows.enumerated().compactMap { index, row in row.rate.map { (index, row.label, $0) } }
            .sorted { ($0.2, $0.0) < ($1.2, $1.0) }.prefix(plan.lowest).map { Row($0.1, $0.2) }
        var html = countBars(bandRows, title: words.layoutText("bandChartTitle"), words: words)
        if !lowest.isEmpty {
            html += bars(Array(lowest), title: words.layoutText("lowestChartTitle", ["count": String(lowest.count)]), words: words)
        }
        return html
    }

    /// One bar per row, scaled to the largest rate (at least 100%, at most 300%; a longer bar is cut), with a
    /// dashed line at 100% and each rate in a column at the right.
    static func bars(_ rows: [Row], title: String, words: PageWords) -> String {
        let largest = rows.compactMap(\.rate).max() ?? 1
        let scale = min(max(1, largest), 3)
        let barArea = width - labelWidth - valueWidth
        let height = titleHeight + Double(rows.count) * rowHeight + 10
        var svg = opening(title: title, height: height)
        for (index, row) in rows.enumerated() {
            let y = titleHeight + Double(index) * rowHeight
            svg += label(row.label, y: y)
            guard let rate = row.rate else {
                svg += text(words.layoutText("bandUncomputable"), x: labelWidth + 4, y: y + 16, classes: "chart-none")
                continue
            }
            let length = max(0, min(rate, scale)) / scale * barArea
            let band = rate < 0.6 ? "low" : rate <= 1 ? "ok" : "over"
            svg += HTML.openingTag("rect", ["class": "bar bar-" + band, "x": number(labelWidth), "y": number(y + 4),
                                            "width": number(length), "height": number(rowHeight - 8),
                                            "fill": band == "ok" ? "#3b7dd8" : band == "low" ? "#d9822b" : "#c23b3b"])
                + "</rect>"
            svg += text(ReportNumber.percent(rate, places: 1), x: width - valueWidth + 8, y: y + 16, classes: "chart-value")
        }
        let hundred = labelWidth + barArea / scale
        svg += HTML.openingTag("line", ["class": "hundred", "x1": number(hundred), "x2": number(hundred),
                                        "y1": number(titleHeight - 4), "y2": number(height - 6),
                                        "stroke": "#555", "stroke-dasharray": "4 3"]) + "</line>"
        svg += text("100%", x: hundred, y: titleHeight - 8, classes: "chart-axis", anchor: "middle")
        return svg + "</svg>"
    }

    /// One bar per band, scaled to the largest count.
    static func countBars(_ rows: [(label: String, count: Int)], title: String, words: PageWords) -> String {
        let largest = max(1, rows.map(\.count).max() ?? 1)
        let barArea = width - labelWidth - valueWidth
        let height = titleHeight + Double(rows.count) * rowHeight + 10
        var svg = opening(title: title, height: height)
        for (index, row) in rows.enumerated() {
            let y = titleHeight + Double(index) * rowHeight
            let length = Double(row.count) / Double(largest) * barArea
            svg += label(row.label, y: y)
            svg += HTML.openingTag("rect", ["class": "bar bar-band", "x": number(labelWidth), "y": number(y + 4),
                                            "width": number(length), "height": number(rowHeight - 8), "fill": "#3b7dd8"])
                + "</rect>"
            svg += text(String(row.count), x: width - valueWidth + 8, y: y + 16, classes: "chart-value")
        }
        return svg + "</svg>"
    }

    /// The `<svg>` opening with its title (as `<title>` for screen readers and as text on top).
    static func opening(title: String, height: Double) -> String {
        HTML.openingTag("svg", ["xmlns": "http://www.w3.org/2000/svg", "class": "chart", "role": "img",
                                "viewBox": "0 0 \(number(width)) \(number(height))", "width": number(width),
                                "height": number(height), "aria-label": title, "font-size": "13"])
            + HTML.element("title", [:], HTML.text(title))
            + text(title, x: 0, y: 18, classes: "chart-title")
    }

    /// A row's label at the left, cut to fit (the whole name in its `<title>`).
    static func label(_ label: String, y: Double) -> String {
        let shown = label.count > 16 ? String(label.prefix(15)) + "…" : label
        return HTML.element("text", ["class": "chart-label", "x": number(labelWidth - 6), "y": number(y + 16),
                                     "text-anchor": "end"],
                            HTML.element("title", [:], HTML.text(label)) + HTML.text(shown))
    }

    /// A text at a point (its start, or its middle with `anchor: "middle"`).
    static func text(_ content: String, x: Double, y: Double, classes: String, anchor: String? = nil) -> String {
        HTML.element("text", ["class": classes, "x": number(x), "y": number(y), "text-anchor": anchor], HTML.text(content))
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String { ReportNumber.fixed(value, places: value == value.rounded() ? 0 : 1) }
}
