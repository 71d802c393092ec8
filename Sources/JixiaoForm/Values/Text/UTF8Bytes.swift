import Foundation

/// The byte-level primitives on a text's UTF-8, in one place for the reader of forms and the tool: each works on
/// the string's own storage where it is contiguous (every native string) and falls back to stepping its `utf8`
/// view otherwise, which is several times slower.
///
/// Bytes, not characters: two spellings of one text in different Unicode forms are equal strings but different
/// bytes (and two names to a file system); a memo keyed by bytes skips normalising every text it looks up.
///
/// ```swift
/// UTF8Bytes.contains("单位：万元", byte: UInt8(ascii: ":"))   // false: the colon is full-width
/// UTF8Bytes.contains("a'b") { $0 == UInt8(ascii: "'") }     // true
/// UTF8Bytes.equal("é", "e\u{301}")                          // false, though the strings are ==
/// ```
package enum UTF8Bytes {
    /// `body` over the text's UTF-8 bytes, in place where the string stores them contiguously. An empty buffer
    /// may have no base address.
    @inlinable @inline(__always)
    package static func with<Text: StringProtocol, Result>(_ text: Text,
                                                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the text holds this byte (`memchr`). For an ASCII byte this is "holds the character"; another byte
    /// only says it may hold a multi-byte character.
    @inlinable @inline(__always)
    package static func contains(_ text: some StringProtocol, byte: UInt8) -> Bool {
        with(text) { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether some byte of the text passes `test`.
    @inlinable @inline(__always)
    package static func contains(_ text: some StringProtocol, where test: (UInt8) -> Bool) -> Bool {
        with(text) { $0.contains(where: test) }
    }

    /// Whether two texts have the same bytes.
    @inlinable @inline(__always)
    package static func equal(_ first: some StringProtocol, _ second: some StringProtocol) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        return with(first) { left in
            with(second) { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return left.isEmpty }
                return memcmp(leftBase, rightBase, left.count) == 0
            }
        }
    }

    /// Feeds the text's bytes and their count to `hasher`: a hash that agrees with ``equal(_:_:)``.
    @inlinable @inline(__always)
    package static func hash(_ text: some StringProtocol, into hasher: inout Hasher) {
        with(text) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
    }
}
