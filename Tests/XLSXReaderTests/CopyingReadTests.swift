import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// What `ReadOptions.copying` adds: styled blanks kept, the package listed, custom properties read; without it
/// the reader keeps none of them.
@Suite("Reading for a copy")
struct CopyingReadTests {
    @Test func styledBlanksAreKeptOnlyWhenAskedFor() throws {
        // huangpu-2021.xlsx (XlsxWriter) writes a bordered blank for each empty cell of the form.
        let kept = try Workbook(contentsOf: Fixtures.form("huangpu-2021.xlsx"), options: .copying)
        let plain = try Workbook(contentsOf: Fixtures.form("huangpu-2021.xlsx"))
        #expect(plain.sheets[0].styledBlanks.isEmpty)
        let blanks = kept.sheets[0].styledBlanks
        #expect(!blanks.isEmpty)
        #expect(blanks.allSatisfy { $0.value == .empty && $0.formula == nil })
        #expect(blanks.contains { kept.format(of: $0).border.left.style != .none })
        // Blanks are not cells: the cells are the same either way.
        #expect(kept.sheets[0].cells == plain.sheets[0].cells)
        let cellPlaces = Set(kept.sheets[0].cells.map(\.reference))
        #expect(blanks.allSatisfy { !cellPlaces.contains($0.reference) })
    }

    @Test func thePackageIsListedWithOwningSheets() throws {
        let url = Fixtures.conformance.appendingPathComponent("calamine/picture.xlsx")
        let parts = try Workbook(contentsOf: url, options: .copying).packageParts
        let sheets = try Workbook(contentsOf: url).sheets.map(\.name)
        let image = try #require(parts.first { $0.path == "xl/media/image1.jpg" })
        #expect(image.contentType == "image/jpeg")
        #expect(image.sheet == sheets[0])
        #expect(image.relationshipType == "image")
        let drawing = try #require(parts.first { $0.path == "xl/drawings/drawing2.xml" })
        #expect(drawing.sheet == sheets[1] && drawing.relationshipType == "drawing")
        #expect(drawing.contentType == "application/vnd.openxmlformats-officedocument.drawing+xml")
        #expect(parts.first { $0.path == "xl/styles.xml" }?.sheet == nil)
        #expect(try Workbook(contentsOf: url).packageParts.isEmpty)
    }

    @Test func externalHyperlinksAreListedFromTheSheetRelationships() throws {
        let parts = try Workbook(contentsOf: Fixtures.conformance.appendingPathComponent("calamine/hyperlinks.xlsx"),
                                 options: .copying).packageParts
        let links = parts.filter(\.isExternal)
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.relationshipType == "hyperlink" && $0.sheet != nil && $0.contentType == nil })
    }
}
