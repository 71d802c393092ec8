import Foundation
@testable import JixiaoCLI
import JixiaoTestSupport
import Testing
import XLSXReader

/// The reader against 128 real files from Excel, LibreOffice, WPS, Gnumeric, openpyxl, SheetJS and others:
/// the cells-dump JSON of each (`jixiao cells`'s, hence here) must equal its `NAME.expected.json` once the cells
/// named in `left-out.json` (where independent readers disagree, or the contract is silent) are dropped.
@Suite("Conformance corpus")
struct ReaderConformanceTests {
    static let corpus = ConformanceCorpus.folder
    static let cases = ConformanceCorpus.cases

    @Test func corpusIsComplete() {
        #expect(Self.cases.count == 128)
    }

    @Test(arguments: cases)
    func matchesExpected(_ file: String) throws {
        let workbook = try Workbook(contentsOf: Self.corpus.appendingPathComponent(file))
        let actual = try JSONDiff.parse(workbook.cellsDumpJSON(path: file))
        let normalisedActual = ConformanceCorpus.normalise(actual, dropping: ConformanceCorpus.leftOut[file] ?? [:])
        let normalisedExpected = ConformanceCorpus.normalise(try ConformanceCorpus.expected(file), dropping: [:])
        let difference = JSONDiff.firstDifference(expected: normalisedExpected, actual: normalisedActual)
        #expect(difference == nil, "\(file): \(difference ?? "")")
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
