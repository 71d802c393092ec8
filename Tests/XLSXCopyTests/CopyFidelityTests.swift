import Foundation
import JixiaoTestSupport
import Testing
import XLSXCopy
import XLSXReader
import XLSXWriter

/// Real workbooks made by other programs, copied without edits and read back: every cell's value, formula and
/// format, the merges and the layout must equal the original's (``WorkbookDifferences`` lists any difference).
@Suite("Copies equal their originals")
struct CopyFidelityTests {
    static let files: [String] = [
        "forms/huangpu-2021.xlsx", "forms/huangpu-2021.openpyxl.xlsx", "forms/huangpu-2021.libreoffice.xlsx",
        "forms/panyu-2021.xlsx", "forms/blank-form.xlsx",
        "sheet-layout/hand.xlsx", "sheet-layout/libreoffice.xlsx", "sheet-layout/openpyxl.xlsx",
        "sheet-layout/xlsxwriter.xlsx",
        // Rich text: runs in their own fonts, inline (openpyxl) and shared (LibreOffice).
        "rich-text/rich-text.openpyxl.xlsx", "own-layout/mof-grid-styled.libreoffice.xlsx",
        "own-layout/panyu-2021-styled.libreoffice.xlsx",
    ] + Fixtures.files(in: Fixtures.root.appendingPathComponent("variants"), suffix: ".xlsx")
        .map { "variants/" + $0.lastPathComponent }

    @Test(arguments: files)
    func copyReadsBackEqual(_ path: String) throws {
        let source = Fixtures.root.appendingPathComponent(path)
        let original = try Workbook(contentsOf: source, options: .copying)
        let folder = TestFolder()
        let output = folder.file("copy.xlsx")
        let writer = try WorkbookCopier(original).write(to: output, options: WorkbookOptions(), edits: [])
        try writer.close()
        // COPY_KEEP=folder keeps each copy there, to open or render by hand.
        if let keep = ProcessInfo.processInfo.environment["COPY_KEEP"] {
            let kept = URL(fileURLWithPath: keep).appendingPathComponent(path.replacingOccurrences(of: "/", with: "--"))
            try? FileManager.default.removeItem(at: kept)
            try FileManager.default.copyItem(at: output, to: kept)
        }
        let copy = try Workbook(contentsOf: output, options: .copying)
        let differences = WorkbookDifferences(original: original, copy: copy).lines
        #expect(differences.isEmpty, "\(path): \(differences.count) differences, first: \(differences.prefix(12).joined(separator: "\n"))")
    }
}
