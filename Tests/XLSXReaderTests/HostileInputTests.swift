import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// Broken and hostile files (made by `Tests/Fixtures/hostile/make_hostile.py`) are refused with the precise
/// error kind, never a crash, a hang or a silent partial read.
@Suite("Hostile and broken input")
struct HostileInputTests {
    static let folder = Fixtures.root.appendingPathComponent("hostile")

    static func kind(of name: String, options: ReadOptions = ReadOptions()) -> XLSXError.Kind? {
        do {
            _ = try Workbook(contentsOf: folder.appendingPathComponent(name), options: options)
            return nil
        } catch {
            return error.kind
        }
    }

    @Test func controlFileReads() throws {
        let workbook = try Workbook(contentsOf: Self.folder.appendingPathComponent("minimal-good.xlsx"))
        #expect(workbook.sheets.first?.cells.map(\.value) == [.text("部门名称"), .number("1505.02")])
    }

    @Test(arguments: [
        ("doctype-entity.xlsx", XLSXError.Kind.forbiddenDTD),
        ("quadratic-entity.xlsx", .forbiddenDTD),
        ("column-past-xfd.xlsx", .cellOutOfRange),
        ("row-past-limit.xlsx", .cellOutOfRange),
        ("bad-reference.xlsx", .cellOutOfRange),
        ("no-workbook-part.xlsx", .missingPart),
        ("no-sheet-part.xlsx", .missingPart),
        ("malformed-sheet.xlsx", .malformedXML),
        ("html-named-xlsx.xlsx", .notZip),
        ("legacy-97-2003.xls", .legacyXLS),
        ("truncated.xlsx", .damagedZip),
        ("does-not-exist.xlsx", .fileUnreadable),
    ])
    func refused(_ name: String, _ expected: XLSXError.Kind) {
        #expect(Self.kind(of: name) == expected, "\(name)")
    }

    @Test func errorNamesThePartAndSheet() {
        do {
            _ = try Workbook(contentsOf: Self.folder.appendingPathComponent("column-past-xfd.xlsx"))
            Issue.record("read a cell past XFD")
        } catch {
            #expect(error.sheet == "Sheet1")
            #expect(error.cell == "XFE1")
            #expect(error.part == "xl/worksheets/sheet1.xml")
        }
    }

    @Test func sizeCapCountsInflatedBytes() {
        var options = ReadOptions()
        options.maxEntrySize = 1 << 20
        #expect(Self.kind(of: "inflates-3mb.xlsx", options: options) == .entryTooLarge)
        #expect(Self.kind(of: "inflates-3mb.xlsx") == nil, "under the default cap the file is fine")
    }

    @Test func declaredSizeIsNotTrusted() {
        // The headers declare 1,000 bytes; the entry inflates to 2 MB.
        var options = ReadOptions()
        options.maxEntrySize = 1 << 20
        #expect(Self.kind(of: "lying-size.xlsx", options: options) == .entryTooLarge)
    }

    @Test func compressionRatioIsChecked() {
        var options = ReadOptions()
        options.maxCompressionRatio = 50
        #expect(Self.kind(of: "inflates-3mb.xlsx", options: options) == .entryTooLarge)
    }
}

@Suite("Budgets")
struct BudgetTests {
    @Test func fileSizeLimit() {
        var options = ReadOptions()
        options.maxFileSize = 1000
        #expect(HostileInputTests.kind(of: "inflates-3mb.xlsx", options: options) == .fileTooLarge)
    }

    @Test func timeLimitStopsReading() {
        var options = ReadOptions()
        options.timeLimit = .zero
        #expect(HostileInputTests.kind(of: "minimal-good.xlsx", options: options) == .timeLimitExceeded)
        options.timeLimit = .seconds(30)
        #expect(HostileInputTests.kind(of: "minimal-good.xlsx", options: options) == nil)
    }
}
