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

    /// The bytes as one block (`Array` feeds the hasher byte by byte).
    package func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(encryption)
        hasher.combine(crc)
        hasher.combine(declaredSize)
        compressed.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
