import CZip
import Foundation

/// One zip entry being inflated, with the size caps counted as bytes come out, and the size the entry's headers
/// declare held to: libzip does not enforce it (an entry declaring 1,000 bytes can inflate to 52 MB with a
/// correct CRC), so reading asks for at most one byte past it and refuses the entry at that byte, or at an end
/// that comes short of it.
///
/// Its errors are ``PackageError``s, turned into the reader's error type by the caller (``ZipArchive``,
/// ``XMLPartParser``).
package final class ZipEntryReader {
    private var file: OpaquePointer?
    package let part: String
    /// What the entry's headers say it inflates to; nil when libzip cannot tell.
    package let declaredSize: UInt64?
    private let compressedSize: UInt64
    private let limits: PackageLimits
    private let deadline: ContinuousClock.Instant?
    package private(set) var bytesRead: UInt64 = 0

    init(file: OpaquePointer, part: String, declaredSize: UInt64?, compressedSize: UInt64, limits: PackageLimits,
         deadline: ContinuousClock.Instant?) {
        self.file = file
        self.part = part
        self.declaredSize = declaredSize
        self.compressedSize = compressedSize
        self.limits = limits
        self.deadline = deadline
    }

    deinit { close() }

    /// A read buffer size for this entry: its declared size and one byte (so the end shows in the same read),
    /// at most 64 KiB.
    package var chunkSize: Int { declaredSize.map { Int(min($0 + 1, 64 << 10)) } ?? 64 << 10 }

    package func close() {
        if let file { zip_fclose(file) }
        file = nil
    }

    /// Reads the rest of the entry (within the size cap) so that libzip checks its CRC.
    /// - Throws: `.corruptEntry` when the entry is damaged.
    package func drainToVerifyChecksum() throws(PackageError) {
        var scratch = [UInt8](repeating: 0, count: 64 << 10)
        var failure: PackageError?
        scratch.withUnsafeMutableBytes { buffer in
            do throws(PackageError) {
                while try read(into: buffer) > 0 {}
            } catch {
                failure = error
            }
        }
        if let failure, failure.packageKind == .corruptEntry { throw failure }
    }

    /// Inflates up to `buffer.count` bytes; returns 0 at the end of the entry.
    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(PackageError) -> Int {
        guard let file, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        if let deadline, ContinuousClock.now > deadline {
            throw PackageError.failure(.timeLimitExceeded, part: part, detail: limits.timeLimit.map { "limit \($0)" })
        }
        // Never more than one byte past the declared size: that byte is enough to refuse the entry.
        let wanted = declaredSize.map { min(UInt64(buffer.count), $0 + 1 - bytesRead) } ?? UInt64(buffer.count)
        let count = zip_fread(file, base, wanted)
        if count < 0 {
            let code = zip_error_code_zip(zip_file_get_error(file))
            let message = String(cString: zip_file_strerror(file))
            throw Self.entryError(code: code, part: part, detail: message)
        }
        bytesRead += UInt64(count)
        if let declaredSize, bytesRead > declaredSize {
            throw PackageError.failure(.corruptEntry, part: part,
                            detail: "inflates past the \(declaredSize) bytes its headers declare")
        }
        if count == 0, let declaredSize, bytesRead < declaredSize {
            throw PackageError.failure(.corruptEntry, part: part,
                            detail: "inflates to \(bytesRead) bytes, its headers declare \(declaredSize)")
        }
        try ZipEntryReader.checkSize(inflated: bytesRead, compressed: compressedSize, part: part, limits: limits)
        return Int(count)
    }

    /// The size caps: at most ``PackageLimits/maxEntrySize`` bytes, and past ``PackageLimits/ratioCheckThreshold``
    /// at most ``PackageLimits/maxCompressionRatio`` times the compressed size.
    package static func checkSize(inflated: UInt64, compressed: UInt64, part: String,
                                  limits: PackageLimits) throws(PackageError) {
        if inflated > limits.maxEntrySize {
            throw PackageError.failure(.entryTooLarge, part: part, detail: "inflates past \(limits.maxEntrySize) bytes")
        }
        if inflated > limits.ratioCheckThreshold, inflated / max(compressed, 1) > limits.maxCompressionRatio {
            throw PackageError.failure(.entryTooLarge, part: part,
                            detail: "inflates more than \(limits.maxCompressionRatio)× its compressed size")
        }
    }

    /// The error for libzip's error `code` on an entry.
    package static func entryError(code: Int32, part: String, detail: String) -> PackageError {
        switch code {
        case ZIP_ER_CRC, ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA, ZIP_ER_EOF:
            return .failure(.corruptEntry, part: part, detail: detail)
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD:
            return .failure(.encrypted, part: part, detail: detail)
        default:
            return .failure(.damagedZip, part: part, detail: detail)
        }
    }
}
