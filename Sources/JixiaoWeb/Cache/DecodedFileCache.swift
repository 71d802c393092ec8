import Foundation
import Locking

/// Files the server decodes again and again (a round's manifest on every upload, status and page; its report on
/// its page and each file's page), kept decoded while the file on disk is the same one: same inode, size and
/// modification time. Every write the server makes replaces a file whole (a new inode), and the CLI's outputs
/// are renamed into place, so a changed file is always seen as changed. A few entries, the most recently used
/// kept.
///
/// ```swift
/// let manifests = DecodedFileCache<RoundManifest>(capacity: 16)
/// let manifest = manifests.value(at: path) { try StoreJSON.decoder.decode(RoundManifest.self, from: $0) }
/// ```
final class DecodedFileCache<Value: Sendable>: Sendable {
    private struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = info.st_mtim.tv_sec
            nanoseconds = info.st_mtim.tv_nsec
        }
    }

    private struct Entry {
        var path: String
        var identity: Identity
        var value: Value
    }

    private let capacity: Int
    /// Most recently used last.
    private let entries = Locked<[Entry]>([])

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The file at `path` decoded by `decode`: from the cache when the file is the one decoded before; nil when
    /// it cannot be read or decoded.
    func value(at path: String, _ decode: (Data) throws -> Value) -> Value? {
        guard let identity = Identity(path: path) else { return nil }
        let cached = entries.withLock { entries -> Value? in
            guard let index = entries.firstIndex(where: { $0.path == path }) else { return nil }
            let entry = entries.remove(at: index)
            guard entry.identity == identity else { return nil }
            entries.append(entry)
            return entry.value
        }
        if let cached { return cached }
        // The identity was taken before the read: a file replaced while it is read is decoded again next time.
        guard let data = FileManager.default.contents(atPath: path), let value = try? decode(data) else { return nil }
        entries.withLock { entries in
            entries.removeAll { $0.path == path }
            entries.append(Entry(path: path, identity: identity, value: value))
            if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        }
        return value
    }
}
