import Foundation
import JixiaoTestSupport
import Testing
import XLSXCopy
import XLSXReader
import XLSXWriter

/// Edits made while copying: the content changes, the cell keeps its own format apart from the number format
/// and the fill mark, comments join the ones already there, and a cell inside a merge is edited at its anchor.
@Suite("Edits while copying")
struct CellEditTests {
    /// Copies `fixture` with `edits` and reads original and copy back.
    private func copy(_ fixture: String, _ edits: [CellEdit]) throws -> (original: Workbook, copy: Workbook) {
        let original = try Workbook(contentsOf: Fixtures.root.appendingPathComponent(fixture), options: .copying)
        let folder = TestFolder()
        let output = folder.file("copy.xlsx")
        let writer = try WorkbookCopier(original).write(to: output, options: WorkbookOptions(), edits: edits)
        try writer.close()
        return (original, try Workbook(contentsOf: output, options: .copying))
    }

    private func cell(_ workbook: Workbook, _ sheet: String, _ reference: String) -> Cell? {
        workbook.sheet(named: sheet)?.cells.first { $0.reference.description == reference }
    }

    @Test func numberTextAndFormulaEditsReplaceTheContentOnly() throws {
        // huangpu-2021.xlsx (XlsxWriter): C5 is the budget 1505.02, D5 text, C7 a rate.
        let (original, copy) = try copy("forms/huangpu-2021.xlsx", [
            CellEdit(sheet: "Sheet1", row: 4, column: 2, content: .number(Decimal(string: "1515.02")!)),
            CellEdit(sheet: "Sheet1", row: 6, column: 2, content: .formula("C6/C5", cachedNumber: Decimal(string: "0.9719")!),
                     numberFormat: "0.00%"),
            CellEdit(sheet: "Sheet1", row: 30, column: 7, content: .text("新增说明")),
            CellEdit(sheet: "Sheet1", row: 31, column: 7, content: .formulaText("IF(C7>=0.9,\"达标\",\"未达标\")", cachedText: "达标")),
        ])
        let budget = try #require(cell(copy, "Sheet1", "C5"))
        #expect(budget.value == .number("1515.02"))
        #expect(budget.formula == nil)
        let originalBudget = try #require(cell(original, "Sheet1", "C5"))
        #expect(copy.format(of: budget).numberFormat.code == original.format(of: originalBudget).numberFormat.code)
        #expect(copy.format(of: budget).border == original.format(of: originalBudget).border)

        let rate = try #require(cell(copy, "Sheet1", "C7"))
        #expect(rate.formula == "C6/C5")
        #expect(rate.value == .number("0.9719"))
        #expect(copy.format(of: rate).numberFormat.code == "0.00%")
        let originalRate = try #require(cell(original, "Sheet1", "C7"))
        #expect(copy.format(of: rate).font.name == original.format(of: originalRate).font.name)

        #expect(cell(copy, "Sheet1", "H31")?.value == .text("新增说明"))
        let verdict = try #require(cell(copy, "Sheet1", "H32"))
        #expect(verdict.formula == "IF(C7>=0.9,\"达标\",\"未达标\")")
        #expect(verdict.value == .text("达标"))

        // Everything not edited is as it was.
        let untouched = original.sheets[0].cells.filter { !["C5", "C7"].contains($0.reference.description) }
        for source in untouched {
            #expect(cell(copy, "Sheet1", source.reference.description)?.value.displayText == source.value.displayText)
        }
    }

    @Test func aFillMarkKeepsFontAndBorders() throws {
        let mark = RGBColor(hex: "FFF2CC")!
        let (original, copy) = try copy("forms/huangpu-2021.xlsx", [
            CellEdit(sheet: "Sheet1", row: 4, column: 2, content: .number(Decimal(string: "1505.02")!), fill: mark),
        ])
        let before = original.format(of: try #require(cell(original, "Sheet1", "C5")))
        let after = copy.format(of: try #require(cell(copy, "Sheet1", "C5")))
        #expect(after.fill.pattern == .solid)
        #expect(after.fill.foreground?.hexARGB == "FFFFF2CC")
        #expect(before.border.left.style != .none, "the fixture's C5 is bordered")
        #expect(after.border.left.style == before.border.left.style)
        #expect(after.border.bottom.style == before.border.bottom.style)
        #expect(after.font.name == before.font.name && after.font.size == before.font.size)
        #expect(after.numberFormat.code == before.numberFormat.code)
        #expect(after.alignment == before.alignment)
    }

    @Test func anEditsCommentGoesBelowTheOneAlreadyThere() throws {
        // hand.xlsx: B4 of Data has "plain" by 张三.
        let (original, copy) = try copy("sheet-layout/hand.xlsx", [
            CellEdit(sheet: "Data", row: 3, column: 1, content: .text("已更正"), comment: "原为 1,505.20",
                     commentAuthor: "jixiao"),
            CellEdit(sheet: "Data", row: 9, column: 0, content: .number(7), comment: "新批注", commentAuthor: "jixiao"),
        ])
        #expect(original.sheet(named: "Data")?.layout.comments.first { $0.cell.description == "B4" }?.text == "plain")
        let comments = try #require(copy.sheet(named: "Data")?.layout.comments)
        let joined = try #require(comments.first { $0.cell.description == "B4" })
        #expect(joined.text == "plain\njixiao: 原为 1,505.20")
        #expect(joined.author == "张三")
        let added = try #require(comments.first { $0.cell.description == "A10" })
        #expect(added.text == "新批注")
        #expect(added.author == "jixiao")
        #expect(comments.count == (original.sheet(named: "Data")?.layout.comments.count ?? 0) + 1)
    }

    @Test func anEditInsideAMergeGoesToItsTopLeftCell() throws {
        let original = try Workbook(contentsOf: Fixtures.form("huangpu-2021.xlsx"), options: .copying)
        let merge = try #require(original.sheets[0].merges.first { $0.columnCount > 1 })
        let inside = CellReference(row: merge.first.row, column: merge.first.column + 1)
        let (_, copy) = try copy("forms/huangpu-2021.xlsx", [
            CellEdit(sheet: "Sheet1", row: inside.row, column: inside.column, content: .text("标题已更正")),
        ])
        #expect(cell(copy, "Sheet1", merge.first.description)?.value == .text("标题已更正"))
        #expect(cell(copy, "Sheet1", inside.description) == nil)
        #expect(copy.sheets[0].merges.contains(merge))
    }

    @Test func anEditOnAMissingSheetIsRefusedBeforeAnythingIsWritten() throws {
        let folder = TestFolder()
        let copier = try WorkbookCopier(contentsOf: Fixtures.form("huangpu-2021.xlsx"))
        #expect {
            _ = try copier.write(to: folder.file("copy.xlsx"), options: WorkbookOptions(), edits: [
                CellEdit(sheet: "没有这张表", row: 0, column: 0, content: .text("x")),
            ])
        } throws: { error in
            (error as? XLSXWriterError)?.kind == .sheetNotFound && (error as? XLSXWriterError)?.sheet == "没有这张表"
        }
        #expect(folder.contents.isEmpty)
    }

    @Test func textLibxlsxwriterWouldRefuseFailsNamingSheetAndCell() throws {
        let folder = TestFolder()
        let copier = try WorkbookCopier(contentsOf: Fixtures.form("huangpu-2021.xlsx"))
        #expect {
            _ = try copier.write(to: folder.file("copy.xlsx"), options: WorkbookOptions(), edits: [
                CellEdit(sheet: "Sheet1", row: 4, column: 7, content: .text(String(repeating: "长", count: 32_768))),
            ])
        } throws: { error in
            let error = error as? XLSXWriterError
            return error?.kind == .textTooLong && error?.sheet == "Sheet1" && error?.cell == "H5"
        }
    }

    @Test func theCallerAddsItsOwnSheetAfterTheUnits() throws {
        let folder = TestFolder()
        let output = folder.file("copy.xlsx")
        let writer = try WorkbookCopier(contentsOf: Fixtures.form("panyu-2021.xlsx"))
            .write(to: output, options: WorkbookOptions(), edits: [])
        let results = try writer.addWorksheet(named: "校验结果")
        try results.writeText("已更正 0 处", row: 0, column: 0)
        try writer.close()
        let copy = try Workbook(contentsOf: output)
        let original = try Workbook(contentsOf: Fixtures.form("panyu-2021.xlsx"))
        #expect(copy.sheets.map(\.name) == original.sheets.map(\.name) + ["校验结果"])
        #expect(copy.sheet(named: "校验结果")?.cells.first?.value == .text("已更正 0 处"))
    }
}
