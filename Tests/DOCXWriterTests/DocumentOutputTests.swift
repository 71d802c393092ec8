@testable import DOCXWriter
import Foundation
import JixiaoTestSupport
import Testing

/// The file on disk: the package our reader opens, atomic output, and the system's reasons.
@Suite("DOCX output")
struct DocumentOutputTests {
    @Test func writtenPackageHoldsEveryPart() throws {
        let folder = TestFolder()
        let url = folder.file("退回意见.docx")
        try DocumentWriter().write(SampleDocument.document, to: url)
        #expect(try PackageParts.names(in: url) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/_rels/document.xml.rels",
            "word/document.xml", "word/numbering.xml", "word/settings.xml", "word/styles.xml",
        ])
        let body = try PackageParts.text("word/document.xml", in: url)
        #expect(DocumentPartsTests.texts(body)?.first == "关于2025年度部门整体支出绩效自评表的退回意见")
        #expect(folder.contents == ["退回意见.docx"])
    }

    /// The committed sample (whose python-docx reading is `sample.python-docx.txt`) is what the writer writes,
    /// part by part (the zip's entry dates follow the time zone). `RECORD_GOLDENS=1` rewrites it; then run
    /// `read_docx.py` on it again (Tests/Fixtures/docx/README.md).
    @Test func committedSampleIsCurrent() throws {
        let folder = TestFolder()
        let url = folder.file("sample.docx")
        try DocumentWriter().write(SampleDocument.document, to: url)
        let sample = Fixtures.root.appendingPathComponent("docx/sample.jixiao.docx")
        if Golden.isRecording {
            try DocumentWriter().write(SampleDocument.document, to: sample, overwrite: true)
        }
        let names = try PackageParts.names(in: url)
        #expect(try PackageParts.names(in: sample) == names)
        for name in names {
            #expect(try PackageParts.text(name, in: sample) == PackageParts.text(name, in: url), "\(name)")
        }
    }

    @Test func existingFileIsRefusedAndKept() throws {
        let folder = TestFolder()
        let url = folder.file("a.docx")
        let theirs = Data("someone else's file".utf8)
        try theirs.write(to: url)
        let error = #expect(throws: DOCXWriterError.self) { try DocumentWriter().write(SampleDocument.document, to: url) }
        #expect(error?.kind == .destinationExists)
        #expect(try Data(contentsOf: url) == theirs)
        #expect(folder.contents == ["a.docx"])

        try DocumentWriter().write(SampleDocument.document, to: url, overwrite: true)
        #expect(try PackageParts.names(in: url).contains("word/document.xml"))
        #expect(folder.contents == ["a.docx"])
    }

    @Test func missingFolderAndFolderDestinationCarryTheSystemCode() throws {
        let folder = TestFolder()
        let missing = #expect(throws: DOCXWriterError.self) {
            try DocumentWriter().write(SampleDocument.document, to: folder.file("无/a.docx"))
        }
        #expect(missing?.kind == .destinationUnusable)
        #expect(missing?.systemCode == ENOENT)
        try FileManager.default.createDirectory(at: folder.file("b.docx"), withIntermediateDirectories: false)
        let isFolder = #expect(throws: DOCXWriterError.self) {
            try DocumentWriter().write(SampleDocument.document, to: folder.file("b.docx"), overwrite: true)
        }
        #expect(isFolder?.systemCode == EISDIR)
        #expect(folder.contents == ["b.docx"])
    }

    @Test func invalidDocumentWritesNothing() throws {
        let folder = TestFolder()
        let error = #expect(throws: DOCXWriterError.self) {
            try DocumentWriter().write(Document(blocks: [.table(Table(header: [], rows: []))]), to: folder.file("a.docx"))
        }
        #expect(error?.kind == .invalidTable)
        #expect(folder.contents == [])
    }

    /// libzip's failure keeps its code and the system's errno (here: no such folder for its file).
    @Test func zipFailureCarriesTheSystemCode() throws {
        let folder = TestFolder()
        let error = #expect(throws: DOCXWriterError.self) {
            try ZipPackage.write([PackagePart(name: "a.xml", text: "<a/>")], to: folder.file("无/.a.docx.tmp").path,
                                 modified: SampleDocument.created)
        }
        #expect(error?.kind == .zip)
        #expect(error?.systemCode == ENOENT)
        #expect(error?.libraryCode != nil)
        #expect(folder.contents == [])
    }

    @Test func sameDocumentAndDateGiveTheSameBytes() throws {
        let folder = TestFolder()
        try DocumentWriter().write(SampleDocument.document, to: folder.file("1.docx"))
        try DocumentWriter().write(SampleDocument.document, to: folder.file("2.docx"))
        #expect(try Data(contentsOf: folder.file("1.docx")) == Data(contentsOf: folder.file("2.docx")))
    }
}
