import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// The instrument on real renderings (LibreOffice and pdftoppm, which `Scripts/setup.sh --for-tests`
/// installs; without them these fail, saying so): a workbook against itself, against a copy with one cell's
/// value changed (the wrong 执行率 G6 90.00% corrected to 98.00%) and against a copy with column D widened
/// (20 → 30 characters), all made by openpyxl from one description (Tests/Fixtures/own-layout).
/// One at a time: each starts LibreOffice.
@Suite("Page rendering (LibreOffice)", .serialized)
struct PageRenderingTests {
    static let folder = Fixtures.root.appendingPathComponent("own-layout")
    static let original = folder.appendingPathComponent("mof-grid-styled.openpyxl.xlsx")
    static let renderer = PageRenderer(dpi: 75)

    static func render(_ url: URL) throws -> [PageImage] {
        try #require(renderer.soffice != nil && renderer.pdftoppm != nil,
                     "LibreOffice or pdftoppm is not installed: run Scripts/setup.sh --for-tests")
        return try renderer.render(url)
    }

    @Test func aWorkbookAgainstItselfDiffersNowhereAndIsLeftAlone() throws {
        let before = try Data(contentsOf: Self.original)
        let first = try Self.render(Self.original), second = try Self.render(Self.original)
        // One A4 landscape page (841.89 × 595.30 pt) at 75 dpi.
        #expect(first.count == 1)
        #expect(first.map { [$0.width, $0.height] } == [[877, 621]])
        #expect(first[0].pixels.contains { $0 < 128 })               // something is printed
        let comparison = try PageComparison(first, second)
        #expect(comparison.differing == [0])
        #expect(try Data(contentsOf: Self.original) == before)
    }

    @Test func oneChangedCellDiffersLittleAndWithinItsArea() throws {
        let sheet = try Workbook(contentsOf: Self.original).sheets[0]
        let allowance = CellArea.pixels(of: ["G6"], in: sheet, dpi: Self.renderer.dpi)
        let comparison = try PageComparison(try Self.render(Self.original),
                                            try Self.render(Self.folder.appendingPathComponent("mof-grid-styled.one-cell-changed.openpyxl.xlsx")))
        #expect(comparison.differing[0] > 0, "\(comparison)")
        #expect(comparison.differing[0] <= allowance, "\(comparison), allowance \(allowance)")
        #expect(comparison.isWithin(fraction: 0.01, plus: allowance))
        #expect(comparison.fraction < 0.01, "\(comparison)")
    }

    @Test func aWiderColumnDiffersOverOnePercent() throws {
        let comparison = try PageComparison(try Self.render(Self.original),
                                            try Self.render(Self.folder.appendingPathComponent("mof-grid-styled.wider-column.openpyxl.xlsx")))
        #expect(comparison.fraction > 0.01, "\(comparison)")
        let sheet = try Workbook(contentsOf: Self.original).sheets[0]
        #expect(!comparison.isWithin(fraction: 0.01, plus: CellArea.pixels(of: ["G6"], in: sheet, dpi: Self.renderer.dpi)))
    }

    @Test func withoutLibreOfficeItSaysWhatToInstall() {
        let hidden = PageRenderer(environment: ["JIXIAO_SOFFICE": "/nonexistent/soffice", "PATH": ""])
        #expect(hidden.soffice == nil)
        #expect(throws: PageRenderError.programNotFound("LibreOffice (soffice)")) { try hidden.render(Self.original) }
        #expect(PageRenderError.programNotFound("LibreOffice (soffice)").description
                == "LibreOffice (soffice) is not installed: run Scripts/setup.sh --for-tests (LibreOffice, poppler-utils, a CJK font)")
    }
}
