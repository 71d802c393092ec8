import Foundation

/// Finds a processing instruction with a target and nothing after it (`<?xml?>`, `<?mso?>`), chunk by chunk.
///
/// libxml2 hands such an instruction's data to its SAX callback as NULL, and FoundationXML's callback reads that
/// as a C string: the process dies (strlen of NULL) before any delegate is asked. No spreadsheet program writes
/// one, so a part holding one is refused as malformed before XMLParser sees it. An instruction with a space
/// before `?>` (`<?target ?>`) gets empty data, not NULL, and passes.
///
/// Cheap on the bytes of a part: `?` is found with `memchr` (it stands in a part's declaration and rarely in
/// its text), and only a `?>` is looked at backwards. Valid for UTF-8 and for encodings that keep ASCII's bytes
/// (GBK, Big5: no trail byte is `?`); UTF-16 is checked on its ASCII view.
///
/// ```swift
/// var check = EmptyInstructionCheck()
/// Array("<?xml?><a/>".utf8).withUnsafeBufferPointer { check.scan($0) }   // true
/// ```
package struct EmptyInstructionCheck {
    /// The last bytes of the chunk before, for a target cut by a chunk's end.
    private var context: [UInt8] = []
    /// Targets longer than this, reaching back past the chunk before, are taken for empty instructions: no
    /// spreadsheet program writes a processing instruction with such a target.
    package static let longestTarget = 256

    /// Whether `chunk` (after the chunks scanned before) completes an instruction with no data.
    package init() {}

    package mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return false }
        let question = UInt8(ascii: "?"), close = UInt8(ascii: ">")
        // A `?` closing the chunk before, `>` opening this one.
        if context.last == question, chunk[0] == close, endsEmptyInstruction(questionAt: -1, in: chunk) { return true }
        var offset = 0
        while offset < chunk.count, let found = memchr(base + offset, Int32(question), chunk.count - offset) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 1 < chunk.count, chunk[index + 1] == close, endsEmptyInstruction(questionAt: index, in: chunk) {
                return true
            }
            offset = index + 1
        }
        let kept = Self.longestTarget + 2
        if chunk.count >= kept {
            context = Array(chunk.suffix(kept))
        } else {
            context.append(contentsOf: chunk)
            if context.count > kept { context.removeFirst(context.count - kept) }
        }
        return false
    }

    /// Whether the `?` at `index` (-1: the last byte of ``context``) ends `<?` followed by name bytes only.
    private func endsEmptyInstruction(questionAt index: Int, in chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        // Bytes before position `position` of the chunk; negative positions reach into the context.
        func byte(_ position: Int) -> UInt8? {
            if position >= 0 { return chunk[position] }
            let back = context.count + position
            return back >= 0 ? context[back] : nil
        }
        var position = index - 1
        var nameBytes = 0
        while let current = byte(position), Self.isNameByte(current) {
            nameBytes += 1
            position -= 1
            if nameBytes > Self.longestTarget { return true }
        }
        return nameBytes > 0 && byte(position) == UInt8(ascii: "?") && byte(position - 1) == UInt8(ascii: "<")
    }

    /// A byte of an XML name: an ASCII letter, digit, `-`, `_`, `.`, `:`, or any byte of a non-ASCII character.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
            true
        default:
            false
        }
    }
}
