import CZip
import Foundation
import JixiaoForm

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
    /// - Throws: ``UploadError`` when a cap is passed; whatever was unpacked is then left for the caller to remove.
    func extract(_ archive: URL, named name: String, into folder: URL,
                 budget: inout (bytes: UInt64, files: Int)) throws -> [IncomingFile]? {
        var code: Int32 = 0
        guard let handle = zip_open(archive.path, ZIP_RDONLY, &code) else { return nil }
        defer { zip_discard(handle) }
        let count = zip_get_num_entries(handle, 0)
        guard count >= 0 else { return nil }
        var files: [IncomingFile] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        for index in 0..<UInt64(count) {
            var info = zip_stat_t()
            zip_stat_init(&info)
            guard zip_stat_index(handle, index, 0, &info) == 0,
                  let entryName = ZipExtractor.name(handle, index)?.replacingOccurrences(of: "\\", with: "/") else { continue }
            if entryName.hasSuffix("/") || entryName.hasPrefix("__MACOSX/") || entryName.contains("/__MACOSX/") { continue }
            let displayName = StoredName.basename(of: entryName)
            if displayName.isEmpty || displayName == "." || displayName == ".." { continue }
            guard budget.files > 0 else { throw UploadError.tooManyFiles(limit: limits.maxFiles) }
            let declared = info.valid & UInt64(ZIP_STAT_SIZE) != 0 ? info.size : 0
            let compressed = info.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? info.comp_size : 0
            if declared > limits.maxFileBytes { throw UploadError.fileTooLarge(name: displayName, limit: limits.maxFileBytes) }
            if declared > budget.bytes { throw UploadError.roundTooLarge(limit: limits.maxRoundBytes) }
            let destination = folder.appendingPathComponent("zip-\(UUID().uuidString).part")
            guard let entry = zip_fopen_index(handle, index, 0) else { continue }
            defer { zip_fclose(entry) }
            // Plain system calls: a thousand entries through FileManager and FileHandle took most of an upload.
            let output = open(destination.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard output >= 0 else { throw CocoaError(.fileWriteUnknown) }
            defer { close(output) }
            var written: UInt64 = 0
            var damaged = false
            while true {
                let read = buffer.withUnsafeMutableBytes { zip_fread(entry, $0.baseAddress, UInt64($0.count)) }
                if read < 0 { damaged = true; break }
                if read == 0 { break }
                written += UInt64(read)
                if written > limits.maxFileBytes { throw UploadError.fileTooLarge(name: displayName, limit: limits.maxFileBytes) }
                if written > budget.bytes { throw UploadError.roundTooLarge(limit: limits.maxRoundBytes) }
                if written > declared { throw UploadError.suspiciousArchive(name: name) }
                if written > limits.zip.ratioCheckThreshold, written / max(compressed, 1) > limits.zip.maxCompressionRatio {
                    throw UploadError.suspiciousArchive(name: name)
                }
                try buffer.withUnsafeBytes { bytes throws in
                    var offset = 0
                    while offset < Int(read) {
                        let done = write(output, bytes.baseAddress! + offset, Int(read) - offset)
                        if done < 0 && errno == EINTR { continue }
                        guard done > 0 else { throw CocoaError(.fileWriteOutOfSpace) }
                        offset += done
                    }
                }
            }
            // A damaged entry is kept as far as it inflated: the CLI reports it unreadable with its reason.
            _ = damaged
            budget.bytes -= written
            budget.files -= 1
            let modified = info.valid & UInt64(ZIP_STAT_MTIME) != 0 ? Date(timeIntervalSince1970: TimeInterval(info.mtime)) : nil
            files.append(IncomingFile(temporary: destination, displayName: displayName, size: written,
                                      lastModified: modified, archive: name))
        }
        return files
    }

    /// An entry's name: UTF-8 when it is (flagged or not), else GBK / GB 18030, which Chinese Windows writes
    /// unflagged (libzip's own guess, CP437, would garble it).
    private static func name(_ handle: OpaquePointer, _ index: UInt64) -> String? {
        guard let raw = zip_get_name(handle, index, zip_flags_t(ZIP_FL_ENC_RAW)) else { return nil }
        return CSVTable.decode(Data(bytes: raw, count: strlen(raw))) ?? String(cString: raw)
    }
}
