import Foundation
import Locking

/// Parsed package parts kept by their stored bytes, so a part that repeats byte for byte across the files of a
/// batch is neither inflated nor parsed again.
///
/// Forms made from one template carry the same `styles.xml`, `workbook.xml` and relationship parts; each costs
/// inflating and a parser with a few hundred XML events per file. The key is the entry as stored (compressed
/// bytes, method, CRC, declared size: ``ZipArchive/StoredEntry``) and, where the meaning depends on it, the
/// part's folder. Inflating is deterministic, so equal stored entries inflate to equal bytes and a hit is the
/// same input with the same result; the size caps are checked again on a hit against the size the part
/// inflated to (the options may differ between reads). A part that failed to inflate or parse is never stored,
/// so a damaged copy misses and fails as it would uncached. Only parts up to ``largestCached`` bytes are kept,
/// at most ``capacity`` per cache; a full cache is emptied, so memory stays bounded whatever the batch.
final class PartCache<Value: Sendable>: Sendable {
    struct Key: Hashable, Sendable {
        var context: String
        var entry: ZipArchive.StoredEntry
    }

    /// A parsed part and the size it inflated to, for the caps.
    struct Entry: Sendable {
        var value: Value
        var inflatedSize: UInt64
    }

    /// Parts larger than this are parsed as they stream, not kept.
    static var largestCached: Int { 256 << 10 }
    let capacity: Int
    private let entries = Locked<[Key: Entry]>([:])

    init(capacity: Int = 16) {
        self.capacity = capacity
    }

    func entry(for key: Key) -> Entry? {
        entries.withLock { $0[key] }
    }

    func store(_ entry: Entry, for key: Key) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = entry
        }
    }
}
