/// PLACEHOLDER until web-render's: the completion rates as an SVG bar chart.
///
/// ```swift
/// CompletionChart.svg([("黄埔区", 0.978)], language: .zh)    // "<svg …>"
/// ```
enum CompletionChart {
    static func svg(_ rows: [(label: String, rate: Double?)], language: WebLanguage) -> String {
        let height = 20 * rows.count + 10
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"\(height)\" role=\"img\">"
        for (index, row) in rows.enumerated() {
            let y = 20 * index + 5
            let width = Int(max(0, min(1.2, row.rate ?? 0)) * 300)
            svg += "<text x=\"0\" y=\"\(y + 13)\" font-size=\"12\">\(HTML.text(String(row.label.prefix(16))))</text>"
                + "<rect x=\"220\" y=\"\(y)\" width=\"\(width)\" height=\"15\" fill=\"#4a7ebb\"></rect>"
        }
        return svg + "</svg>"
    }
}
