import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXReader

/// A small file is read whole and opened by libzip from memory; a large one is opened by path. Both ways must
/// see the same package, and refuse a bad file the same way.
@Suite("Opening a package from memory or from its path")
struct PackageOpeningTests {
    /// Every file the tests have, opened both ways: the same entries with the same bytes, or the same error.
    @Test func memoryAndPathGiveTheSamePackage() throws {
        let files = Fixtures.files(in: Fixtures.conformance, suffix: ".xlsx") + Fixtures.files(in: Fixtures.forms, suffix: ".xlsx")
            + Fixtures.files(in: Fixtures.root.appendingPathComponent("hostile"), suffix: ".xlsx")
            + [Fixtures.conformance.appendingPathComponent("bad/issue252.xlsx"),
               Fixtures.conformance.appendingPathComponent("bad/pass_protected.xlsx")]
        #expect(files.count > 130)
        var readWhole = 0
        for file in files {
            let options = ReadOptions()
            let fromMemory = open(file, options: options, wholeReadLimit: FileSignature.wholeReadLimit)
            let fromPath = open(file, options: options, wholeReadLimit: -1)
            readWhole += fromMemory.wasWhole ? 1 : 0
            #expect(!fromPath.wasWhole)
            #expect(fromMemory.result == fromPath.result, "\(file.lastPathComponent)")
        }
        #expect(readWhole > 100)
    }

    @Test func signatureErrorsAreTheSameBothWays() throws {
        let folder = TestFolder()
        let html = folder.file("page.xlsx"), empty = folder.file("empty.xlsx"), ole2 = folder.file("old.xlsx")
        try Data("<html><body>not a workbook</body></html>".utf8).write(to: html)
        try Data().write(to: empty)
        try Data(FileSignature.ole2Magic + [UInt8](repeating: 0, count: 504)).write(to: ole2)
        for (file, kind) in [(html, XLSXError.Kind.notZip), (empty, .notZip), (ole2, .legacyXLS)] {
            for limit in [FileSignature.wholeReadLimit, -1] {
                #expect(throws: XLSXError.self) { _ = try FileSignature.check(path: file.path, maxFileSize: 1 << 30,
                                                                              wholeReadLimit: limit) }
                do {
                    _ = try FileSignature.check(path: file.path, maxFileSize: 1 << 30, wholeReadLimit: limit)
                } catch {
                    #expect(error.kind == kind, "\(file.lastPathComponent) limit \(limit)")
                }
            }
        }
        do {
            _ = try FileSignature.check(path: folder.url.path, maxFileSize: 1 << 30)
            Issue.record("a folder was accepted")
        } catch {
            #expect(error.kind == .fileUnreadable && error.detail == "is a folder")
        }
    }

    private enum Outcome: Equatable {
        case entries([String: [UInt8]])
        case refused(XLSXError.Kind)
    }

    private func open(_ file: URL, options: ReadOptions, wholeReadLimit: Int) -> (result: Outcome, wasWhole: Bool) {
        var wasWhole = false
        do {
            let whole = try FileSignature.check(path: file.path, maxFileSize: options.maxFileSize,
                                                wholeReadLimit: wholeReadLimit)
            wasWhole = whole != nil
            let archive = try ZipArchive(path: file.path, options: options, whole: whole)
            var entries: [String: [UInt8]] = [:]
            for name in archive.entryNames {
                do {
                    entries[name] = try archive.read(name)
                } catch {
                    return (.refused(error.kind), wasWhole)
                }
            }
            return (.entries(entries), wasWhole)
        } catch {
            return (.refused(error.kind), wasWhole)
        }
    }
}
