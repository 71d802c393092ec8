import Foundation

extension StringProtocol {
    /// Whether the UTF-8 text holds this byte: `memchr` over the string's own storage, a plain scan otherwise.
    /// For ASCII bytes this is "holds the character"; other bytes only say "may hold" a multi-byte character.
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
