import Foundation

/// A string hashed and compared by its UTF-8 bytes: the memo key for texts read from cells.
///
/// `String` hashes and compares by canonical equivalence, normalising every non-ASCII text on each lookup; a
/// memo only needs the same text back, and whatever it works out from a text it would work out from the same
/// bytes.
struct TextBytes: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: TextBytes, rhs: TextBytes) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        let same = lhs.text.utf8.withContiguousStorageIfAvailable { left in
            rhs.text.utf8.withContiguousStorageIfAvailable { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return left.isEmpty }
                return memcmp(leftBase, rightBase, left.count) == 0
            }
        }
        if let same, let same { return same }
        return lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        hasher.combine(text.utf8.count)
    }
}
