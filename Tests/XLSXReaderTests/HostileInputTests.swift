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
        // Invalid UTF-8 where FoundationXML traps (element, attribute and prefix names, PI, comment, a sequence
        // cut short), also under a declaration naming UTF-16; a part in GBK; a DTD in a UTF-16 part.
        ("utf8-element-name.xlsx", .invalidEncoding),
        ("utf8-attribute-name.xlsx", .invalidEncoding),
        ("utf8-pi-target.xlsx", .invalidEncoding),
        ("utf8-comment.xlsx", .invalidEncoding),
        ("utf8-namespace-prefix.xlsx", .invalidEncoding),
        ("utf8-cut-sequence.xlsx", .invalidEncoding),
        ("utf8-declared-utf16.xlsx", .invalidEncoding),
        ("utf8-text-then-name.xlsx", .invalidEncoding),
        ("utf8-entity-name.xlsx", .invalidEncoding),
        ("utf16-doctype.xlsx", .forbiddenDTD),
        ("utf7-doctype.xlsx", .invalidEncoding),
        // Workbooks built to make the reader work.
        ("nested-workbook.xlsx", .nestingTooDeep),
        ("nesting-65.xlsx", .nestingTooDeep),
        ("sheets-4097.xlsx", .tooManySheets),
        ("sheets-one-part.xlsx", .duplicateSheet),
        ("sheet-names-differ-in-case.xlsx", .duplicateSheet),
        // Zip level: sizes that lie, one part twice, parts empty or without a closed root element.
        ("lying-size.xlsx", .corruptEntry),
        ("lying-size-short.xlsx", .corruptEntry),
        ("corrupt-entry-garbage.xlsx", .corruptEntry),
        ("duplicate-entry.xlsx", .duplicateEntry),
        ("duplicate-entry-case.xlsx", .duplicateEntry),
        ("duplicate-entry-backslash.xlsx", .duplicateEntry),
        ("empty-workbook-part.xlsx", .emptyPart),
        ("empty-sheet-part.xlsx", .emptyPart),
        ("rootless-shared-strings.xlsx", .emptyPart),
        ("unclosed-3-bytes-sheet.xlsx", .malformedXML),
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

    @Test func declaredSizeIsHeldTo() throws {
        // The headers declare 1,000 bytes; the entry inflates to 2 MB of valid XML with a correct CRC. Reading
        // stops at byte 1,001, whatever the caps.
        let error = try #require(Self.error(of: "lying-size.xlsx"))
        #expect(error.kind == .corruptEntry)
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.detail == "inflates past the 1000 bytes its headers declare")
        let short = try #require(Self.error(of: "lying-size-short.xlsx"))
        #expect(short.detail?.hasSuffix("its headers declare 5000") == true, "\(short)")
    }

    static func error(of name: String) -> XLSXError? {
        do {
            _ = try Workbook(contentsOf: folder.appendingPathComponent(name))
            return nil
        } catch {
            return error
        }
    }

    @Test func theRefusalNamesThePartAndWhere() throws {
        let element = try #require(Self.error(of: "utf8-element-name.xlsx"))
        #expect(element.part == "xl/worksheets/sheet1.xml" && element.sheet == "Sheet1")
        #expect(element.detail == "not UTF-8 at byte 147")   // the 0xFF in `<ro\xFFw`
        let duplicate = try #require(Self.error(of: "duplicate-entry-case.xlsx"))
        #expect(duplicate.part == "xl/worksheets/Sheet1.xml")
        #expect(duplicate.detail == "entries 5 and 8 are both 'xl/worksheets/sheet1.xml'")
        let onePart = try #require(Self.error(of: "sheets-one-part.xlsx"))
        #expect(onePart.sheet == "B" && onePart.part == "xl/worksheets/Sheet1.xml")
        let sameName = try #require(Self.error(of: "sheet-names-differ-in-case.xlsx"))
        #expect(sameName.sheet == "SHEET1")
        let empty = try #require(Self.error(of: "empty-workbook-part.xlsx"))
        #expect(empty.part == "xl/workbook.xml" && empty.detail == "0 bytes")
    }

    @Test func validFilesAtTheLimitsRead() throws {
        // 64 levels of elements (the cap), a UTF-16 and a GBK shared-strings part read like the control file.
        for name in ["nesting-64.xlsx", "utf16-part.xlsx", "gbk-part.xlsx"] {
            let workbook = try Workbook(contentsOf: Self.folder.appendingPathComponent(name))
            #expect(workbook.sheets.first?.cells.map(\.value) == [.text("部门名称"), .number("1505.02")], "\(name)")
        }
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
