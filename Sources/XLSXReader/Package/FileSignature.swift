import Foundation

/// Tells what a file is from its first bytes, before libzip is asked: an `.xlsx` is a zip (`PK`); an old `.xls`
/// and a password-encrypted `.xlsx` are OLE2 compound files (`D0 CF 11 E0 A1 B1 1A E1`), told apart by the
/// `EncryptedPackage` stream an encrypted workbook holds.
enum FileSignature {
    static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Throws the precise error for a file that is not a zip package; returns for anything that may be one.
    static func check(path: String, maxFileSize: UInt64) throws(XLSXError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw XLSXError(.fileUnreadable, detail: exists ? (isDirectory.boolValue ? "is a folder" : "no permission")
                                                           : "no such file")
        }
        defer { try? handle.close() }
        if let size = try? handle.seekToEnd(), size > maxFileSize {
            throw XLSXError(.fileTooLarge, detail: "\(size) bytes, limit \(maxFileSize)")
        }
        try? handle.seek(toOffset: 0)
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.count >= 2, head[0] == 0x50, head[1] == 0x4B { return }   // "PK"
        if head == ole2Magic {
            if containsEncryptedPackage(handle) { throw XLSXError(.encrypted, detail: "OLE2 file with EncryptedPackage") }
            throw XLSXError(.legacyXLS, detail: "OLE2 compound file")
        }
        if head.isEmpty { throw XLSXError(.notZip, detail: "empty file") }
        throw XLSXError(.notZip, detail: describe(head))
    }

    /// Looks for the UTF-16LE stream name `EncryptedPackage` in the compound file's directory. The directory
    /// sits anywhere in the file, so the first 8 MiB are searched (an encrypted form is far smaller).
    private static func containsEncryptedPackage(_ handle: FileHandle) -> Bool {
        try? handle.seek(toOffset: 0)
        guard let data = try? handle.read(upToCount: 8 << 20) else { return false }
        let needle = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: needle) != nil
    }

    private static func describe(_ head: [UInt8]) -> String {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        if text.hasPrefix("<") { return "starts with '<': HTML or XML, not a zip package" }
        return "starts with " + head.prefix(4).map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}
