import Foundation
import JixiaoForm
import JixiaoTestSupport
import Testing

/// A file's line in the bulk summary, and the layout the summary workbook is drawn from.
@Suite("Summary rows and layout")
struct SummaryRowTests {
    /// The templates folder the library ships (the bundle copies it).
    static let templates = Fixtures.packageRoot.appendingPathComponent("Sources/JixiaoForm/Templates")

    func figure(_ text: String) -> ShownDecimal? { ShownDecimal(text: text) }

    @Test func keyIndicatorsAreTalliedAsTheRuleJudgesThem() {
        let met = KeyIndicator(name: "活动次数", targetValue: figure("161"), resultValue: figure("161"), targetUnit: "场次",
                               resultUnit: "场次")
        let unmet = KeyIndicator(name: "活动次数", targetValue: figure("161"), resultValue: figure("159"), targetUnit: "场次",
                                 resultUnit: "场次")
        let lowerIsBetter = KeyIndicator(name: "安全事故", targetValue: figure("2"), resultValue: figure("0"),
                                         targetUnit: "起", resultUnit: "起", direction: .lower)
        let strict = KeyIndicator(name: "满意度", targetValue: figure("90"), resultValue: figure("90"), targetUnit: "%",
                                  resultUnit: "%", targetOperator: .greaterThan)
        let otherUnits = KeyIndicator(name: "覆盖", targetValue: figure("3"), resultValue: figure("300"), targetUnit: "个",
                                      resultUnit: "家")
        let prose = KeyIndicator(name: "安全", target: "不发生安全事故", result: "无发生安全事故")
        #expect(SummaryRow.Attainment(met) == .met)
        #expect(SummaryRow.Attainment(unmet) == .unmet)
        #expect(SummaryRow.Attainment(lowerIsBetter) == .met)
        #expect(SummaryRow.Attainment(strict) == .unmet)
        #expect(SummaryRow.Attainment(otherUnits) == .notComparable)
        #expect(SummaryRow.Attainment(prose) == .notComparable)
        let tally = SummaryRow.IndicatorTally([met, unmet, lowerIsBetter, strict, otherUnits, prose])
        #expect((tally.met, tally.unmet, tally.notComparable) == (2, 2, 2))
    }

    @Test func aFormsRowHasItsFiguresAndCounts() throws {
        let report = FormValidator().validate(fileAt: Fixtures.form("huangpu-2021.xlsx"), path: "huangpu.xlsx")
        let row = SummaryRow(report)
        #expect(row.path == "huangpu.xlsx")
        #expect(row.status == .findings)
        #expect((row.errors, row.warnings, row.infos) == (0, 2, 0))
        #expect(row.rules.map(\.rawValue) == ["adjustment-amount", "indicator-unmet"])
        let form = try #require(report.form)
        #expect(row.indicators.met + row.indicators.unmet + row.indicators.notComparable == form.keyIndicators.count)
        #expect(row.indicators.unmet == report.findings.filter { $0.rule == .indicatorUnmet }.count)
    }

    @Test func anUnreadableFilesRowIsItsPathAndStatus() {
        let report = FormValidator().validate(fileAt: Fixtures.root.appendingPathComponent("hostile/truncated.xlsx"))
        let row = SummaryRow(report)
        #expect(row.status == .unreadable)
        #expect((row.errors, row.warnings, row.infos, row.indicators.met) == (0, 0, 0, 0))
    }

    @Test func theBundledLayoutHasEveryColumnAndLabel() throws {
        let layout = try SummaryLayout.standard.get()
        #expect(layout.problems().isEmpty)
        // Every column of the run's own, and fields of the form (any of which a layout may add).
        let keys = Set(layout.summaryColumns.map(\.key))
        #expect(keys.isSubset(of: SummaryLayout.summaryColumnKeys))
        let ownColumns = SummaryLayout.summaryColumnKeys.filter { key in
            guard let column = SummaryColumnKey(rawValue: key) else { return false }
            return column.field == nil
        }
        // file, link, three indicator counts, three severity counts, status, note, originalUnit, computedCompletionRate.
        #expect(ownColumns.count == 12)
        #expect(ownColumns.isSubset(of: keys))
        #expect(Set(layout.findingColumns.map(\.key)) == SummaryLayout.findingColumnKeys)
        #expect(layout.sheets.summary.text(in: .zh) == "汇总")
        #expect(layout.sheets.findings.text(in: .zh) == "问题清单")
        #expect(layout.summaryColumns.first { $0.key == "annualBudget" }?.header(in: .zh, unit: "元") == "年度预算数（元）")
        #expect(layout.statuses["warningsOnly"]?.text(in: .zh) == "仅有警告")
        // The 完成率 bands: below is exclusive, atMost inclusive, the last takes the rest.
        #expect([0.59, 0.6, 0.79, 0.8, 0.9, 1.0, 1.0001].map(layout.chart.band(of:)) == [0, 1, 1, 2, 3, 3, 4])
        #expect(layout.label(for: FileStatus.unreadable, in: .en) == "unreadable")
        #expect(layout.label(for: Severity.error, in: .zh) == "错误")
        for column in layout.summaryColumns + layout.findingColumns {
            #expect(!column.zh.isEmpty && !column.en.isEmpty, "\(column.key)")
        }
    }

    @Test func aLayoutWithUnknownOrRepeatedColumnsIsRefused() throws {
        let folder = TestFolder()
        var text = try String(contentsOf: Self.templates.appendingPathComponent(SummaryLayout.fileName), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"key\": \"originalUnit\"", with: "\"key\": \"colour\"")
            .replacingOccurrences(of: "\"key\": \"rule\"", with: "\"key\": \"file\"")
        let url = folder.file(SummaryLayout.fileName)
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: TemplateLoadError.self) { try SummaryLayout.load(from: url) }
        do {
            _ = try SummaryLayout.load(from: url)
        } catch {
            #expect(error.description.contains("unknown column key colour"))
            #expect(error.description.contains("column key file repeated"))
        }
    }
}

