import CZip
import Foundation

/// A zip package opened read-only with libzip.
///
/// Entry names are normalised on the way in (backslashes become slashes, a leading slash is dropped) and looked
/// up exactly first, then ignoring ASCII case, because real producers write `xl\worksheets\sheet1.xml` or refer
/// to `xl/SharedStrings.xml` while storing `xl/sharedStrings.xml`. The package format treats names that differ
/// only so as one part name, so a package holding two of them (or one name twice) is refused on opening: which
/// entry is meant cannot be told.
///
/// Generic over the reader's error type (``PackageFailure``): `ZipArchive<XLSXError>`, `ZipArchive<DOCXError>`.
///
/// Not `Sendable`: it owns a C handle. Open, read and close it inside one task.
///
/// ```swift
/// let archive = try ZipArchive<DOCXError>(path: path, limits: PackageLimits())
/// let bytes = try archive.read("word/styles.xml")
/// ```
package final class ZipArchive<Failure: PackageFailure> {
    private let handle: OpaquePointer
    /// Normalised entry name → libzip index.
    private var indexByName: [String: UInt64] = [:]
    /// Normalised name with ASCII letters lower-cased (``folded(_:)``) → libzip index: the case-insensitive
    /// fallback, and how duplicates are found.
    private var indexByFoldedName: [String: UInt64] = [:]
    package let limits: PackageLimits
    /// When reading must stop (from ``PackageLimits/timeLimit``), counted from opening.
    package let deadline: ContinuousClock.Instant?

    /// - Parameter whole: the file's bytes when already read (``FileSignature``); libzip takes them over and
    ///   frees them, whether opening succeeds or not. Without them libzip reads the file at `path` itself.
    package init(path: String, limits: PackageLimits, whole: FileSignature.WholeFile? = nil) throws(Failure) {
        self.limits = limits
        deadline = limits.timeLimit.map { ContinuousClock.now.advanced(by: $0) }
        // No ZIP_CHECKCONS: it doubles the open cost and damaged entries are caught by CRC when read.
        if let whole {
            handle = try ZipArchive.open(whole)
        } else {
            handle = try ZipArchive.open(path: path)
        }
        let count = zip_get_num_entries(handle, 0)
        if count > 0 {
            for index in 0..<UInt64(count) {
                guard let rawName = zip_get_name(handle, index, 0) else { continue }
                let name = ZipArchive.normalise(String(cString: rawName))
                let folded = ZipArchive.folded(name)
                if let first = indexByFoldedName[folded] {
                    // A folder listed twice names no part.
                    if name.utf8.last == UInt8(ascii: "/") { continue }
                    let firstName = zip_get_name(handle, first, 0).map { String(cString: $0) } ?? name
                    throw Failure.failure(.duplicateEntry, part: name,
                                    detail: "entries \(first + 1) and \(index + 1) are both '\(firstName)'")
                }
                indexByFoldedName[folded] = index
                indexByName[name] = index
            }
        }
    }

    deinit {
        zip_discard(handle)
    }

    private static func open(path: String) throws(Failure) -> OpaquePointer {
        var errorCode: Int32 = 0
        guard let handle = zip_open(path, ZIP_RDONLY, &errorCode) else {
            throw ZipArchive.openError(code: errorCode)
        }
        return handle
    }

    private static func open(_ whole: FileSignature.WholeFile) throws(Failure) -> OpaquePointer {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // freep = 1: the source owns the bytes from here on.
        guard let source = zip_source_buffer_create(whole.bytes, zip_uint64_t(whole.count), 1, &error) else {
            free(whole.bytes)
            throw ZipArchive.openError(code: zip_error_code_zip(&error))
        }
        guard let handle = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw ZipArchive.openError(code: zip_error_code_zip(&error))
        }
        return handle
    }

    /// Every entry name, normalised.
    package var entryNames: [String] { Array(indexByName.keys) }

    /// Whether an entry with this name (or the same name in another case) exists.
    package func contains(_ name: String) -> Bool { index(of: name) != nil }

    private func index(of name: String) -> UInt64? {
        let normalised = ZipArchive.normalise(name)
        if let index = indexByName[normalised] { return index }
        return indexByFoldedName[ZipArchive.folded(normalised)]
    }

    /// Opens an entry for streaming.
    /// - Throws: `.missingPart` when there is no such entry, `.entryTooLarge` when it declares more than the cap.
    package func openEntry(_ name: String) throws(Failure) -> ZipEntryReader {
        guard let index = index(of: name) else {
            throw Failure.failure(.missingPart, part: name)
        }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(handle, index, 0, &stat) == 0 else {
            throw Failure.failure(.damagedZip, part: name, detail: lastError())
        }
        let declaredSize = (stat.valid & UInt64(ZIP_STAT_SIZE)) != 0 ? stat.size : nil
        let compressedSize = (stat.valid & UInt64(ZIP_STAT_COMP_SIZE)) != 0 ? stat.comp_size : 0
        if let declaredSize, declaredSize > limits.maxEntrySize {
            throw Failure.failure(.entryTooLarge, part: name, detail: "declares \(declaredSize) bytes")
        }
        guard let file = zip_fopen_index(handle, index, 0) else {
            let code = zip_error_code_zip(zip_get_error(handle))
            throw ZipEntryReader.entryError(code: code, part: name, detail: lastError()).converted()
        }
        return ZipEntryReader(file: file, part: name, declaredSize: declaredSize, compressedSize: compressedSize,
                              limits: limits, deadline: deadline)
    }

    /// Reads a whole entry into memory. For small parts (relationships, content types) only.
    package func read(_ name: String) throws(Failure) -> [UInt8] {
        // Without a limit the result is never nil.
        try read(name, limit: nil) ?? []
    }

    /// Reads a whole entry into memory, with the size caps and the CRC checked; nil when it declares or
    /// inflates to more than `limit` bytes (then nothing more is inflated).
    package func read(_ name: String, limit: Int?) throws(Failure) -> [UInt8]? {
        if let limit, let index = index(of: name) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            if zip_stat_index(handle, index, 0, &stat) == 0, (stat.valid & UInt64(ZIP_STAT_SIZE)) != 0,
               stat.size > UInt64(limit) {
                return nil
            }
        }
        let reader = try openEntry(name)
        // Not zero-filled, and sized by the declared size (one byte more, so the end shows in one read):
        // clearing a 64 KiB chunk for a 600-byte part cost more than inflating it.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: reader.chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(reader.chunkSize, limit.map { $0 + 1 } ?? Int.max))
        do throws(PackageError) {
            while true {
                let count = try reader.read(into: chunk)
                if count == 0 { break }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
                if let limit, bytes.count > limit { return nil }
            }
        } catch {
            throw error.converted()
        }
        return bytes
    }

    /// An entry as stored in the package (``StoredZipEntry``), whatever the reader's error type.
    package typealias StoredEntry = StoredZipEntry

    /// The stored form of entry `name`, or nil when there is no such entry, it declares more than `limit`
    /// bytes (inflated or compressed), or libzip cannot say all of it. Nothing is inflated or checked here:
    /// callers fall back to ``read(_:limit:)``, which reports any problem.
    package func storedEntry(_ name: String, limit: Int) -> StoredEntry? {
        guard let index = index(of: name) else { return nil }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        let needed = UInt64(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD
                            | ZIP_STAT_ENCRYPTION_METHOD)
        guard zip_stat_index(handle, index, 0, &stat) == 0, stat.valid & needed == needed,
              stat.size <= UInt64(limit), stat.comp_size <= UInt64(limit),
              let file = zip_fopen_index(handle, index, zip_flags_t(ZIP_FL_COMPRESSED)) else { return nil }
        defer { zip_fclose(file) }
        var compressed = [UInt8](repeating: 0, count: Int(stat.comp_size))
        let count = compressed.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.comp_size) }
        guard count == Int64(stat.comp_size) else { return nil }
        return StoredEntry(method: stat.comp_method, encryption: stat.encryption_method, crc: stat.crc,
                           declaredSize: stat.size, compressed: compressed)
    }

    private func lastError() -> String {
        String(cString: zip_strerror(handle))
    }

    package static func normalise(_ name: String) -> String {
        // Nearly every name is already normal: checked on the bytes before any String work.
        let isNormal = name.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.first != UInt8(ascii: "/") && !bytes.contains(UInt8(ascii: "\\"))
        } ?? (name.utf8.first != UInt8(ascii: "/") && !name.utf8.contains(UInt8(ascii: "\\")))
        if isNormal { return name }
        var result = name
        if result.contains("\\") { result = result.replacingOccurrences(of: "\\", with: "/") }
        while result.hasPrefix("/") { result.removeFirst() }
        return result
    }

    /// A normalised name with its ASCII letters lower-cased: the package format compares part names as
    /// case-insensitive ASCII. A name without capitals (most of them) is returned as it is.
    package static func folded(_ name: String) -> String {
        // On the name's bytes where they lie (every native string): stepping through `utf8` cost more than
        // the rest of the lookup.
        let lowered = name.utf8.withContiguousStorageIfAvailable(folded(bytes:))
            ?? Array(name.utf8).withUnsafeBufferPointer(folded(bytes:))
        return lowered ?? name
    }

    /// `bytes` with ASCII capitals lower-cased, or nil when they hold none.
    private static func folded(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    static func openError(code: Int32) -> Failure {
        switch code {
        // The file starts like a zip (FileSignature checked), so "not a zip" here means its end is missing.
        case ZIP_ER_NOZIP: return Failure.failure(.damagedZip, detail: "libzip: no central directory (truncated?)")
        case ZIP_ER_OPEN, ZIP_ER_NOENT, ZIP_ER_READ: return Failure.failure(.fileUnreadable, detail: "libzip error \(code)")
        case ZIP_ER_MEMORY: return Failure.failure(.damagedZip, detail: "libzip: out of memory")
        default: return Failure.failure(.damagedZip, detail: "libzip error \(code)")
        }
    }
}
