import CZip
import Foundation

/// One zip entry being inflated, with the size caps counted as bytes come out, and the size the entry's headers
/// declare held to: libzip does not enforce it (an entry declaring 1,000 bytes can inflate to 52 MB with a
/// correct CRC), so reading asks for at most one byte past it and refuses the entry at that byte, or at an end
/// that comes short of it.
final class ZipEntryReader {
    private var file: OpaquePointer?
    let part: String
    /// What the entry's headers say it inflates to; nil when libzip cannot tell.
    let declaredSize: UInt64?
    private let compressedSize: UInt64
    private let options: ReadOptions
    private let deadline: ContinuousClock.Instant?
    private(set) var bytesRead: UInt64 = 0

    init(file: OpaquePointer, part: String, declaredSize: UInt64?, compressedSize: UInt64, options: ReadOptions,
         deadline: ContinuousClock.Instant?) {
        self.file = file
        self.part = part
        self.declaredSize = declaredSize
        self.compressedSize = compressedSize
        self.options = options
        self.deadline = deadline
    }

    deinit { close() }

    /// A read buffer size for this entry: its declared size and one byte (so the end shows in the same read),
    /// at most 64 KiB.
    var chunkSize: Int { declaredSize.map { Int(min($0 + 1, 64 << 10)) } ?? 64 << 10 }

    func close() {
        if let file { zip_fclose(file) }
        file = nil
    }

    /// Reads the rest of the entry (within the size cap) so that libzip checks its CRC.
    /// - Throws: `.corruptEntry` when the entry is damaged.
    func drainToVerifyChecksum() throws(XLSXError) {
        var scratch = [UInt8](repeating: 0, count: 64 << 10)
        var failure: XLSXError?
        scratch.withUnsafeMutableBytes { buffer in
            do throws(XLSXError) {
                while try read(into: buffer) > 0 {}
            } catch {
                failure = error
            }
        }
        if let failure, failure.kind == .corruptEntry { throw failure }
    }

    /// Inflates up to `buffer.count` bytes; returns 0 at the end of the entry.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(XLSXError) -> Int {
        guard let file, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        if let deadline, ContinuousClock.now > deadline {
            throw XLSXError(.timeLimitExceeded, part: part, detail: options.timeLimit.map { "limit \($0)" })
        }
        // Never more than one byte past the declared size: that byte is enough to refuse the entry.
        let wanted = declaredSize.map { min(UInt64(buffer.count), $0 + 1 - bytesRead) } ?? UInt64(buffer.count)
        let count = zip_fread(file, base, wanted)
        if count < 0 {
            let code = zip_error_code_zip(zip_file_get_error(file))
            let message = String(cString: zip_file_strerror(file))
            throw ZipArchive.entryError(code: code, part: part, detail: message)
        }
        bytesRead += UInt64(count)
        if let declaredSize, bytesRead > declaredSize {
            throw XLSXError(.corruptEntry, part: part,
                            detail: "inflates past the \(declaredSize) bytes its headers declare")
        }
        if count == 0, let declaredSize, bytesRead < declaredSize {
            throw XLSXError(.corruptEntry, part: part,
                            detail: "inflates to \(bytesRead) bytes, its headers declare \(declaredSize)")
        }
        try ZipEntryReader.checkSize(inflated: bytesRead, compressed: compressedSize, part: part, options: options)
        return Int(count)
    }

    /// The size caps: at most ``ReadOptions/maxEntrySize`` bytes, and past ``ReadOptions/ratioCheckThreshold``
    /// at most ``ReadOptions/maxCompressionRatio`` times the compressed size.
    static func checkSize(inflated: UInt64, compressed: UInt64, part: String,
                          options: ReadOptions) throws(XLSXError) {
        if inflated > options.maxEntrySize {
            throw XLSXError(.entryTooLarge, part: part, detail: "inflates past \(options.maxEntrySize) bytes")
        }
        if inflated > options.ratioCheckThreshold, inflated / max(compressed, 1) > options.maxCompressionRatio {
            throw XLSXError(.entryTooLarge, part: part,
                            detail: "inflates more than \(options.maxCompressionRatio)× its compressed size")
        }
    }
}
