import Foundation
@testable import JixiaoCLI
import JixiaoTestSupport
import Testing
import XLSXReader

/// The streamed dump is the same bytes however it is cut: cells formatted into chunks of any size, a sheet's
/// cells waiting in memory or in the temporary file (a spill limit of a few bytes sends every sheet's cells
/// through the file), and the JSON is what `Workbook.cellsDumpJSON` writes from a workbook read whole.
@Suite("Cells dump streaming")
struct CellsDumpTests {
    static let files = ["Tests/Fixtures/forms/huangpu-2021.xlsx", "Tests/Fixtures/forms/panyu-2021.xlsx",
                        "Tests/Fixtures/conformance/calamine/merged_range.xlsx",
                        "Tests/Fixtures/conformance/calamine/date_1904.xlsx"]

    @Test(arguments: files, CellsDump.Format.allCases)
    func theCutChangesNothing(_ file: String, _ format: CellsDump.Format) throws {
        let url = Fixtures.packageRoot.appendingPathComponent(file)
        let whole = try Self.dump(url, path: file, format: format)
        let cut = try Self.dump(url, path: file, format: format, chunkSize: 7, spillAfter: 50)
        #expect(cut == whole)
        #expect(whole.count > 200)
        if format == .json {
            let workbook = try Workbook(contentsOf: url)
            #expect(whole == workbook.cellsDumpJSON(path: file))
        }
    }

    @Test func spillBufferKeepsOrderThroughTheFile() throws {
        let folder = TestFolder()
        let target = folder.url.appendingPathComponent("out.txt")
        let output = try StreamingOutput(path: target.path)
        let buffer = SpillBuffer(memoryLimit: 10)
        var expected: [UInt8] = []
        for index in 0..<1000 {
            let chunk = Array("line \(index)\n".utf8)
            buffer.append(chunk)
            expected += chunk
        }
        output.write("head\n")
        try buffer.drain(into: output)
        try output.commit()
        #expect(try Data(contentsOf: target) == Data("head\n".utf8 + expected))
    }

    static func dump(_ url: URL, path: String, format: CellsDump.Format, chunkSize: Int = 1 << 16,
                     spillAfter: Int = 4 << 20) throws -> String {
        let folder = TestFolder()
        let target = folder.url.appendingPathComponent("dump")
        let output = try StreamingOutput(path: target.path)
        let reader = try WorkbookReader(contentsOf: url)
        try CellsDump.write(reader, sheets: Array(reader.sheets.indices), path: path, format: format, language: .zh,
                            to: output, chunkSize: chunkSize, spillAfter: spillAfter)
        try output.commit()
        return try String(contentsOf: target, encoding: .utf8)
    }
}
