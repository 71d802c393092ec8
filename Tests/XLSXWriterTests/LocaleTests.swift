import JixiaoTestSupport
import Foundation
import Testing
import XLSXReader
import XLSXWriter
#if canImport(Glibc)
import Glibc
#endif

/// Numbers are written with '.' whatever the numeric locale says. libxlsxwriter 1.1.4 formats with
/// `snprintf`, which under `de_DE.UTF-8` writes `<v>1505,02</v>` (measured with a plain C program).
///
/// The test builds a comma-decimal locale with `localedef` into a temporary folder and switches only its own
/// thread to it (`uselocale`), so other tests running in parallel are not affected. The test body has no
/// suspension point, so it stays on that thread.
@Suite("Numeric locale")
struct LocaleTests {
    static let canBuildCommaLocale = FileManager.default.isExecutableFile(atPath: "/usr/bin/localedef")
        && FileManager.default.fileExists(atPath: "/usr/share/i18n/locales/de_DE")

    static func makeCommaLocale(in folder: URL) throws -> locale_t? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/localedef")
        process.arguments = ["-i", "de_DE", "-f", "UTF-8", folder.appendingPathComponent("de_DE.UTF-8").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // LOCPATH is read when the locale is loaded; set it only for that moment.
        let previous = getenv("LOCPATH").map { String(cString: $0) }
        setenv("LOCPATH", folder.path, 1)
        defer {
            if let previous { setenv("LOCPATH", previous, 1) } else { unsetenv("LOCPATH") }
        }
        return newlocale(LC_NUMERIC_MASK, "de_DE.UTF-8", nil)
    }

    @Test(.enabled(if: canBuildCommaLocale))
    func numbersUseAPointUnderACommaLocale() throws {
        let folder = TestFolder()
        let comma = try #require(try Self.makeCommaLocale(in: folder.url))
        let previous = uselocale(comma)
        defer {
            uselocale(previous)
            freelocale(comma)
        }
        #expect(String(cString: localeconv().pointee.decimal_point) == ",")

        for constantMemory in [false, true] {
            let url = folder.file("locale-\(constantMemory).xlsx")
            let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(constantMemory: constantMemory))
            let sheet = try workbook.addWorksheet(named: "表")
            try sheet.setColumnWidth(12, columns: 0...0)
            try sheet.setRowHeight(20.5, row: 0)
            try sheet.writeNumber(Decimal(string: "1505.02")!, row: 0, column: 0,
                                  style: CellStyle(fontSize: 10.5, numberFormat: "#,##0.00"))
            try sheet.writeFormula("A1*2", cachedNumber: 3010.04, row: 1, column: 0)
            try sheet.writeNumber(-353.99, row: 2, column: 0)
            try workbook.close()

            let cells = try ReadBack(url).cells()
            #expect(cells["A1"]?.value == .number("1505.02"), "constantMemory \(constantMemory)")
            #expect(cells["A2"]?.value == .number("3010.04"), "constantMemory \(constantMemory)")
            #expect(cells["A3"]?.value == .number("-353.99"), "constantMemory \(constantMemory)")
            let sheetXML = try PackageParts.text("xl/worksheets/sheet1.xml", in: url)
            #expect(!sheetXML.contains(","), "a comma in the sheet XML, constantMemory \(constantMemory)")
            #expect(sheetXML.contains("ht=\"20.5\""))
            let styles = try PackageParts.text("xl/styles.xml", in: url)
            #expect(styles.contains("<sz val=\"10.5\"/>"))
        }
        // The caller's locale is left as it was.
        #expect(String(cString: localeconv().pointee.decimal_point) == ",")
    }
}
