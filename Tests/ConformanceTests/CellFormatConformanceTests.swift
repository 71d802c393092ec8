import Foundation
@testable import JixiaoCLI
import JixiaoTestSupport
import Testing
import XLSXReader

/// Every non-empty cell's format (font, fill, border, alignment, protection) against what openpyxl reports for
/// the same cell, for 266 fixtures (the conformance corpus, forms, variants, layouts, workbooks and the format
/// fixtures): `Tests/Fixtures/formats/*.formats.json`, made by `make_formats.py`. Colours compare as the file
/// states them (openpyxl does not resolve theme colours); the rules are in that folder's README.
@Suite("Cell formats against openpyxl")
struct CellFormatConformanceTests {
    static let folder = Fixtures.root.appendingPathComponent("formats")
    static let cases = Fixtures.files(in: folder, suffix: ".formats.json").map(\.lastPathComponent)

    @Test func everyFixtureHasItsGolden() {
        #expect(Self.cases.count == 266)
    }

    @Test(arguments: cases)
    func matchesOpenpyxl(_ name: String) throws {
        let golden = try #require(try JSONDiff.parse(contentsOf: Self.folder.appendingPathComponent(name))
            as? [String: Any])
        let file = try #require(golden["file"] as? String)
        let formats = try #require(golden["formats"] as? [Any])
        let expectedCells = try #require(golden["cells"] as? [String: [String: Int]])
        let workbook = try Workbook(contentsOf: Fixtures.root.appendingPathComponent(file))
        var compared = 0, differences: [String] = []
        for sheet in workbook.sheets {
            let expected = expectedCells[sheet.name] ?? [:]
            let found = Set(sheet.cells.map(\.reference.description))
            for ref in expected.keys.sorted() where !found.contains(ref) { differences.append("\(sheet.name)!\(ref): not read") }
            for cell in sheet.cells {
                guard let index = expected[cell.reference.description] else { continue }
                var out: [UInt8] = []
                CellFormatJSON.append(workbook.format(of: cell), index: cell.styleIndex, to: &out)
                var actual = try #require(Self.statedOnly(try JSONDiff.parse(String(decoding: out, as: UTF8.self)))
                    as? [String: Any])
                if (formats[index] as? [String: Any])?["border"] is NSNull { actual["border"] = NSNull() }
                if let difference = JSONDiff.firstDifference(expected: formats[index], actual: actual,
                                                             path: "\(sheet.name)!\(cell.reference)") {
                    differences.append(difference)
                }
                compared += 1
            }
        }
        #expect(compared == expectedCells.values.reduce(0) { $0 + $1.count }, "\(file)")
        #expect(differences.isEmpty, "\(file): \(differences.prefix(5).joined(separator: "; "))")
    }

    /// Our `style` object as openpyxl can report it: no style index, no resolved `argb`, and an RGB colour of
    /// all zeros (openpyxl's default for a missing `fgColor`/`bgColor`) as none. (A merged range's top-left
    /// cell has no border in the golden: openpyxl reports the range's edges there.)
    static func statedOnly(_ value: Any) -> Any {
        switch value {
        case var object as [String: Any]:
            object["index"] = nil
            object["argb"] = nil
            if object.count == 2, object["rgb"] as? String == "00000000", (object["tint"] as? NSNumber)?.doubleValue == 0 {
                return NSNull()
            }
            return object.mapValues(statedOnly)
        case let array as [Any]:
            return array.map(statedOnly)
        default:
            return value
        }
    }
}
