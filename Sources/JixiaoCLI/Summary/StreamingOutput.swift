import Foundation

/// A report written piece by piece as files are validated, so a run over any number of files keeps no more
/// than a buffer in memory.
///
/// To a file it is atomic: the text goes to a hidden temporary file in the same folder, which ``commit()``
/// flushes to disk and renames over the destination; ``discard()`` (or a failure) removes it and leaves an
/// existing report untouched. A destination that is a symbolic link to a file replaces that file and keeps the
/// link. To standard output, and to a device or a pipe named as the destination (`/dev/null`, a FIFO), it
/// writes through. Every failure carries the system's reason (`ENOSPC`, `EACCES`, `EROFS` ...).
///
/// ```swift
/// let output = try StreamingOutput(path: "report.json")
/// output.write("{\n")
/// try output.commit()
/// ```
final class StreamingOutput {
    /// The destination as given, or nil for standard output.
    let path: String?
    private let descriptor: Int32
    /// The temporary file and the file it becomes; nil when writing through.
    private let temporary: String?
    private let destination: String?
    private var buffer: [UInt8] = []
    /// The `errno` of the first failed write.
    private var failure: Int32?
    private var finished = false
    /// A terminal sees each piece at once; files and pipes get 64 KiB writes.
    private let flushSize: Int
    /// How much is held before the first write: ``flushSize``, or more where asked.
    private var threshold: Int

    /// Opens standard output (`path` nil), the device or pipe `path` names, or a temporary file beside `path`.
    /// - Parameter holdingUpTo: standard output only: nothing is written until this many bytes are buffered, so
    ///   that output smaller than that which ends in ``discard()`` (a file found unreadable half-way) prints
    ///   nothing.
    /// - Throws: ``OutputProblem`` when the destination is a folder or the temporary file cannot be made
    ///   (missing folder, no permission, read-only or full disk).
    init(path: String?, holdingUpTo hold: Int = 0) throws(OutputProblem) {
        self.path = path
        guard let path else {
            descriptor = STDOUT_FILENO
            temporary = nil
            destination = nil
            flushSize = isatty(STDOUT_FILENO) != 0 ? 1 : 1 << 16
            threshold = max(flushSize, hold)
            return
        }
        flushSize = 1 << 16
        threshold = flushSize
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw OutputProblem(path: path, reason: .isFolder)
            case S_IFREG:
                break
            default:
                // A device or a pipe: nothing to replace atomically, the bytes go straight to it.
                let descriptor = open(target, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw OutputProblem(path: path, reason: .system(errno)) }
                self.descriptor = descriptor
                temporary = nil
                destination = nil
                return
            }
        }
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputProblem(path: path, reason: .system(errno)) }
        self.descriptor = descriptor
        self.temporary = temporary
        destination = target
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
    /// - Throws: ``OutputProblem`` with the first write failure's reason, or the flush's, close's or rename's.
    func commit() throws(OutputProblem) {
        flush()
        finished = true
        let path = path ?? "-"
        if let failure {
            removeTemporary()
            throw OutputProblem(path: path, reason: .system(failure))
        }
        guard let temporary, let destination else {
            if self.path != nil, close(descriptor) != 0 { throw OutputProblem(path: path, reason: .system(errno)) }
            return
        }
        // On disk before the rename, so a crash cannot leave an empty file where the old report was. A full
        // disk or a lost network share may only say so here.
        let synced = fsync(descriptor) == 0 ? 0 : errno
        let closed = close(descriptor) == 0 ? 0 : errno
        if synced != 0 || closed != 0 {
            _ = unlink(temporary)
            throw OutputProblem(path: path, reason: .system(synced != 0 ? synced : closed))
        }
        if rename(temporary, destination) != 0 {
            let code = errno
            _ = unlink(temporary)
            throw OutputProblem(path: path, reason: .system(code))
        }
    }

    /// Drops the temporary file; the destination stays as it was.
    func discard() {
        finished = true
        buffer.removeAll()
        removeTemporary()
    }

    private func removeTemporary() {
        guard path != nil else { return }
        close(descriptor)
        if let temporary { _ = unlink(temporary) }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        threshold = flushSize
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        buffer.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
    }
}
