import CZip
import Foundation
import JixiaoForm
import Locking

/// Unpacks an uploaded .zip into the round's `incoming/` folder, flat: each entry's folders dropped and its name
/// sanitised like an upload's (``StoredName``), never used as a path. Held to the upload's caps: the number of
/// entries, each entry's size and the round's total (as declared and as inflated: an entry that inflates past
/// what its headers say is refused), and the reader's inflation ratio. Folders and `__MACOSX/` entries are
/// dropped; every other entry is kept, workbook or not (the CLI skips what is no workbook).
///
/// ```swift
/// let files = try ZipExtractor(limits: limits).extract(zip, named: "回收.zip", into: folder, budget: budget)
/// ```
struct ZipExtractor {
    var limits: UploadLimits

    /// What an archive that is no zip at all becomes: nil, and the caller keeps it as an ordinary file.
    /// - Parameters:
    ///   - budget: bytes and files the round may still take; lowered by what is unpacked.
    /// - Throws: ``UploadError`` when a cap is passed (the first entry in the archive's order that passes one);
    ///   whatever was unpacked is then left for the caller to remove.
    func extract(_ archive: URL, named name: String, into folder: URL,
                 budget: inout (bytes: UInt64, files: Int)) throws -> [IncomingFile]? {
        var code: Int32 = 0
        guard let handle = zip_open(archive.path, ZIP_RDONLY, &code) else { return nil }
        defer { zip_discard(handle) }
        let count = zip_get_num_entries(handle, 0)
        guard count >= 0 else { return nil }
        // First every entry's name and declared size, held to the caps in order; then their contents.
        var listed: [Entry] = []
        var declaredLeft = budget.bytes
        var filesLeft = budget.files
        for index in 0..<UInt64(count) {
            var info = zip_stat_t()
            zip_stat_init(&info)
            guard zip_stat_index(handle, index, 0, &info) == 0,
                  let entryName = ZipExtractor.name(handle, index)?.replacingOccurrences(of: "\\", with: "/") else { continue }
            if entryName.hasSuffix("/") || entryName.hasPrefix("__MACOSX/") || entryName.contains("/__MACOSX/") { continue }
            let displayName = StoredName.basename(of: entryName)
            if displayName.isEmpty || displayName == "." || displayName == ".." { continue }
            guard filesLeft > 0 else { throw UploadError.tooManyFiles(limit: limits.maxFiles) }
            let declared = info.valid & UInt64(ZIP_STAT_SIZE) != 0 ? info.size : 0
            let compressed = info.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? info.comp_size : 0
            if declared > limits.maxFileBytes { throw UploadError.fileTooLarge(name: displayName, limit: limits.maxFileBytes) }
            if declared > declaredLeft { throw UploadError.roundTooLarge(limit: limits.maxRoundBytes) }
            declaredLeft -= declared
            filesLeft -= 1
            let modified = info.valid & UInt64(ZIP_STAT_MTIME) != 0 ? Date(timeIntervalSince1970: TimeInterval(info.mtime)) : nil
            listed.append(Entry(index: index, displayName: displayName, declared: declared, compressed: compressed,
                                 modified: modified, destination: folder.appendingPathComponent("zip-\(UUID().uuidString).part")))
        }
        // A long archive in two halves side by side, each through its own handle (a libzip archive is not to be
        // shared between threads): inflating and writing a thousand entries is most of an upload's time.
        let written = Locked<UInt64>(0)
        let entries = listed
        let outcomes = Locked<[Result<UInt64?, any Error>?]>(Array(repeating: nil, count: entries.count))
        // The first entry (in the archive's order) that passed a cap: the entries after it need not be unpacked.
        let failedAt = Locked(Int.max)
        let halves = entries.count >= 64 ? 2 : 1
        let size = (entries.count + halves - 1) / halves
        let roundBytes = budget.bytes
        nonisolated(unsafe) let first = handle
        DispatchQueue.concurrentPerform(iterations: halves) { half in
            let range = (half * size)..<min(entries.count, (half + 1) * size)
            guard !range.isEmpty else { return }
            var own: OpaquePointer?
            if half > 0 {
                var code: Int32 = 0
                own = zip_open(archive.path, ZIP_RDONLY, &code)
            }
            defer { if let own { zip_discard(own) } }
            guard let reader = half == 0 ? first : own else {
                outcomes.withLock { $0[range.lowerBound] = .failure(CocoaError(.fileReadUnknown)) }
                failedAt.withLock { $0 = min($0, range.lowerBound) }
                return
            }
            var buffer = [UInt8](repeating: 0, count: 64 << 10)
            for position in range {
                if failedAt.withLock({ $0 < position }) { return }
                let result = unpack(entries[position], from: reader, archive: name, buffer: &buffer) { bytes in
                    written.withLock { total in
                        total += bytes
                        return total <= roundBytes
                    }
                }
                outcomes.withLock { $0[position] = result }
                if case .failure = result {
                    failedAt.withLock { $0 = min($0, position) }
                    return
                }
            }
        }
        let results = outcomes.withLock { $0 }
        var files: [IncomingFile] = []
        var total: UInt64 = 0
        for (position, entry) in entries.enumerated() {
            switch results[position] {
            case .failure(let error)?: throw error
            case .success(let size?)?:
                total += size
                files.append(IncomingFile(temporary: entry.destination, displayName: entry.displayName, size: size,
                                          lastModified: entry.modified, archive: name))
            case .success(nil)?, .none: continue
            }
        }
        budget.bytes -= total
        budget.files -= files.count
        return files
    }

    /// An entry to unpack, as its headers declare it.
    private struct Entry {
        var index: UInt64
        var displayName: String
        var declared: UInt64
        var compressed: UInt64
        var modified: Date?
        var destination: URL
    }

    /// Inflates one entry to its destination: the bytes written, nil for an entry libzip cannot open (left out),
    /// the cap it passed (``UploadError``), or why it could not be written. `take` counts bytes against the round's cap, false once it is passed.
    private func unpack(_ entry: Entry, from handle: OpaquePointer, archive name: String, buffer: inout [UInt8],
                        take: (UInt64) -> Bool) -> Result<UInt64?, any Error> {
        guard let file = zip_fopen_index(handle, entry.index, 0) else { return .success(nil) }
        defer { zip_fclose(file) }
        // Plain system calls: a thousand entries through FileManager and FileHandle took most of an upload.
        let output = open(entry.destination.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard output >= 0 else { return .failure(CocoaError(.fileWriteUnknown)) }
        defer { close(output) }
        var written: UInt64 = 0
        while true {
            let read = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64($0.count)) }
            // A damaged entry is kept as far as it inflated: the CLI reports it unreadable with its reason.
            if read <= 0 { break }
            written += UInt64(read)
            if written > limits.maxFileBytes {
                return .failure(UploadError.fileTooLarge(name: entry.displayName, limit: limits.maxFileBytes))
            }
            if written > entry.declared { return .failure(UploadError.suspiciousArchive(name: name)) }
            if written > limits.zip.ratioCheckThreshold, written / max(entry.compressed, 1) > limits.zip.maxCompressionRatio {
                return .failure(UploadError.suspiciousArchive(name: name))
            }
            guard take(UInt64(read)) else { return .failure(UploadError.roundTooLarge(limit: limits.maxRoundBytes)) }
            let complete = buffer.withUnsafeBytes { bytes -> Bool in
                var offset = 0
                while offset < Int(read) {
                    let done = write(output, bytes.baseAddress! + offset, Int(read) - offset)
                    if done < 0 && errno == EINTR { continue }
                    guard done > 0 else { return false }
                    offset += done
                }
                return true
            }
            guard complete else { return .failure(CocoaError(.fileWriteOutOfSpace)) }
        }
        return .success(written)
    }

    /// An entry's name: UTF-8 when it is (flagged or not), else GBK / GB 18030, which Chinese Windows writes
    /// unflagged (libzip's own guess, CP437, would garble it).
    private static func name(_ handle: OpaquePointer, _ index: UInt64) -> String? {
        guard let raw = zip_get_name(handle, index, zip_flags_t(ZIP_FL_ENC_RAW)) else { return nil }
        return CSVTable.decode(Data(bytes: raw, count: strlen(raw))) ?? String(cString: raw)
    }
}
