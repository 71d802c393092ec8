import Foundation

/// Tells what a file is from its first bytes, before libzip is asked: an `.xlsx` or `.docx` is a zip (`PK`); an
/// old `.xls` or `.doc` and a password-encrypted `.xlsx` or `.docx` are OLE2 compound files
/// (`D0 CF 11 E0 A1 B1 1A E1`), told apart by the `EncryptedPackage` stream an encrypted package holds.
///
/// A file up to ``wholeReadLimit`` bytes (every returned form) is read whole by the same look, so libzip then
/// works from memory: one `read` instead of the dozen `lseek`/`read` pairs its file source makes per workbook.
package enum FileSignature {
    package static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// Files up to this size are read into memory whole; larger ones are left to libzip's file source, so a
    /// big sheet is still inflated as it streams.
    package static let wholeReadLimit = 4 << 20

    /// A zip package read whole: `malloc`ed bytes that ``ZipArchive`` hands to libzip, which frees them.
    package struct WholeFile {
        let bytes: UnsafeMutableRawPointer
        let count: Int
    }

    /// Throws the precise error for a file that is not a zip package; returns for anything that may be one,
    /// with its bytes when it is no larger than `wholeReadLimit`.
    ///
    /// ```swift
    /// let whole = try FileSignature.check(path: path, maxFileSize: 1 << 30, as: DOCXError.self)
    /// ```
    package static func check<Failure: PackageFailure>(
        path: String, maxFileSize: UInt64, wholeReadLimit: Int = FileSignature.wholeReadLimit, as _: Failure.Type
    ) throws(Failure) -> WholeFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, as: Failure.self) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path, as: Failure.self) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure.failure(.fileUnreadable, detail: "is a folder") }
        let size = UInt64(max(status.st_size, 0))
        if size > maxFileSize {
            throw Failure.failure(.fileTooLarge, detail: "\(size) bytes, limit \(maxFileSize)")
        }
        if size <= UInt64(max(wholeReadLimit, 0)), let whole = readWhole(descriptor, size: Int(size)) {
            let head = [UInt8](UnsafeRawBufferPointer(start: whole.bytes, count: min(8, whole.count)))
            if isZip(head) { return whole }
            defer { free(whole.bytes) }
            try refuse(head, descriptor, as: Failure.self)
        }
        var head = [UInt8](repeating: 0, count: 8)
        let count = pread(descriptor, &head, 8, 0)
        head.removeLast(8 - max(count, 0))
        if isZip(head) { return nil }
        try refuse(head, descriptor, as: Failure.self)
        return nil
    }

    /// Whether the file is an OLE2 compound file that is not an encrypted package: an Excel 97–2003 workbook
    /// (`.xls`, or WPS's `.et`, which is the same format) that ``WorkbookReader`` refuses as
    /// `XLSXError.Kind.legacyXLS`, whatever its name. Reads 8 bytes (and, for a compound file, its directory
    /// for `EncryptedPackage`); false for anything else and for a file that cannot be read.
    ///
    /// ```swift
    /// FileSignature.isLegacyWorkbook(atPath: "黄埔区.xls")    // true
    /// FileSignature.isLegacyWorkbook(atPath: "黄埔区.xlsx")   // false (a zip package)
    /// ```
    package static func isLegacyWorkbook(atPath path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 8)
        guard pread(descriptor, &head, 8, 0) == 8, head == ole2Magic else { return false }
        return !containsEncryptedPackage(descriptor)
    }

    private static func isZip(_ head: [UInt8]) -> Bool {
        head.count >= 2 && head[0] == 0x50 && head[1] == 0x4B   // "PK"
    }

    /// Throws what a file with this head is, when it is not a zip.
    private static func refuse<Failure: PackageFailure>(_ head: [UInt8], _ descriptor: Int32,
                                                        as _: Failure.Type) throws(Failure) {
        if head == ole2Magic {
            if containsEncryptedPackage(descriptor) {
                throw Failure.failure(.encrypted, detail: "OLE2 file with EncryptedPackage")
            }
            throw Failure.failure(.compoundFile, detail: "OLE2 compound file")
        }
        if head.isEmpty { throw Failure.failure(.notZip, detail: "empty file") }
        throw Failure.failure(textKind(head) ?? .notZip, detail: describe(head))
    }

    /// HTML or XML (`<` after an optional UTF-8 byte-order mark and spaces: a web page saved under an Office
    /// name, as Word and WPS do for "save as .doc") or RTF (`{\rtf`): text that is no package at all.
    private static func textKind(_ head: [UInt8]) -> PackageFailureKind? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if bytes.first == UInt8(ascii: "<") { return .markupText }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .richText }
        return nil
    }

    /// The whole file in one `malloc`ed block, or nil when it changed size or could not be read (the caller
    /// then falls back to reading it through libzip, which reports the real problem).
    private static func readWhole(_ descriptor: Int32, size: Int) -> WholeFile? {
        guard let bytes = malloc(max(size, 1)) else { return nil }
        var done = 0
        while done < size {
            let count = pread(descriptor, bytes + done, size - done, off_t(done))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        guard done == size else {
            free(bytes)
            return nil
        }
        return WholeFile(bytes: bytes, count: size)
    }

    private static func unreadable<Failure: PackageFailure>(_ path: String, as _: Failure.Type) -> Failure {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return Failure.failure(.fileUnreadable, detail: exists ? (isDirectory.boolValue ? "is a folder" : "no permission")
                                                          : "no such file")
    }

    /// Looks for the UTF-16LE stream name `EncryptedPackage` in the compound file's directory. The directory
    /// sits anywhere in the file, so the first 8 MiB are searched (an encrypted form is far smaller).
    private static func containsEncryptedPackage(_ descriptor: Int32) -> Bool {
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(max(status.st_size, 0)) : 0
        let limit = min(size, 8 << 20)
        var data = [UInt8](repeating: 0, count: limit)
        var done = 0
        while done < limit {
            let count = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(descriptor, base + done, limit - done, off_t(done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        let needle = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return Data(data[0..<done]).range(of: Data(needle)) != nil
    }

    private static func describe(_ head: [UInt8]) -> String {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        if text.hasPrefix("<") { return "starts with '<': HTML or XML, not a zip package" }
        return "starts with " + head.prefix(4).map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}
