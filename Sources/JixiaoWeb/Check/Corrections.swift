import CZip
import Foundation

/// Corrected tables, made on demand by the CLI's own `jixiao fix … --out corrected --force` in the round's
/// folder: one file's (`NAME.corrected.xlsx`), or every file's packed into one .zip named by the uploads' names.
///
/// ```swift
/// let url = try Corrections(store: store, executable: path).corrected(file, of: id)
/// ```
struct Corrections {
    let store: RoundStore
    let executable: String?

    /// The corrected table of one file of the round; nil when the CLI wrote none (an unreadable file).
    func corrected(_ file: StoredFile, of id: RoundID) throws -> URL? {
        try run(["fix", "files/" + file.storedName, "--out", "corrected", "--force", "--quiet", "--lang", "zh"], in: id)
        let url = store.correctedFolder(id).appendingPathComponent(Corrections.correctedName(file.storedName))
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Every file's corrected table in one .zip (`corrected.zip` in the round folder), each named as uploaded
    /// with `.corrected.xlsx`.
    func archive(of id: RoundID) throws -> URL {
        guard let manifest = store.manifest(id) else { throw WebError.notFound }
        try run(["fix", "files", "--out", "corrected", "--force", "--quiet", "--lang", "zh"], in: id)
        let destination = store.folder(id).appendingPathComponent("corrected.zip")
        let temporary = store.folder(id).appendingPathComponent(".corrected-\(UUID().uuidString).zip")
        var code: Int32 = 0
        guard let archive = zip_open(temporary.path, ZIP_CREATE | ZIP_TRUNCATE, &code) else { throw WebError(status: 500) }
        var used = Set<String>()
        for file in manifest.files {
            let source = store.correctedFolder(id).appendingPathComponent(Corrections.correctedName(file.storedName))
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            var name = Corrections.correctedName(StoredName.sanitised(file.displayName))
            if used.contains(name) { name = Corrections.correctedName(file.storedName) }
            used.insert(name)
            guard let data = zip_source_file(archive, source.path, 0, -1) else { continue }
            if zip_file_add(archive, name, data, zip_flags_t(ZIP_FL_ENC_UTF_8)) < 0 { zip_source_free(data) }
        }
        guard zip_close(archive) == 0 else {
            zip_discard(archive)
            try? FileManager.default.removeItem(at: temporary)
            throw WebError(status: 500)
        }
        if !FileManager.default.fileExists(atPath: temporary.path) {
            // libzip writes nothing for an archive with no entry: an empty zip is 22 bytes.
            try Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).write(to: temporary)
        }
        _ = try FileManager.default.replaceItemAt(destination, withItemAt: temporary)
        return destination
    }

    /// `name.xlsx` → `name.corrected.xlsx` (an old `.xls`/`.et` too: fix converts it first).
    static func correctedName(_ name: String) -> String {
        let ext = (name as NSString).pathExtension.lowercased()
        let stem = ["xlsx", "xls", "et", "xlsm"].contains(ext) ? (name as NSString).deletingPathExtension : name
        return stem + ".corrected.xlsx"
    }

    private func run(_ arguments: [String], in id: RoundID) throws {
        guard let executable else { throw WebError(status: 500, message: "jixiao executable not found") }
        try FileManager.default.createDirectory(at: store.correctedFolder(id), withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = store.folder(id)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, (0...2).contains(process.terminationStatus) else {
            throw WebError(status: 500, message: "jixiao fix ended with \(process.terminationStatus)")
        }
    }
}
