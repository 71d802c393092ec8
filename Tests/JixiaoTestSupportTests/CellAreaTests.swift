import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// The cells' area on the page, from a fixture's widths and heights (mof-grid-styled by openpyxl: columns
/// A–I 12, 18, 13, 20, 14, 14, 12, 10, 24 characters as written, row 6 22 pt, row 4 hidden, H6:I6 merged).
@Suite("Cell area")
struct CellAreaTests {
    static let sheet: Sheet = {
        let url = Fixtures.root.appendingPathComponent("own-layout/mof-grid-styled.openpyxl.xlsx")
        return try! Workbook(contentsOf: url).sheets[0]
    }()

    @Test func columnWidthsBecomePixelsByExcelsRule() {
        #expect(CellArea.columnPixels(width: 9.140625) == 64)        // Excel's default column, as Excel writes it
        #expect(CellArea.columnPixels(width: 12) == 84)              // openpyxl's width=12
        #expect(CellArea.fileWidth(characters: 12) == 12.7109375)    // XlsxWriter's set_column(12)
        #expect(CellArea.columnPixels(width: 12.7109375) == 89)
        #expect(CellArea.columnPixels(width: 0) == 0)
    }

    @Test func aCellIsItsColumnTimesItsRow() {
        // G: width 12 → 84 px at 96 dpi; row 6: 22 pt → 29.33 px; 84 × 22 × 96² / (96 × 72) = 2464.
        #expect(CellArea.pixels(of: ["G6"], in: Self.sheet, dpi: 96) == 2464)
        #expect(CellArea.pixels(of: ["G6", "G6"], in: Self.sheet, dpi: 96) == 2464)
        // At 50 dpi: 84 × 22 × 50² / 6912 = 668.4 → 669.
        #expect(CellArea.pixels(of: ["G6"], in: Self.sheet, dpi: 50) == 669)
        // J has no width: Excel's 64 px; 64 × 22 × 4 / 3 = 1877.3 → 1878.
        #expect(CellArea.pixels(of: ["J6"], in: Self.sheet, dpi: 96) == 1878)
    }

    @Test func aMergeCountsWholeAndOnceAndHiddenRowsCountNothing() {
        // H6:I6: 70 + 168 px × 29.33 px = 6981.3 → 6982, whether H6, I6 or both are named.
        #expect(CellArea.pixels(of: ["H6"], in: Self.sheet, dpi: 96) == 6982)
        #expect(CellArea.pixels(of: ["H6", "I6"], in: Self.sheet, dpi: 96) == 6982)
        #expect(CellArea.pixels(of: ["G6:I6"], in: Self.sheet, dpi: 96) == 2464 + 6982)
        #expect(CellArea.pixels(of: ["A4", "C4"], in: Self.sheet, dpi: 96) == 0)
        #expect(CellArea.pixels(of: ["not a cell"], in: Self.sheet, dpi: 96) == 0)
    }
}
