import Foundation

/// A string hashed and compared by its UTF-8 bytes: the memo key for texts read from cells.
///
/// `String` hashes and compares by canonical equivalence, normalising every non-ASCII text on each lookup; a
/// memo only needs the same text back, and whatever it works out from a text it would work out from the same
/// bytes.
struct TextBytes: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: TextBytes, rhs: TextBytes) -> Bool { UTF8Bytes.equal(lhs.text, rhs.text) }

    func hash(into hasher: inout Hasher) { UTF8Bytes.hash(text, into: &hasher) }
}
