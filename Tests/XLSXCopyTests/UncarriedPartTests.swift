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

    @Test func picturesAreCarriedAndChartsListed() throws {
        // calamine's picture.xlsx: a JPEG on the first sheet, a PNG on the second, each through a drawing: carried.
        let pictures = try uncarried("calamine/picture.xlsx")
        #expect(!pictures.contains { [.image, .drawing, .other].contains($0.kind) }, "\(pictures)")
        // The media fixtures: pictures and conditional formats carried, the chart (with its drawing) named.
        for producer in ["xlsxwriter", "openpyxl", "libreoffice"] {
            let url = Fixtures.root.appendingPathComponent("media/media.\(producer).xlsx")
            let parts = try WorkbookCopier(contentsOf: url).uncarriedParts
            #expect(parts.filter { $0.kind == .chart }.count == 1, "\(producer): \(parts)")
            #expect(parts.filter { $0.kind == .chart }.allSatisfy { $0.sheet != nil && $0.part?.hasPrefix("xl/charts/") == true })
            #expect(!parts.contains { $0.kind == .image }, "\(producer): \(parts)")
            // LibreOffice also writes a data bar's Excel 2010 extension (`x14:conditionalFormatting`), which the
            // reader does not read: named, though the plain rule beside it is carried.
            #expect(parts.contains { $0.kind == .conditionalFormat } == (producer == "libreoffice"), "\(producer): \(parts)")
        }
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
