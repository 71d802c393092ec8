import Foundation

/// A report written piece by piece as files are validated, so a run over any number of files keeps no more
/// than a buffer in memory.
///
/// To a file it is atomic: the text goes to a hidden temporary file in the same folder, which ``commit()``
/// flushes to disk and renames over the destination; ``discard()`` (or a failure) removes it and leaves an
/// existing report untouched. To standard output it writes through.
///
/// ```swift
/// let output = try StreamingOutput(path: "report.json")
/// output.write("{\n")
/// try output.commit()
/// ```
final class StreamingOutput {
    /// The destination, or nil for standard output.
    let path: String?
    private let handle: FileHandle
    private let temporary: URL?
    private var buffer: [UInt8] = []
    private var failure: Error?
    private var finished = false
    /// A terminal sees each piece at once; files and pipes get 64 KiB writes.
    private let flushSize: Int
    /// How much is held before the first write: ``flushSize``, or more where asked.
    private var threshold: Int

    /// Opens standard output (`path` nil) or a temporary file beside `path`.
    /// - Parameter holdingUpTo: standard output only: nothing is written until this many bytes are buffered, so
    ///   that output smaller than that which ends in ``discard()`` (a file found unreadable half-way) prints
    ///   nothing.
    /// - Throws: when the temporary file cannot be created (missing folder, no permission).
    init(path: String?, holdingUpTo hold: Int = 0) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            flushSize = isatty(STDOUT_FILENO) != 0 ? 1 : 1 << 16
            threshold = max(flushSize, hold)
            return
        }
        flushSize = 1 << 16
        threshold = flushSize
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        do {
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        self.temporary = temporary
    }

    deinit {
        if !finished { discard() }
    }

    /// Appends text; written out in 64 KiB pieces. A write failure is kept and thrown by ``commit()``.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= threshold { flush() }
    }

    /// Appends bytes made in place: `body` writes to the end of the buffer.
    func append(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= threshold { flush() }
    }

    /// Writes what is buffered and, for a file, moves it over the destination.
    /// - Throws: the first write failure, or the rename's.
    func commit() throws {
        flush()
        finished = true
        if let failure {
            removeTemporary()
            throw failure
        }
        guard let temporary, let path else { return }
        do {
            // On disk before the rename, so a crash cannot leave an empty file where the old report was.
            try handle.synchronize()
            try handle.close()
        } catch {
            removeTemporary()
            throw error
        }
        if rename(temporary.path, path) != 0 {
            let code = errno
            removeTemporary()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                           NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
        }
    }

    /// Drops the temporary file; the destination stays as it was.
    func discard() {
        finished = true
        buffer.removeAll()
        removeTemporary()
    }

    private func removeTemporary() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        threshold = flushSize
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
        }
    }
}
