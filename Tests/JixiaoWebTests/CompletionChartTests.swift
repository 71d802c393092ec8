import Foundation
import Testing
@testable import JixiaoWeb

@Suite("The completion-rate chart")
struct CompletionChartTests {
    let words: PageWords
    init() throws { words = try PageWords.standard(.zh) }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("three units: a bar each in order, scaled to 100%, the uncomputable one named")
    func three() {
        let svg = CompletionChart.svg([("黄埔区总工会", 0.978), ("番禺区总工会", 0.5), ("白云区总工会", nil)], words: words)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""))
        #expect(svg.contains("<title>各部门预算完成率（计算）</title>"))
        #expect(count("<rect", in: svg) == 2)
        // The bar area is 760 − 230 − 80 = 450 wide at 100%: 97.8% is 440.1, 50% is 225.
        #expect(svg.contains("<rect class=\"bar bar-ok\" x=\"230\" y=\"38\" width=\"440.1\" height=\"16\""))
        #expect(svg.contains("<rect class=\"bar bar-low\" x=\"230\" y=\"62\" width=\"225\" height=\"16\""))
        #expect(svg.contains(">97.8%</text>") && svg.contains(">50.0%</text>"))
        #expect(svg.contains(">无法计算</text>"))
        let labels = ["黄埔区总工会", "番禺区总工会", "白云区总工会"].map { svg.range(of: ">" + $0 + "</text>")!.lowerBound }
        #expect(labels == labels.sorted())
        #expect(!svg.contains("<script") && !svg.contains("style="))
    }

    @Test("a hundred units: counts per band of summary-layout.json, then the twenty lowest")
    func hundred() {
        // 10 below 60%, 20 at 60–80%, 30 at 80–90%, 25 at 90–100% (100% itself among them), 10 above, 5 none.
        var rows: [CompletionChart.Row] = []
        for index in 0..<10 { rows.append(("低\(index)", 0.3 + Double(index) / 100)) }
        for index in 0..<20 { rows.append(("中\(index)", 0.6 + Double(index) / 100)) }
        for index in 0..<30 { rows.append(("良\(index)", 0.8 + Double(index) / 1000)) }
        for index in 0..<24 { rows.append(("优\(index)", 0.9 + Double(index) / 1000)) }
        rows.append(("满", 1.0))
        for index in 0..<10 { rows.append(("超\(index)", 1.01 + Double(index) / 100)) }
        for index in 0..<5 { rows.append(("无\(index)", nil)) }
        #expect(rows.count == 100)
        let svg = CompletionChart.svg(rows, words: words)
        #expect(count("<svg", in: svg) == 2)
        #expect(svg.contains("<title>预算完成率分布（单位数）</title>"))
        for (band, units) in [("低于60%", 10), ("60%–80%", 20), ("80%–90%", 30), ("90%–100%", 25), ("高于100%", 10), ("无法计算", 5)] {
            #expect(svg.contains(">\(band)</text>"), "\(band)")
            #expect(svg.contains(">\(units)</text>"), "\(band) \(units)")
        }
        // The band chart's value texts in order.
        let values = svg.components(separatedBy: "<text class=\"chart-value\"").dropFirst().prefix(6)
            .map { $0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" } }
        #expect(values == ["10", "20", "30", "25", "10", "5"])
        #expect(svg.contains("<title>预算完成率最低的 20 个单位</title>"))
        #expect(svg.contains(">低0</text>") && svg.contains(">中9</text>") && !svg.contains(">中10</text>"))
    }

    @Test("labels are escaped and long ones cut, whole in their title")
    func labels() {
        let svg = CompletionChart.svg([("<script>alert(1)</script>广州市黄埔区总工会（广州开发区）", 0.9)], words: words)
        #expect(svg.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;广州市黄埔区总工会（广州开发区）</title>&lt;script&gt;alert(1…"))
        #expect(!svg.contains("<script"))
    }

    @Test("no rows: a note instead of an empty chart")
    func empty() {
        #expect(CompletionChart.svg([], words: words) == "<p class=\"note\">没有可计算预算完成率的表</p>")
    }
}
