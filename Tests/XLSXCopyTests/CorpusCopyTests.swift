import Foundation
import JixiaoTestSupport
import Testing
import XLSXCopy
import XLSXReader
import XLSXWriter

/// Every workbook of the reader's conformance corpus (Excel, LibreOffice, WPS, Google Sheets, scripts) copies,
/// or fails with a typed error naming its place, never a crash; a copy reads back with the same sheets, values
/// and formulas.
@Suite("The conformance corpus copies")
struct CorpusCopyTests {
    static let files: [String] = ["calamine", "sheetjs"].flatMap { folder in
        Fixtures.files(in: Fixtures.conformance.appendingPathComponent(folder), suffix: ".xlsx")
            .map { folder + "/" + $0.lastPathComponent }
    }

    @Test(arguments: files)
    func copiesWithItsValues(_ path: String) throws {
        let source = Fixtures.conformance.appendingPathComponent(path)
        guard let original = try? Workbook(contentsOf: source, options: .copying) else { return }   // unreadable: the reader's tests
        let folder = TestFolder()
        let output = folder.file("copy.xlsx")
        do {
            let writer = try WorkbookCopier(original).write(to: output, options: WorkbookOptions(), edits: [])
            try writer.close()
        } catch {
            // A refusal must say where; a crash would end the run.
            #expect(error.sheet != nil || error.kind == .invalidDefinedName, "\(path): \(error)")
            return
        }
        let copy = try Workbook(contentsOf: output, options: .copying)
        let differences = WorkbookDifferences(original: original, copy: copy).lines
            .filter { $0.contains(" value:") || $0.contains(" formula:") || $0.hasPrefix("sheets") || $0.contains(" cells:") }
        #expect(differences.isEmpty, "\(path): \(differences.prefix(8).joined(separator: "\n"))")
    }
}
