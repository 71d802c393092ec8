import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// The reader against 128 real files from Excel, LibreOffice, WPS, Gnumeric, openpyxl, SheetJS and others:
/// the cells-dump JSON of each must equal its `NAME.expected.json` once the cells named in `left-out.json`
/// (where independent readers disagree, or the contract is silent) are dropped.
@Suite("Conformance corpus")
struct ConformanceTests {
    static let corpus = Fixtures.conformance
    static let cases: [String] = Fixtures.files(in: corpus, suffix: ".expected.json")
        .map { $0.path.replacingOccurrences(of: corpus.path + "/", with: "")
            .replacingOccurrences(of: ".expected.json", with: ".xlsx") }

    /// `file` → `sheet` → refs to drop.
    static let leftOut: [String: [String: Set<String>]] = {
        guard let records = try? JSONDiff.parse(contentsOf: corpus.appendingPathComponent("left-out.json"))
                as? [[String: Any]] else { return [:] }
        var result: [String: [String: Set<String>]] = [:]
        for record in records {
            guard let file = record["file"] as? String, let sheet = record["sheet"] as? String,
                  let ref = record["ref"] as? String else { continue }
            result[file, default: [:]][sheet, default: []].insert(ref)
        }
        return result
    }()

    @Test func corpusIsComplete() {
        #expect(Self.cases.count == 128)
    }

    @Test(arguments: cases)
    func matchesExpected(_ file: String) throws {
        let workbook = try Workbook(contentsOf: Self.corpus.appendingPathComponent(file))
        let actual = try JSONDiff.parse(workbook.cellsDumpJSON(path: file))
        let expectedURL = Self.corpus.appendingPathComponent(file.replacingOccurrences(of: ".xlsx", with: ".expected.json"))
        let expected = try JSONDiff.parse(contentsOf: expectedURL)
        let normalisedActual = Self.normalise(actual, dropping: Self.leftOut[file] ?? [:])
        let normalisedExpected = Self.normalise(expected, dropping: [:])
        let difference = JSONDiff.firstDifference(expected: normalisedExpected, actual: normalisedActual)
        #expect(difference == nil, "\(file): \(difference ?? "")")
    }

    /// Drops left-out cells, keys cells by ref, sorts merges (compared as a set), ignores `path`.
    static func normalise(_ document: Any, dropping leftOut: [String: Set<String>]) -> Any {
        guard var root = document as? [String: Any], let sheets = root["sheets"] as? [[String: Any]] else { return document }
        root["path"] = nil
        root["sheets"] = sheets.map { sheet -> [String: Any] in
            var sheet = sheet
            let name = sheet["name"] as? String ?? ""
            let drop = leftOut[name] ?? []
            let cells = (sheet["cells"] as? [[String: Any]] ?? []).filter { !drop.contains($0["ref"] as? String ?? "") }
            var byRef: [String: Any] = [:]
            for cell in cells { byRef[cell["ref"] as? String ?? ""] = cell }
            sheet["cells"] = byRef
            sheet["merges"] = (sheet["merges"] as? [String] ?? []).sorted()
            return sheet
        }
        return root
    }

    @Test(arguments: ["bad/issue252.xlsx", "bad/pass_protected.xlsx"])
    func badFilesAreRefused(_ file: String) {
        #expect(throws: XLSXError.self) {
            _ = try Workbook(contentsOf: Self.corpus.appendingPathComponent(file))
        }
    }

    @Test func encryptedWorkbookIsNamedAsSuch() {
        #expect {
            _ = try Workbook(contentsOf: Self.corpus.appendingPathComponent("bad/pass_protected.xlsx"))
        } throws: { ($0 as? XLSXError)?.kind == .encrypted }
    }

    @Test func badChecksumIsACorruptEntry() {
        #expect {
            _ = try Workbook(contentsOf: Self.corpus.appendingPathComponent("bad/issue252.xlsx"))
        } throws: { error in
            guard let error = error as? XLSXError else { return false }
            return error.kind == .corruptEntry || error.kind == .malformedXML
        }
    }
}
