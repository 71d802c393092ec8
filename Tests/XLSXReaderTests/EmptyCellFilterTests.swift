import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXReader

/// The byte filter that keeps empty styled cells away from XMLParser changes nothing the reader gives.
@Suite("Empty cell filter")
struct EmptyCellFilterTests {
    /// The filter's output for `xml`, fed in chunks of `chunk` bytes (1 splits every token).
    func filtered(_ xml: String, chunk: Int = 1 << 16) -> (String, Int) {
        var filter = EmptyCellFilter()
        var output: [UInt8] = []
        let bytes = Array(xml.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            bytes[start..<end].withUnsafeBufferPointer { filter.process($0, into: &output) }
            start = end
        }
        filter.finish(into: &output)
        return (String(decoding: output, as: UTF8.self), filter.removed)
    }

    @Test(arguments: [1, 2, 7, 1 << 16])
    func emptyCellsBeforeAnotherReferenceGo(_ chunk: Int) {
        let xml = #"<sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1"/><c r="C1" s="2"/>"#
            + #"</row><row r="2"><c r="A2" s="3"/><c r="B2"><v>5</v></c></row></sheetData>"#
        let (output, removed) = filtered(xml, chunk: chunk)
        #expect(output == #"<sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row><row r="2"><c r="B2"><v>5</v></c></row></sheetData>"#)
        #expect(removed == 3)
    }

    @Test(arguments: [1, 1 << 16])
    func anEmptyCellStaysWhenTheNextCellHasNoReference(_ chunk: Int) {
        // B2 is placed after A2: without A2, it would land in A2.
        let xml = #"<row r="2"><c r="A2" s="3"/><c s="1"><v>5</v></c></row><c r="A3" s="1"/>"#
        let (output, removed) = filtered(xml, chunk: chunk)
        #expect(output == xml)
        #expect(removed == 0)
    }

    @Test func onlyTheExactShapeInContentGoes() {
        let kept = [
            #"<row><c r="A1" s="1" t="s"/><c r="B1"/></row>"#,                 // another attribute
            #"<row><c r='A1' s='1'/><c r="B1"/></row>"#,                        // other quotes
            #"<row><c r="a1" s="1"/><c r="B1"/></row>"#,                        // lower case
            #"<row><c r="XFE1" s="1"/><c r="B1"/></row>"#,                      // outside the grid: must still fail
            #"<row><!-- <c r="A1" s="1"/> --><c r="B1"/></row>"#,               // in a comment
            #"<row><c r="A1"><v><![CDATA[<c r="B1" s="1"/>]]></v></c></row>"#, // in CDATA
            #"<row><c r="A1"><c r="B1" s="1"/><v>1</v></c></row>"#,             // inside an open cell
            #"<row><x r="<c r=&quot;B1&quot; s=&quot;1&quot;/>"/></row>"#,     // in an attribute
        ]
        for xml in kept { #expect(filtered(xml).0 == xml, "\(xml)") }
        #expect(filtered(#"<x:row><x:c r="A1" s="1"/><c r="A1" s="1"/><x:c r="B1" s="2"/></x:row>"#).0
                == #"<x:row><x:c r="A1" s="1"/><x:c r="B1" s="2"/></x:row>"#)
    }

    @Test func aHeldCellIsDecidedByTheNextRowOrTheEndOfTheData() {
        #expect(filtered(#"<row><c r="A1" s="1"/></row>  <row r="2"/>"#).0 == #"<row></row>  <row r="2"/>"#)
        #expect(filtered(#"<row><c r="A1" s="1"/></row></sheetData>"#).0 == #"<row></row></sheetData>"#)
        // The part ends first (malformed): the cell stays.
        #expect(filtered(#"<row><c r="A1" s="1"/></row>"#).0 == #"<row><c r="A1" s="1"/></row>"#)
    }

    @Test func aLargePartWithFewEmptyCellsIsPassedThrough() {
        let row = #"<row><c r="A1"><v>1</v></c><c r="B1" t="s"><v>2</v></c></row>"#
        let data = String(repeating: row, count: 3_000)   // 168 KB, no empty cell
        let tail = #"<row><c r="A9" s="1"/><c r="B9"/></row>"#
        let (output, removed) = filtered(data + tail, chunk: 1 << 16)
        #expect(output == data + tail)
        #expect(removed == 0)
        // A form-sized part with empty cells is filtered whole.
        #expect(filtered(String(repeating: tail, count: 300)).1 == 300)
    }

    /// Every sheet of every file the tests have (128 conformance files, the forms, the hostile files): the
    /// cells, merges and errors with the filter are those without it.
    @Test func everySheetReadsTheSameWithAndWithoutTheFilter() throws {
        let files = Fixtures.files(in: Fixtures.conformance, suffix: ".xlsx") + Fixtures.files(in: Fixtures.forms, suffix: ".xlsx")
            + Fixtures.files(in: Fixtures.root.appendingPathComponent("hostile"), suffix: ".xlsx")
            + Fixtures.files(in: Fixtures.root.appendingPathComponent("variants"), suffix: ".xlsx")
        #expect(files.count > 150)
        var removed = 0
        for file in files {
            guard let archive = try? ZipArchive(path: file.path, options: ReadOptions()) else { continue }
            let sheetParts = archive.entryNames.filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }
            for part in sheetParts {
                func read(_ filter: Bool) -> (cells: [Cell], merges: [CellRange], error: XLSXError?) {
                    var cells: [Cell] = []
                    let parser = WorksheetParser(sheetName: part, sharedStrings: Array(repeating: "s", count: 100_000),
                                                 formats: [], onCell: { cells.append($0) })
                    do {
                        try XMLPartParser.parse(part, in: archive, delegate: parser, filtersEmptyCells: filter)
                        return (cells, parser.merges, nil)
                    } catch {
                        return (cells, parser.merges, error)
                    }
                }
                let plain = read(false), filtered = read(true)
                #expect(plain.cells == filtered.cells, "\(file.lastPathComponent) \(part)")
                #expect(plain.merges == filtered.merges, "\(file.lastPathComponent) \(part)")
                #expect(plain.error == filtered.error, "\(file.lastPathComponent) \(part)")
            }
            removed += try emptyCellsRemoved(from: file)
        }
        #expect(removed > 1000)
    }

    private func emptyCellsRemoved(from file: URL) throws -> Int {
        guard let archive = try? ZipArchive(path: file.path, options: ReadOptions()) else { return 0 }
        var total = 0
        for part in archive.entryNames where part.hasPrefix("xl/worksheets/") && part.hasSuffix(".xml") {
            guard let bytes = try? archive.read(part) else { continue }
            var filter = EmptyCellFilter()
            var output: [UInt8] = []
            bytes.withUnsafeBufferPointer { filter.process($0, into: &output) }
            filter.finish(into: &output)
            total += filter.removed
        }
        return total
    }
}
