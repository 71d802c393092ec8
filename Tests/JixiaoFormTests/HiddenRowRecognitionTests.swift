import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// A label in a hidden row (a template's stale row a unit hid instead of deleting) yields to a visible one;
/// where the only copy of a label is hidden, it is still read.
@Suite("Hidden rows in recognition")
struct HiddenRowRecognitionTests {
    let recognizer: FormRecognizer

    init() throws {
        recognizer = try FormRecognizer()
    }

    func form(_ name: String) throws -> Form {
        try recognizer.recognize(Workbook(contentsOf: Fixtures.root.appendingPathComponent("hidden-rows/\(name)")))
    }

    /// openpyxl fixture: hidden row 5 holds a stale 整体支出年度预算数 999.99 / 年初预算数 888.88 above the real row 6.
    @Test func visibleRowBeatsAHiddenStaleCopy() throws {
        let form = try form("stale-budget-row.xlsx")
        #expect(form.funds.annualBudget?.text == "1505.02")
        #expect(form.funds.initialBudget?.text == "1859.01")
        #expect(form.sources[.annualBudget]?.cell?.description == "C6")
        #expect(form.sources[.annualBudget]?.label?.description == "B6")
        #expect(form.sources[.initialBudget]?.cell?.description == "E6")
        #expect(form.funds.actual?.text == "1472.46")
    }

    /// The same form with its one budget row hidden reads as before.
    @Test func onlyCopyHiddenIsStillRead() throws {
        let form = try form("only-copy-hidden.xlsx")
        #expect(form.funds.annualBudget?.text == "1505.02")
        #expect(form.sources[.annualBudget]?.cell?.description == "C5")
        #expect(form.funds.initialBudget?.text == "1859.01")
    }

    func compact(staleRowHidden: Bool, staleLabel: String = "年度预算数（万元）") -> Workbook {
        var sheet = SheetBuilder("表1")
        sheet["A1"] = "部门整体支出绩效自评表"
        sheet["A2"] = "(2021)"
        sheet["A3"] = "部门名称：广州市某局"
        sheet["A4"] = staleLabel
        sheet.number("B4", "999", format: "0.00")
        sheet["A5"] = "年度预算数（万元）"
        sheet.number("B5", "200", format: "0.00")
        sheet["A6"] = "实际支出数（万元）"
        sheet.number("B6", "150", format: "0.00")
        sheet["A7"] = "预算执行率(%)"
        sheet["B7"] = "75"
        if staleRowHidden { sheet.hiddenRows = [4] }
        return Workbook(sheets: [sheet.sheet])
    }

    @Test func inMemoryStaleRow() throws {
        // Visible, the first of two equal labels wins (sheet order) as it always did.
        #expect(try recognizer.recognize(compact(staleRowHidden: false)).funds.annualBudget?.text == "999.00")
        // Hidden, it yields to the visible one below it.
        #expect(try recognizer.recognize(compact(staleRowHidden: true)).funds.annualBudget?.text == "200.00")
    }

    /// A hidden label yields even when it is the more specific synonym (整体支出年度预算数 ranks before 年度预算数).
    @Test func hiddenYieldsBeforeSynonymRank() throws {
        let visible = try recognizer.recognize(compact(staleRowHidden: false, staleLabel: "整体支出年度预算数"))
        let hidden = try recognizer.recognize(compact(staleRowHidden: true, staleLabel: "整体支出年度预算数"))
        #expect(visible.funds.annualBudget?.text == "999.00")
        #expect(hidden.funds.annualBudget?.text == "200.00")
    }
}
