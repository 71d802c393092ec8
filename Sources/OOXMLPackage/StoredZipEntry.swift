import Foundation

/// An entry as stored in the package: its compressed bytes and what the directory says of them. Two
/// entries with the same stored form inflate to the same bytes (or fail the same way), whichever file they
/// come from, so a part cache can key on this without inflating (``PartCache``).
///
/// ```swift
/// let key = archive.storedEntry("xl/styles.xml", limit: 256 << 10)
/// ```
package struct StoredZipEntry: Hashable, Sendable {
    package var method: UInt16
    package var encryption: UInt16
    package var crc: UInt32
    package var declaredSize: UInt64
    package var compressed: [UInt8]

    package init(method: UInt16, encryption: UInt16, crc: UInt32, declaredSize: UInt64, compressed: [UInt8]) {
        self.method = method
        self.encryption = encryption
        self.crc = crc
        self.declaredSize = declaredSize
        self.compressed = compressed
    }

    /// The bytes compared as one block (`memcmp`), not element by element through `Array`'s generic `==`: a
    /// part cache's hit compares a whole stored part.
    package static func == (lhs: StoredZipEntry, rhs: StoredZipEntry) -> Bool {
        guard lhs.method == rhs.method, lhs.encryption == rhs.encryption, lhs.crc == rhs.crc,
              lhs.declaredSize == rhs.declaredSize, lhs.compressed.count == rhs.compressed.count else { return false }
        return lhs.compressed.withUnsafeBytes { left in
            rhs.compressed.withUnsafeBytes { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return memcmp(leftBase, rightBase, left.count) == 0
            }
        }
    }

    /// The bytes as one block (`Array` feeds the hasher byte by byte).
    package func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(encryption)
        hasher.combine(crc)
        hasher.combine(declaredSize)
        compressed.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
