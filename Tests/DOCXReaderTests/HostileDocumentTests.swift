import DOCXReader
import Foundation
import JixiaoTestSupport
import Testing

/// Damaged, foreign and hostile files: each refused with its own error kind, quickly, and left as it was.
@Suite("Hostile and broken documents")
struct HostileDocumentTests {
    @Test(arguments: [
        ("hostile-zip-bomb.docx", DOCXError.Kind.entryTooLarge),
        ("hostile-dtd.docx", .forbiddenDTD),
        ("hostile-doc-renamed.docx", .legacyDOC),
        ("libreoffice.doc", .legacyDOC),
        ("hostile-html-saved-as.doc", .htmlDocument),
        ("hostile-rtf-renamed.docx", .rtfDocument),
        ("hostile-empty.docx", .notZip),
        ("hostile-truncated.docx", .damagedZip),
        ("hostile-encrypted.docx", .encrypted),
        ("hostile-no-document.docx", .missingPart),
        ("no-such-file.docx", .fileUnreadable),
    ])
    func eachIsRefusedWithItsKind(_ name: String, _ kind: DOCXError.Kind) throws {
        let url = DOCXReadingTests.report(name)
        let before = try? Data(contentsOf: url)
        let start = ContinuousClock.now
        #expect(throws: DOCXError.self) { try DOCXDocument(contentsOf: url) }
        do {
            _ = try DOCXDocument(contentsOf: url)
        } catch {
            #expect(error.kind == kind, "\(name): \(error)")
        }
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect((try? Data(contentsOf: url)) == before)
    }

    /// The ratio cap on its own: under a larger entry cap the bomb inflates past 1000 × its compressed size.
    @Test func theRatioCapStopsABombUnderALargerEntryCap() {
        var options = DOCXReadOptions()
        options.maxEntrySize = 1 << 30
        do {
            _ = try DOCXDocument(contentsOf: DOCXReadingTests.report("hostile-zip-bomb.docx"), options: options)
            Issue.record("the bomb was read")
        } catch {
            #expect(error.kind == .entryTooLarge)
            #expect(error.part == "word/document.xml")
        }
    }

    @Test func theTimeLimitStopsARead() {
        var options = DOCXReadOptions()
        options.maxEntrySize = 1 << 30
        options.maxCompressionRatio = 1 << 20
        options.timeLimit = .zero
        do {
            _ = try DOCXDocument(contentsOf: DOCXReadingTests.report("structure.docx"), options: options)
            Issue.record("read past a zero time limit")
        } catch {
            #expect(error.kind == .timeLimitExceeded)
        }
    }

    @Test func everyKindIsListed() {
        #expect(Set(DOCXError.Kind.allKnown).count == DOCXError.Kind.allKnown.count)
        #expect(DOCXError.Kind.allKnown.contains(.legacyDOC))
    }
}
