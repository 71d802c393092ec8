import Foundation
import JixiaoTestSupport
import Testing

/// The comparison on made-up pages: what counts as differing (more than the tolerance), per page and overall,
/// the 1 % + allowance test, and pages that cannot be compared.
@Suite("Page comparison")
struct PageComparisonTests {
    static func page(_ width: Int, _ height: Int, level: UInt8 = 255, changes: [Int: UInt8] = [:]) -> PageImage {
        var pixels = [UInt8](repeating: level, count: width * height)
        for (index, value) in changes { pixels[index] = value }
        return PageImage(width: width, height: height, pixels: pixels)
    }

    @Test func identicalPagesDifferNowhere() throws {
        let pages = [Self.page(10, 10, changes: [3: 0]), Self.page(10, 10)]
        let comparison = try PageComparison(pages, pages)
        #expect(comparison.differing == [0, 0])
        #expect(comparison.fraction == 0)
        #expect(comparison.description == "2 pages: 0 of 100 (0.000 %), 0 of 100 (0.000 %)")
    }

    @Test func onlyDifferencesBeyondTheToleranceCount() throws {
        // 255 → 223 is 32 levels (alike); 255 → 222 is 33 (different); 255 → 0 different.
        let original = [Self.page(10, 10), Self.page(10, 10)]
        let other = [Self.page(10, 10, changes: [0: 223, 1: 222, 2: 0]), Self.page(10, 10, changes: [99: 0])]
        let comparison = try PageComparison(original, other)
        #expect(comparison.tolerance == 32)
        #expect(comparison.differing == [2, 1])
        #expect(comparison.pixels == [100, 100])
        #expect(comparison.fraction(page: 0) == 0.02)
        #expect(comparison.fraction == 0.015)
        #expect(comparison.description == "2 pages: 2 of 100 (2.000 %), 1 of 100 (1.000 %)")
        #expect(try PageComparison(original, other, tolerance: 0).differing == [3, 1])
    }

    @Test func theAllowanceIsOnePercentOfEachPagePlusTheCells() throws {
        let comparison = try PageComparison([Self.page(10, 10)], [Self.page(10, 10, changes: [5: 0, 6: 0])])
        #expect(!comparison.isWithin(fraction: 0.01))               // 2 > 1
        #expect(comparison.isWithin(fraction: 0.01, plus: 1))       // 2 ≤ 1 + 1
        #expect(comparison.isWithin(fraction: 0.02))
    }

    @Test func pagesThatCannotBeComparedAreRefused() {
        #expect(throws: PageMismatch.pageCount(1, 2)) {
            try PageComparison([Self.page(4, 4)], [Self.page(4, 4), Self.page(4, 4)])
        }
        #expect(throws: PageMismatch.pageSize(page: 1, original: [4, 4], other: [4, 5])) {
            try PageComparison([Self.page(4, 4), Self.page(4, 4)], [Self.page(4, 4), Self.page(4, 5)])
        }
        #expect(PageMismatch.pageSize(page: 1, original: [4, 4], other: [4, 5]).description == "page 2 is 4×4 against 4×5")
    }
}
