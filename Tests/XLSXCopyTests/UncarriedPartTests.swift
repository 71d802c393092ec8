import Foundation
import JixiaoTestSupport
import Testing
import XLSXCopy
import XLSXReader

/// What a copy leaves out is named, from the package listing and the sheets' unread elements.
@Suite("Uncarried parts")
struct UncarriedPartTests {
    private func uncarried(_ path: String) throws -> [UncarriedPart] {
        try WorkbookCopier(contentsOf: Fixtures.conformance.appendingPathComponent(path)).uncarriedParts
    }

    @Test func picturesAndTheirDrawingsAreListedWithTheirSheets() throws {
        // calamine's picture.xlsx: a JPEG on the first sheet, a PNG on the second, each through a drawing.
        let parts = try uncarried("calamine/picture.xlsx")
        let sheets = try Workbook(contentsOf: Fixtures.conformance.appendingPathComponent("calamine/picture.xlsx")).sheets
        #expect(parts.filter { $0.kind == .image }.map(\.part) == ["xl/media/image1.jpg", "xl/media/image2.png"])
        #expect(parts.filter { $0.kind == .image }.map(\.sheet) == [sheets[0].name, sheets[1].name])
        #expect(parts.filter { $0.kind == .drawing }.map(\.part) == ["xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"])
        #expect(!parts.contains { $0.kind == .other }, "\(parts)")
    }

    @Test func hyperlinksAreListed() throws {
        let parts = try uncarried("calamine/hyperlinks.xlsx")
        #expect(parts.contains { $0.kind == .hyperlink }, "\(parts)")
    }

    @Test func aPlainFormLeavesNothingOut() throws {
        for form in ["huangpu-2021.xlsx", "huangpu-2021.openpyxl.xlsx", "huangpu-2021.libreoffice.xlsx", "panyu-2021.xlsx"] {
            #expect(try WorkbookCopier(contentsOf: Fixtures.form(form)).uncarriedParts == [], "\(form)")
        }
    }

    @Test func aWorkbookReadWithoutTheListingListsOnlyWhatItsSheetsShow() throws {
        let plain = try Workbook(contentsOf: Fixtures.conformance.appendingPathComponent("calamine/picture.xlsx"))
        #expect(plain.packageParts.isEmpty)
        #expect(WorkbookCopier(plain).uncarriedParts.allSatisfy { $0.part == nil || $0.kind == .gradientFill })
    }
}
