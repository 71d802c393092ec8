import Foundation
import Locking

/// Parsed package parts kept by their stored bytes, so a part that repeats byte for byte across the files of a
/// batch is neither inflated nor parsed again.
///
/// Forms made from one template carry the same `styles.xml`, `workbook.xml` and relationship parts; each costs
/// inflating and a parser with a few hundred XML events per file. The key is the entry as stored (compressed
/// bytes, method, CRC, declared size: ``StoredZipEntry``) and, where the meaning depends on it, the
/// part's folder. Inflating is deterministic, so equal stored entries inflate to equal bytes and a hit is the
/// same input with the same result; the size caps are checked again on a hit against the size the part
/// inflated to (the options may differ between reads). A part that failed to inflate or parse is never stored,
/// so a damaged copy misses and fails as it would uncached. Only parts up to ``largestCached`` bytes are kept,
/// at most ``capacity`` per cache; a full cache is emptied, so memory stays bounded whatever the batch.
///
/// The stored values are kept as `any Sendable` under a key that does not depend on `Value`, so the dictionary and
/// its lookups are compiled once in this module: a generic dictionary is looked up through the runtime's
/// metadata and witness tables when called from the readers' modules (Swift does not specialise a `package`
/// generic across modules). Only the typed value is cast back.
package final class PartCache<Value: Sendable>: Sendable {
    package typealias Key = PartCacheKey

    /// A parsed part and the size it inflated to, for the caps.
    package struct Entry: Sendable {
        package var value: Value
        package var inflatedSize: UInt64

        package init(value: Value, inflatedSize: UInt64) {
            self.value = value
            self.inflatedSize = inflatedSize
        }
    }

    /// Parts larger than this are parsed as they stream, not kept.
    package static var largestCached: Int { 256 << 10 }
    package let capacity: Int
    /// Each value with the size its part inflated to.
    private let entries = Locked<[PartCacheKey: (value: any Sendable, inflatedSize: UInt64)]>([:])

    package init(capacity: Int = 16) {
        self.capacity = capacity
    }

    package func entry(for key: Key) -> Entry? {
        guard let stored = entries.withLock({ $0[key] }), let value = stored.value as? Value else { return nil }
        return Entry(value: value, inflatedSize: stored.inflatedSize)
    }

    package func store(_ entry: Entry, for key: Key) {
        let stored: (value: any Sendable, inflatedSize: UInt64) = (entry.value, entry.inflatedSize)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = stored
        }
    }
}
