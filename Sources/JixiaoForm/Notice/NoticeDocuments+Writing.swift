import AtomicFiles
import DOCXWriter
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NoticeDocuments {
    /// Writes each notice as `<stem>.docx` and `<stem>.txt` in `folder` (the stems of ``fileStems(_:)``), and
    /// the round's summary as `退回意见汇总.docx` and `.txt` when given.
    ///
    /// The folder is made when missing. It is an output of the run: files of the same names are overwritten,
    /// others are left alone. Each file is written atomically (beside its name, then moved into place), so a
    /// file is the old one or the new one, never half written; a failure stops the writing and leaves the files
    /// written before it. The text is UTF-8 with a byte-order mark and CRLF line ends, so that Notepad, WPS and
    /// Word on a Chinese Windows desk open it as UTF-8 rather than guessing GBK.
    ///
    /// ```swift
    /// let written = try documents.write(notices, round: summary, to: URL(fileURLWithPath: "退回意见"))
    /// written.map(\.lastPathComponent)
    /// // ["教育局-退回意见.docx", "教育局-退回意见.txt", "退回意见汇总.docx", "退回意见汇总.txt"]
    /// ```
    /// - Returns: the files written, in order.
    /// - Throws: `DOCXWriterError` for the documents and the text alike: `.destinationUnusable` (the folder
    ///   cannot be made, or a name is taken by a folder), `.fileSystem` and `.zip` with the system's `errno`.
    @discardableResult
    public func write(_ notices: [ReturnNotice], round: RoundNotice?, to folder: URL) throws(DOCXWriterError) -> [URL] {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            // Foundation's error carries no errno on Linux: the system's own answer for the folder itself.
            if mkdir(folder.path, 0o755) != 0 {
                let code = errno
                throw DOCXWriterError(.destinationUnusable,
                                      detail: "the folder \(folder.path) cannot be made: \(AtomicOutput.systemMessage(code))",
                                      systemCode: code)
            }
        }
        var pieces: [(stem: String, document: Document)] = []
        for (notice, stem) in zip(notices, fileStems(notices)) { pieces.append((stem, document(notice))) }
        if let round { pieces.append((summaryStem, document(round))) }
        var written: [URL] = []
        for piece in pieces {
            let docx = folder.appendingPathComponent(piece.stem + ".docx")
            try DocumentWriter().write(piece.document, to: docx, overwrite: true)
            let text = folder.appendingPathComponent(piece.stem + ".txt")
            try Self.writeText(NoticeText.text(of: piece.document), to: text)
            written += [docx, text]
        }
        return written
    }

    /// Writes `text` as UTF-8 with a byte-order mark to `url`, atomically, replacing a file there.
    static func writeText(_ text: String, to url: URL) throws(DOCXWriterError) {
        let output: AtomicOutput
        do throws(AtomicOutputError) {
            output = try AtomicOutput.prepare(destination: url, overwrite: true)
        } catch {
            throw DOCXWriterError(output: error)
        }
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let descriptor = open(output.temporaryFile.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            throw DOCXWriterError(.fileSystem, detail: "creating \(output.temporaryFile.path) failed: \(AtomicOutput.systemMessage(code))",
                                  systemCode: code)
        }
        var offset = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += count
            }
        }
        close(descriptor)
        if let failure {
            output.discard()
            throw DOCXWriterError(.fileSystem, detail: "writing \(url.path) failed: \(AtomicOutput.systemMessage(failure))",
                                  systemCode: failure)
        }
        do throws(AtomicOutputError) {
            try output.commit()
        } catch {
            throw DOCXWriterError(output: error)
        }
    }
}

/// `write(2)`, which a method named `write` would otherwise hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
