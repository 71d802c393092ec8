import AtomicFiles
import Foundation
import Locking

/// The rounds on disk, under `DATA/rounds/<id>/`:
///
///     manifest.json        the round (``RoundManifest``), replaced atomically
///     files/               the files as uploaded, never modified: what the CLI checks
///     replaced/            files a resubmission replaced
///     reference/           the reference list, if one was given
///     incoming/            an upload being received (emptied when it is taken in or refused)
///     report.json, report.csv, 汇总.xlsx    the CLI's outputs for the round
///     corrected/           corrected tables made on demand
///
/// Every change of a round happens under that round's lock. Ids come only from ``RoundID``, never from text
/// joined raw, so nothing outside `DATA/rounds/` is ever named.
///
/// ```swift
/// let store = try RoundStore(data: URL(fileURLWithPath: "jixiao-data"))
/// let id = try store.create(name: "2021 年度")
/// try store.add(incoming, reference: nil, to: id)
/// ```
final class RoundStore: Sendable {
    let root: URL
    private let locks = Locked<[String: NSLock]>([:])

    /// Opens (and creates on first use) `data/rounds/`.
    init(data: URL) throws {
        root = data.appendingPathComponent("rounds", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func folder(_ id: RoundID) -> URL { root.appendingPathComponent(id.value, isDirectory: true) }
    func filesFolder(_ id: RoundID) -> URL { folder(id).appendingPathComponent("files", isDirectory: true) }
    func replacedFolder(_ id: RoundID) -> URL { folder(id).appendingPathComponent("replaced", isDirectory: true) }
    func referenceFolder(_ id: RoundID) -> URL { folder(id).appendingPathComponent("reference", isDirectory: true) }
    func incomingFolder(_ id: RoundID) -> URL { folder(id).appendingPathComponent("incoming", isDirectory: true) }
    func correctedFolder(_ id: RoundID) -> URL { folder(id).appendingPathComponent("corrected", isDirectory: true) }
    private func manifestURL(_ id: RoundID) -> URL { folder(id).appendingPathComponent("manifest.json") }

    /// Runs `body` holding the round's lock.
    func withLock<T>(_ id: RoundID, _ body: () throws -> T) rethrows -> T {
        let lock = locks.withLock { locks in
            if let lock = locks[id.value] { return lock }
            let lock = NSLock()
            locks[id.value] = lock
            return lock
        }
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Every round, newest first.
    func list() -> [(id: RoundID, manifest: RoundManifest)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.compactMap(RoundID.init).compactMap { id in manifest(id).map { (id, $0) } }
            .sorted { $0.manifest.created > $1.manifest.created }
    }

    /// Whether there is such a round: its manifest is there (not read: a page polling a round's progress asks
    /// this many times a check, and a thousand files' manifest takes milliseconds to decode).
    func exists(_ id: RoundID) -> Bool {
        FileManager.default.fileExists(atPath: manifestURL(id).path)
    }

    /// The round's manifest; nil when there is no such round. Decoded once per version of the file (an upload,
    /// its check and the page each ask for it, and a thousand files' manifest takes milliseconds to decode).
    func manifest(_ id: RoundID) -> RoundManifest? {
        manifests.value(at: manifestURL(id).path) { try StoreJSON.decoder.decode(RoundManifest.self, from: $0) }
    }

    private let manifests = DecodedFileCache<RoundManifest>(capacity: 32)

    /// Makes an empty round.
    func create(name: String, at date: Date = Date()) throws -> RoundID {
        var id = RoundID.make(at: date)
        while FileManager.default.fileExists(atPath: folder(id).path) { id = RoundID.make(at: date) }
        try withLock(id) {
            for folder in [filesFolder(id), replacedFolder(id), referenceFolder(id)] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try write(RoundManifest(name: RoundStore.cleanName(name, date: date), created: date), to: id)
        }
        return id
    }

    /// Takes the files of one upload into the round: each gets a number and its stored name, is moved from
    /// `incoming/` into `files/` with its `lastModified` as modification time, and replaces (into `replaced/`)
    /// a file of the same displayed name from an earlier upload. A reference list replaces the one before it.
    /// - Returns: the manifest after the upload.
    @discardableResult
    func add(_ incoming: [IncomingFile], reference: IncomingFile?, to id: RoundID, at date: Date = Date()) throws -> RoundManifest {
        try withLock(id) {
            guard var manifest = manifest(id) else { throw CocoaError(.fileNoSuchFile) }
            let fileManager = FileManager.default
            manifest.uploads += 1
            // Display name → the current file of that name from an earlier upload. Files of one upload never
            // replace each other: a folder of units' folders often holds one name many times (自评表.xlsx), and
            // which of them is the unit's latest is the CLI's to judge.
            var byName = Dictionary(manifest.files.map { ($0.displayName, $0) }) { _, last in last }
            var replacedNumbers = Set<Int>()
            var added: [StoredFile] = []
            for file in incoming {
                // The earlier file leaves first, so that the new one takes its name.
                var replaced: [StoredFile]?
                if let earlier = byName.removeValue(forKey: file.displayName) {
                    replaced = (earlier.replaced ?? []) + [try retire(earlier, of: id)]
                    replacedNumbers.insert(earlier.number)
                }
                var stored = try take(file, into: filesFolder(id), manifest: &manifest, date: date)
                stored.replaced = replaced
                added.append(stored)
            }
            manifest.files = (manifest.files + added).filter { !replacedNumbers.contains($0.number) }
            if let reference {
                if let earlier = manifest.reference {
                    try? fileManager.removeItem(at: referenceFolder(id).appendingPathComponent(earlier.storedName))
                }
                manifest.reference = try take(reference, into: referenceFolder(id), manifest: &manifest, date: date)
            }
            try write(manifest, to: id)
            return manifest
        }
    }

    /// Replaces files of units that a later upload sent again (found by the check): each of `earlier` moves to
    /// `replaced/` and is recorded on the file that replaced it.
    func replace(_ earlier: [Int], by later: Int, in id: RoundID) throws {
        try withLock(id) {
            guard var manifest = manifest(id),
                  let laterIndex = manifest.files.firstIndex(where: { $0.number == later }) else { return }
            var replaced = manifest.files[laterIndex].replaced ?? []
            for number in earlier {
                guard let index = manifest.files.firstIndex(where: { $0.number == number }) else { continue }
                let file = manifest.files[index]
                replaced += (file.replaced ?? []) + [try retire(file, of: id)]
                manifest.files.remove(at: index)
            }
            if let laterIndex = manifest.files.firstIndex(where: { $0.number == later }) {
                manifest.files[laterIndex].replaced = replaced
            }
            try write(manifest, to: id)
        }
    }

    /// Gives the round a new name.
    func rename(_ id: RoundID, to name: String) throws {
        try withLock(id) {
            guard var manifest = manifest(id) else { throw CocoaError(.fileNoSuchFile) }
            manifest.name = RoundStore.cleanName(name, date: manifest.created)
            try write(manifest, to: id)
        }
    }

    /// Removes the round and everything in it: first renamed out of `rounds/` (one step), then deleted.
    func delete(_ id: RoundID) throws {
        try withLock(id) {
            guard FileManager.default.fileExists(atPath: manifestURL(id).path) else { throw CocoaError(.fileNoSuchFile) }
            let doomed = root.appendingPathComponent(".deleting-\(id.value)-\(UInt32.random(in: 0...UInt32.max))")
            try FileManager.default.moveItem(at: folder(id), to: doomed)
            try? FileManager.default.removeItem(at: doomed)
        }
    }

    /// Moves one received file into `folder` under its stored name.
    private func take(_ file: IncomingFile, into folder: URL, manifest: inout RoundManifest, date: Date) throws -> StoredFile {
        let number = manifest.nextNumber
        manifest.nextNumber += 1
        // Paths as text: `URL.appendingPathComponent` parses the whole URL again, a thousand times an upload.
        let folderPath = folder.path
        let storedName = StoredName.make(from: file.displayName) { access(folderPath + "/" + $0, F_OK) == 0 }
        let destinationPath = folderPath + "/" + storedName
        // rename(2) and utimensat(2) themselves: FileManager's move and attributes cost several calls each, and
        // an upload of a .zip moves a thousand files.
        guard Glibc.rename(file.temporary.path, destinationPath) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destinationPath])
        }
        if let lastModified = file.lastModified {
            let seconds = lastModified.timeIntervalSince1970.rounded(.down)
            let stamp = timespec(tv_sec: Int(seconds), tv_nsec: Int((lastModified.timeIntervalSince1970 - seconds) * 1e9))
            var times = [stamp, stamp]
            _ = utimensat(AT_FDCWD, destinationPath, &times, 0)
        }
        return StoredFile(number: number, displayName: file.displayName, storedName: storedName, size: file.size,
                          uploaded: date, lastModified: file.lastModified, upload: manifest.uploads,
                          archive: file.archive, replaced: nil)
    }

    /// Moves a current file to `replaced/`, under its number and name (``StoredName/retired(_:number:)``).
    /// - Returns: the file as the manifest records it there, no longer replacing any.
    private func retire(_ file: StoredFile, of id: RoundID) throws -> StoredFile {
        try FileManager.default.createDirectory(at: replacedFolder(id), withIntermediateDirectories: true)
        var retired = StoredFile(file, replaced: nil)
        retired.storedName = StoredName.retired(file.storedName, number: file.number)
        try FileManager.default.moveItem(at: filesFolder(id).appendingPathComponent(file.storedName),
                                         to: replacedFolder(id).appendingPathComponent(retired.storedName))
        return retired
    }

    private func write(_ manifest: RoundManifest, to id: RoundID) throws {
        let output = try AtomicOutput.prepare(destination: manifestURL(id), overwrite: true)
        do {
            try StoreJSON.readableEncoder.encode(manifest).write(to: output.temporaryFile)
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
    }

    /// A round's name: trimmed, control characters dropped, at most 100 characters; the date when empty.
    static func cleanName(_ name: String, date: Date) -> String {
        let kept = String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.properties.generalCategory != .control }))
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if kept.isEmpty {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            return formatter.string(from: date)
        }
        return String(kept.prefix(100))
    }
}
