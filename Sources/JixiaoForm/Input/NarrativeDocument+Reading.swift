import DOCXReader
import Foundation

extension NarrativeDocument {
    /// The extensions a 绩效自评报告 is read from (lower case), and the old Word ones that are refused with a
    /// request to save as `.docx`.
    package static let readableExtensions: Set<String> = ["docx", "pdf", "txt", "md"]
    package static let legacyWordExtensions: Set<String> = ["doc", "wps"]

    /// Reads the report at `url`, chosen by its extension and checked by its first bytes: `.docx` through
    /// ``DOCXReader`` (a `.doc` or `.wps` that is really a `.docx` too), `.txt` and `.md` as text, `.pdf` through
    /// `pdfText` (the CLI runs `pdftotext`; JixiaoForm starts no process). The file is only read.
    ///
    /// ```swift
    /// let document = try NarrativeDocument.read(from: url, pdfText: { url in try converter.text(ofPDFAt: url.path) })
    /// ```
    /// - Throws: ``NarrativeReadError``: an old `.doc`/`.wps` (``NarrativeReadError/Kind/legacyWordFile``), a
    ///   `.docx` the reader refuses (``NarrativeReadError/Kind/document``, with its `DOCXError`), no text at all
    ///   (``NarrativeReadError/Kind/noText``), and `pdfText`'s own errors.
    package static func read(from url: URL, options: DOCXReadOptions = DOCXReadOptions(),
                             pdfText: (URL) throws(NarrativeReadError) -> String) throws(NarrativeReadError)
        -> NarrativeDocument {
        let suffix = url.pathExtension.lowercased()
        let document: NarrativeDocument
        switch suffix {
        case "docx":
            document = try docx(url, options: options)
        case "doc", "wps":
            // Word and WPS save .docx content under these names too; anything else is the old binary format
            // (or a web page saved as .doc) and is not converted.
            guard try head(of: url, count: 2) == Array("PK".utf8) else {
                throw NarrativeReadError(.legacyWordFile, detail: "." + suffix)
            }
            document = try docx(url, options: options)
        case "txt", "md":
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw NarrativeReadError(.fileUnreadable, detail: error.localizedDescription)
            }
            document = try NarrativeDocument(text: data, markdown: suffix == "md")
        case "pdf":
            let head = try head(of: url, count: 1024)
            guard head.count >= 5, (0...(head.count - 5)).contains(where: { head[$0..<($0 + 5)].elementsEqual("%PDF-".utf8) }) else {
                throw NarrativeReadError(.pdfDamaged, detail: head.isEmpty ? "empty file" : "no %PDF- header")
            }
            document = NarrativeDocument(pdfText: try pdfText(url))
        default:
            throw NarrativeReadError(.unsupportedFormat, detail: suffix.isEmpty ? "no extension" : "." + suffix)
        }
        guard !document.paragraphs.isEmpty else {
            throw NarrativeReadError(.noText, detail: document.format == .pdf ? "pdftotext found no text" : nil)
        }
        return document
    }

    private static func docx(_ url: URL, options: DOCXReadOptions) throws(NarrativeReadError) -> NarrativeDocument {
        do {
            return NarrativeDocument(docx: try DOCXDocument(contentsOf: url, options: options))
        } catch {
            if error.kind == .legacyDOC { throw NarrativeReadError(.legacyWordFile, docx: error) }
            throw NarrativeReadError(.document, docx: error)
        }
    }

    /// The first `count` bytes of the file (fewer when it is shorter).
    private static func head(of url: URL, count: Int) throws(NarrativeReadError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            throw NarrativeReadError(.fileUnreadable, detail: exists ? (isFolder.boolValue ? "is a folder" : "no permission")
                                                                     : "no such file")
        }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
    }
}
