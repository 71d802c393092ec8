import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXReader

/// Formulas saved without results get the value Excel shows on opening, for the arithmetic forms use; anything
/// else stays blank, as the file has it.
@Suite("Formula evaluator")
struct FormulaEvaluatorTests {
    /// A sheet from `A1`-style entries: a number, a text, or a formula (starting with `=`) without a result.
    private func sheet(_ entries: [String: String]) -> Sheet {
        var cells: [Cell] = []
        for (reference, content) in entries {
            let position = CellReference.parse(reference.utf8)!
            if content.hasPrefix("=") {
                cells.append(Cell(row: position.row, column: position.column, value: .empty,
                                  formula: String(content.dropFirst())))
            } else if Double(content) != nil {
                cells.append(Cell(row: position.row, column: position.column, value: .number(content)))
            } else {
                cells.append(Cell(row: position.row, column: position.column, value: .text(content)))
            }
        }
        return Sheet(name: "Sheet1", cells: cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) })
    }

    private func value(_ reference: String, in entries: [String: String]) -> CellValue? {
        let evaluated = sheet(entries).evaluatingUncachedFormulas()
        return evaluated.cells.first { $0.reference.description == reference }?.value
    }

    @Test func theFundsBlockOfAScriptFilledForm() {
        let form = ["C5": "1505.02", "E5": "1859.01", "C7": "1472.46", "C6": "=SUM(C7:C7)", "E6": "=C5-E5",
                    "C8": "=ROUND(C6/C5,3)", "E8": "=IF(E5=0,\"\",ROUND(E6/E5,3))"]
        #expect(value("C6", in: form) == .number("1472.46"))
        #expect(value("E6", in: form) == .number("-353.99"))
        #expect(value("C8", in: form) == .number("0.978"))
        #expect(value("E8", in: form) == .number("-0.19"))
    }

    @Test func arithmeticFollowsExcelsPrecedence() {
        #expect(value("A1", in: ["A1": "=1+2*3-4/2"]) == .number("5"))
        #expect(value("A1", in: ["A1": "=-(1+2)*3"]) == .number("-9"))
        #expect(value("A1", in: ["A1": "=50%*B1", "B1": "8"]) == .number("4"))
        #expect(value("A1", in: ["A1": "= $B$1 + B2 ", "B1": "1.5", "B2": "2.25"]) == .number("3.75"))
        #expect(value("A1", in: ["A1": "=B1*2"]) == .number("0"))   // a blank is 0
        #expect(value("A1", in: ["A1": "=B1+1", "B1": " 12 "]) == .number("13"))   // numeric text is a number
        #expect(value("A1", in: ["A1": "=1.5E+3"]) == .number("1500"))
    }

    @Test func roundIsHalfAwayFromZeroInDecimal() {
        #expect(value("A1", in: ["A1": "=ROUND(2.5,0)"]) == .number("3"))
        #expect(value("A1", in: ["A1": "=ROUND(-2.5,0)"]) == .number("-3"))
        #expect(value("A1", in: ["A1": "=ROUND(1.005,2)"]) == .number("1.01"))   // 1.00499… in binary; exact here
        #expect(value("A1", in: ["A1": "=ROUND(1234.5,-2)"]) == .number("1200"))
    }

    @Test func functionsOverRangesCountNumbersOnly() {
        let grid = ["B1": "10", "B2": "合计", "B3": "2.5", "C1": "=B9"]
        #expect(value("A1", in: grid.merging(["A1": "=SUM(B1:B3)"]) { $1 }) == .number("12.5"))
        #expect(value("A1", in: grid.merging(["A1": "=SUM(B1:C3,1)"]) { $1 }) == .number("13.5"))
        #expect(value("A1", in: grid.merging(["A1": "=MAX(B1:B3)-MIN(B1:B3)"]) { $1 }) == .number("7.5"))
        #expect(value("A1", in: grid.merging(["A1": "=abs(-B3)"]) { $1 }) == .number("2.5"))
        #expect(value("A1", in: ["A1": "=IF(B1>=90%,\"达标\",\"未达标\")", "B1": "0.95"]) == .text("达标"))
        #expect(value("A1", in: ["A1": "=IF(B1<>\"\",1,2)"]) == .number("2"))
    }

    @Test func formulasOverFormulasAreFollowed() {
        #expect(value("A1", in: ["A1": "=B1*2", "B1": "=C1+1", "C1": "=4"]) == .number("10"))
    }

    @Test func whatExcelWouldShowAsAnErrorOrWhatIsNotSupportedStaysBlank() {
        let blank: [[String: String]] = [
            ["A1": "=1/0"], ["A1": "=1/B1"],                        // #DIV/0!
            ["A1": "=B1", "B1": "=A1"],                             // a cycle
            ["A1": "=Sheet2!B1"], ["A1": "='预算 表'!B1"],            // another sheet
            ["A1": "=VLOOKUP(1,B1:C2,2,FALSE)"], ["A1": "=B1&\"元\""],  // not supported
            ["A1": "=B1+1", "B1": "12元"], ["A1": "=B1+1", "B1": "nan"],  // text in arithmetic: #VALUE!
            ["A1": "=1+"], ["A1": "=(1+2"], ["A1": "=SUM(B1:"], ["A1": "=\"open"], ["A1": "=B1:B2"],
        ]
        for entries in blank {
            #expect(value("A1", in: entries) == .empty, "\(entries)")
        }
    }

    @Test func aLongChainOrDeepNestingStopsWithoutCrashing() {
        var chain: [String: String] = ["A500": "1"]
        for row in 1..<500 { chain["A\(row)"] = "=A\(row + 1)+1" }
        #expect(value("A499", in: chain) == .number("2"))
        #expect(value("A1", in: chain) == .empty)   // deeper than the cap: left as the file has it
        let nested = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        #expect(value("A1", in: ["A1": "=" + nested]) == .empty)
        #expect(value("A1", in: ["A1": "=((((1))))"]) == .number("1"))
    }

    @Test func storedResultsAndSheetsWithoutFormulasAreLeftAlone() {
        let cached = Sheet(name: "S", cells: [Cell(row: 0, column: 0, value: .number("7"), formula: "1+1")])
        #expect(cached.evaluatingUncachedFormulas() == cached)
        let plain = sheet(["A1": "1", "B1": "x"])
        #expect(plain.evaluatingUncachedFormulas() == plain)
    }

    /// The form the variants script saved with openpyxl (formulas without results): read as stored, the
    /// formula cells are blank; evaluated, they show what Excel shows.
    @Test func aFileSavedByOpenpyxlWithoutResults() throws {
        let url = Fixtures.root.appendingPathComponent("variants/formula-uncached.openpyxl.xlsx")
        let stored = try Workbook(contentsOf: url).sheets[0]
        let e6 = stored.cells.first { $0.reference.description == "E6" }
        #expect(e6?.formula == "C5-E5")
        #expect(e6?.value == .empty)
        let evaluated = stored.evaluatingUncachedFormulas()
        func shown(_ reference: String) -> CellValue? { evaluated.cells.first { $0.reference.description == reference }?.value }
        #expect(shown("C6") == .number("1472.46"))
        #expect(shown("E6") == .number("-353.99"))
        #expect(shown("C8") == .number("0.978"))
        #expect(shown("E8") == .number("-0.19"))
    }
}
