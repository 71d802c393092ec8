import JixiaoTestSupport
import Foundation
import Testing
import XLSXReader
import XLSXWriter

/// The destination holds the old file or the complete new one, never a partial one, and nothing else is left.
@Suite("Atomic output")
struct AtomicOutputTests {
    func writeSmallWorkbook(_ url: URL, text: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let workbook = try WorkbookWriter(writingTo: url, options: options)
        try workbook.addWorksheet(named: "表").writeText(text, row: 0, column: 0)
        try workbook.close()
    }

    @Test func existingFileIsRefusedAndKeptByteForByte() throws {
        let folder = TestFolder()
        let url = folder.file("报表.xlsx")
        try writeSmallWorkbook(url, text: "old")
        let before = try Data(contentsOf: url)

        let error = #expect(throws: XLSXWriterError.self) { try WorkbookWriter(writingTo: url) }
        #expect(error?.kind == .destinationExists)
        #expect(try Data(contentsOf: url) == before)
        #expect(folder.contents == ["报表.xlsx"])
    }

    @Test func overwriteReplacesTheFile() throws {
        let folder = TestFolder()
        let url = folder.file("报表.xlsx")
        try writeSmallWorkbook(url, text: "old")
        try writeSmallWorkbook(url, text: "new", options: WorkbookOptions(overwrite: true))
        #expect(try ReadBack(url).cells()["A1"]?.value == .text("new"))
        #expect(folder.contents == ["报表.xlsx"])
    }

    @Test func nothingExistsUntilClose() throws {
        let folder = TestFolder()
        let url = folder.file("later.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        try workbook.addWorksheet(named: "表").writeText("x", row: 0, column: 0)
        #expect(folder.contents == [])
        try workbook.close()
        #expect(folder.contents == ["later.xlsx"])
    }

    @Test func droppedWorkbookLeavesNothing() throws {
        let folder = TestFolder()
        for constantMemory in [false, true] {
            let workbook = try WorkbookWriter(writingTo: folder.file("dropped.xlsx"),
                                              options: WorkbookOptions(constantMemory: constantMemory))
            let sheet = try workbook.addWorksheet(named: "表")
            for row in 0..<500 { try sheet.writeNumber(Double(row), row: row, column: 0) }
            // A failure mid-way: the caller gives up and drops the writer.
            #expect(throws: XLSXWriterError.self) { try sheet.writeNumber(Double.nan, row: 500, column: 0) }
        }
        #expect(folder.contents == [])
    }

    @Test func fileAppearingDuringTheWriteIsNotOverwritten() throws {
        let folder = TestFolder()
        let url = folder.file("race.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        try workbook.addWorksheet(named: "表").writeText("mine", row: 0, column: 0)
        let theirs = Data("someone else's file".utf8)
        try theirs.write(to: url)

        let error = #expect(throws: XLSXWriterError.self) { try workbook.close() }
        #expect(error?.kind == .destinationExists)
        #expect(try Data(contentsOf: url) == theirs)
        #expect(folder.contents == ["race.xlsx"])
        #expect(workbook.isClosed)
    }

    @Test func failedMoveRemovesTheTemporaryFile() throws {
        let folder = TestFolder()
        let url = folder.file("blocked.xlsx")
        let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(overwrite: true))
        try workbook.addWorksheet(named: "表").writeText("x", row: 0, column: 0)
        // A non-empty folder where the file should go: rename(2) cannot replace it.
        try FileManager.default.createDirectory(at: url.appendingPathComponent("inside"), withIntermediateDirectories: true)

        let error = #expect(throws: XLSXWriterError.self) { try workbook.close() }
        #expect(error?.kind == .fileSystem)
        #expect(folder.contents == ["blocked.xlsx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path) == ["inside"])
    }

    @Test func failedLibraryCloseLeavesNothing() throws {
        let folder = TestFolder()
        let inner = folder.url.appendingPathComponent("gone")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        let workbook = try WorkbookWriter(writingTo: inner.appendingPathComponent("x.xlsx"))
        try workbook.addWorksheet(named: "表").writeText("x", row: 0, column: 0)
        try FileManager.default.removeItem(at: inner)

        let error = #expect(throws: XLSXWriterError.self) { try workbook.close() }
        #expect(error?.kind == .outputFile)
        #expect(error?.libraryCode == 2)
        #expect(error?.systemCode == ENOENT, "the system's reason is kept for the user's message")
        #expect(error?.detail?.isEmpty == false)
        #expect(folder.contents == [])
    }

    /// libxlsxwriter prints `[ERROR] workbook_close(): Error creating '….tmp'` to C's stderr when it fails; the
    /// writer reports the failure itself, so nothing reaches the process's standard error.
    @Test func aFailedCloseLeavesTheLibrarysOwnLineUnprinted() throws {
        let folder = TestFolder()
        let inner = folder.url.appendingPathComponent("gone")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        let workbook = try WorkbookWriter(writingTo: inner.appendingPathComponent("x.xlsx"))
        try workbook.addWorksheet(named: "表").writeText("x", row: 0, column: 0)
        try FileManager.default.removeItem(at: inner)

        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let saved = dup(STDERR_FILENO)
        dup2(ends[1], STDERR_FILENO)
        let error = #expect(throws: XLSXWriterError.self) { try workbook.close() }
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        close(ends[1])
        let printed = String(decoding: FileHandle(fileDescriptor: ends[0], closeOnDealloc: true).readDataToEndOfFile(),
                             as: UTF8.self)
        #expect(error?.kind == .outputFile)
        #expect(!printed.contains("[ERROR]"), "printed: \(printed)")
    }

    @Test func aLinkedDestinationReplacesTheFileAndKeepsTheLink() throws {
        let folder = TestFolder()
        let real = folder.file("real.xlsx")
        try writeSmallWorkbook(real, text: "old")
        let link = folder.file("link.xlsx")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try writeSmallWorkbook(link, text: "new", options: WorkbookOptions(overwrite: true))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try ReadBack(real).cells()["A1"]?.value == .text("new"))
        #expect(folder.contents == ["link.xlsx", "real.xlsx"])
    }

    @Test func aDeviceIsNeverReplaced() throws {
        for device in ["/dev/null", "/dev/full"] {
            let error = #expect(throws: XLSXWriterError.self) {
                try WorkbookWriter(writingTo: URL(fileURLWithPath: device), options: WorkbookOptions(overwrite: true))
            }
            #expect(error?.kind == .destinationUnusable)
            var info = stat()
            #expect(stat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        }
    }

    @Test func customPropertiesAreWrittenAndReadBack() throws {
        let folder = TestFolder()
        let url = folder.file("marked.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        try workbook.addWorksheet(named: "表").writeText("x", row: 0, column: 0)
        try workbook.setProperties(DocumentProperties(title: "汇总", custom: ["jixiao-output": "summary", "审核人": "张三"]))
        try workbook.close()
        let xml = try PackageParts.text("docProps/custom.xml", in: url)
        #expect(xml.contains("name=\"jixiao-output\"><vt:lpwstr>summary</vt:lpwstr>"))
        #expect(try WorkbookReader(contentsOf: url).customProperties() == ["jixiao-output": "summary", "审核人": "张三"])

        let plain = folder.file("plain.xlsx")
        try writeSmallWorkbook(plain, text: "x")
        #expect(try WorkbookReader(contentsOf: plain).customProperties().isEmpty)
        let tooLong = String(repeating: "名", count: 256)
        let refused = try WorkbookWriter(writingTo: folder.file("refused.xlsx"))
        let error = #expect(throws: XLSXWriterError.self) {
            try refused.setProperties(DocumentProperties(custom: [tooLong: "x"]))
        }
        #expect(error?.kind == .textTooLong)
    }

    @Test func unusableDestinationsAreRefusedUpFront() throws {
        let folder = TestFolder()
        let missing = #expect(throws: XLSXWriterError.self) {
            try WorkbookWriter(writingTo: folder.url.appendingPathComponent("no/such/folder/x.xlsx"))
        }
        #expect(missing?.kind == .destinationUnusable)
        let isFolder = #expect(throws: XLSXWriterError.self) {
            try WorkbookWriter(writingTo: folder.url, options: WorkbookOptions(overwrite: true))
        }
        #expect(isFolder?.kind == .destinationUnusable)
        #expect(folder.contents == [])
    }

    @Test func longDestinationNamesStillGetATemporaryName() throws {
        let folder = TestFolder()
        let name = String(repeating: "绩", count: 80) + ".xlsx"   // 245 bytes: the temporary name is cut
        try writeSmallWorkbook(folder.file(name), text: "x")
        #expect(folder.contents == [name])
    }

    @Test func libraryTemporaryFilesGoToTheChosenFolder() throws {
        let folder = TestFolder()
        let scratch = TestFolder()
        let url = folder.file("scratch.xlsx")
        try writeSmallWorkbook(url, text: "x", options: WorkbookOptions(constantMemory: true,
                                                                      temporaryDirectory: scratch.url))
        #expect(try ReadBack(url).cells()["A1"]?.value == .text("x"))
        // libxlsxwriter unlinks its temporary files at once; none may remain.
        #expect(scratch.contents == [])
    }
}
