import Foundation

/// Bytes that must wait for something known only later (a sheet's cells wait for its cell count and merged
/// ranges, which come at the end of the sheet), kept in memory up to a limit and past it in an unnamed temporary
/// file, so that waiting costs no more memory whatever the size.
///
/// ```swift
/// let body = SpillBuffer()
/// body.append(Array("A1 …\n".utf8))
/// output.write("== Sheet1: 1 cell\n")
/// try body.drain(into: output)
/// ```
final class SpillBuffer {
    /// Bytes kept in memory before they go to the temporary file.
    let memoryLimit: Int
    private var bytes: [UInt8] = []
    /// The temporary file (unlinked at once: it vanishes with the process), once the limit is passed.
    private var file: Int32 = -1
    /// Bytes in the file.
    private var spilled = 0
    /// Set when no temporary file could be made or written: from then on everything stays in memory (slower to
    /// grow, the same bytes out).
    private var inMemoryOnly = false

    init(memoryLimit: Int = 4 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        if file >= 0 { close(file) }
    }

    /// Adds bytes at the end.
    func append(_ chunk: [UInt8]) {
        bytes.append(contentsOf: chunk)
        if bytes.count >= memoryLimit && !inMemoryOnly { spill() }
    }

    /// Writes everything held to `output`, in order, and empties the buffer.
    /// - Throws: `POSIXError` when the temporary file cannot be read back.
    func drain(into output: StreamingOutput) throws {
        if file >= 0 {
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            var offset = 0
            while offset < spilled {
                let count = chunk.withUnsafeMutableBytes {
                    pread(file, $0.baseAddress, min($0.count, spilled - offset), off_t(offset))
                }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw POSIXError(POSIXErrorCode(rawValue: count < 0 ? errno : EIO) ?? .EIO) }
                output.append { $0.append(contentsOf: chunk[0..<count]) }
                offset += count
            }
            close(file)
            file = -1
            spilled = 0
        }
        output.append { [bytes] in $0.append(contentsOf: bytes) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Moves the bytes in memory to the end of the temporary file, making it the first time.
    private func spill() {
        if file < 0 {
            var template = Array((NSTemporaryDirectory() + "/jixiao-cells.XXXXXX").utf8CString)
            // The template is never empty: its buffer has an address.
            file = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
            guard file >= 0 else { inMemoryOnly = true; return }
            template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        }
        let written = bytes.withUnsafeBytes { buffer -> Int in
            var written = 0
            while written < buffer.count {
                let count = write(file, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                written += count
            }
            return written
        }
        spilled += written
        bytes.removeSubrange(0..<written)
        if !bytes.isEmpty { inMemoryOnly = true }   // a full disk: the file keeps what it took, memory the rest
    }
}
