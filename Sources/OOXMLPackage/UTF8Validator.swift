/// Checks that a part's bytes are well-formed UTF-8, chunk by chunk as they are inflated.
///
/// FoundationXML turns the names libxml2 hands it (of elements, attributes, namespace prefixes, processing
/// instructions, comments) into Swift strings with a force-unwrap: one invalid byte in a name makes the process
/// trap (SIGILL) before the parser can report an error. libxml2 itself does not stop at the byte: in the
/// recovery mode FoundationXML asks for, it reports "not proper UTF-8", switches to Latin-1 and passes the raw
/// bytes on. So every byte is checked before XMLParser sees it; the part fails here instead.
///
/// Well-formed is RFC 3629: no overlong forms, no surrogates (`ED A0`…`ED BF`), nothing past U+10FFFF, no
/// stray continuation bytes, no sequence cut short by the end of the part. Eight ASCII bytes at a time are
/// passed with one test (a sheet is nearly all ASCII markup), and the three-byte sequences of Chinese text
/// with a few more.
///
/// A sequence split between two chunks is kept (at most three bytes) and finished with the next chunk.
package struct UTF8Validator {
    /// The start of a sequence cut by the end of the previous chunk.
    private var pending: (UInt8, UInt8, UInt8) = (0, 0, 0)
    private var pendingCount = 0
    /// Bytes checked so far, for the offset in an error.
    package private(set) var offset = 0

    /// Checks the next chunk.
    /// - Returns: the offset in the part of the first byte that is not UTF-8, or nil when all is well so far.
    package init() {}

    package mutating func validate(_ chunk: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return nil }
        var index = 0
        if pendingCount > 0 {
            // Finish the split sequence from the new chunk's first bytes.
            let sequenceStart = offset - pendingCount
            var bytes: (UInt8, UInt8, UInt8, UInt8) = (pending.0, pending.1, pending.2, 0)
            let needed = Self.length(ofSequenceStartingWith: pending.0)
            var have = pendingCount
            withUnsafeMutableBytes(of: &bytes) { raw in
                while have < needed, index < chunk.count {
                    raw[have] = base[index]
                    have += 1
                    index += 1
                }
            }
            let complete = withUnsafeBytes(of: &bytes) { raw -> Verdict in
                // A tuple of four bytes always has an address; `.invalid` keeps the compiler honest without a `!`.
                guard let start = raw.baseAddress else { return .invalid }
                return Self.check(start.assumingMemoryBound(to: UInt8.self), count: have)
            }
            switch complete {
            case .invalid:
                return sequenceStart
            case .incomplete:
                // Still cut short: the chunk was smaller than the rest of the sequence.
                pendingCount = have
                withUnsafeBytes(of: &bytes) { raw in pending = (raw[0], raw[1], raw[2]) }
                offset += chunk.count
                return nil
            case .valid:
                pendingCount = 0
            }
        }
        let count = chunk.count
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                // Markup and numbers: eight bytes at a time while they are ASCII.
                while index + 8 <= count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                continue
            }
            // Chinese text: a run of three-byte sequences, each read as one word and checked with one mask (lead
            // E1–EC or EE–EF, two continuation bytes); E0 and ED, whose second byte has a narrower range, and
            // anything else go through the full check below.
            var run = index
            while run + 4 <= count {
                let word = UnsafeRawPointer(base + run).loadUnaligned(as: UInt32.self).littleEndian & 0x00C0_C0FF
                guard word & 0x00C0_C0F0 == 0x0080_80E0, word != 0x0080_80E0, word != 0x0080_80ED else { break }
                run += 3
            }
            if run > index {
                index = run
                continue
            }
            switch Self.check(base + index, count: count - index) {
            case .valid(let length):
                index += length
            case .invalid:
                return offset + index
            case .incomplete:
                pendingCount = count - index
                pending = (base[index], pendingCount > 1 ? base[index + 1] : 0, pendingCount > 2 ? base[index + 2] : 0)
                index = count
            }
        }
        offset += count
        return nil
    }

    /// The end of the part: a sequence still waiting for its last bytes is an error.
    /// - Returns: the offset of the cut sequence, or nil.
    package func finish() -> Int? {
        pendingCount > 0 ? offset - pendingCount : nil
    }

    private enum Verdict { case valid(Int), invalid, incomplete }

    /// The sequence length a lead byte announces (1 for anything that is not a valid lead: it fails the check).
    private static func length(ofSequenceStartingWith lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    /// Checks the one sequence starting at `bytes` (its lead byte is not ASCII), of which `count` bytes are
    /// available.
    @inline(__always)
    private static func check(_ bytes: UnsafePointer<UInt8>, count: Int) -> Verdict {
        let lead = bytes[0]
        // The range of the second byte, which rules out overlong forms, surrogates and values past U+10FFFF.
        let low: UInt8, high: UInt8, length: Int
        switch lead {
        case 0xC2...0xDF: (low, high, length) = (0x80, 0xBF, 2)
        case 0xE0: (low, high, length) = (0xA0, 0xBF, 3)
        case 0xE1...0xEC, 0xEE, 0xEF: (low, high, length) = (0x80, 0xBF, 3)
        case 0xED: (low, high, length) = (0x80, 0x9F, 3)
        case 0xF0: (low, high, length) = (0x90, 0xBF, 4)
        case 0xF1...0xF3: (low, high, length) = (0x80, 0xBF, 4)
        case 0xF4: (low, high, length) = (0x80, 0x8F, 4)
        default: return .invalid
        }
        guard count > 1 else { return .incomplete }
        guard bytes[1] >= low, bytes[1] <= high else { return .invalid }
        var position = 2
        while position < length {
            guard position < count else { return .incomplete }
            guard bytes[position] & 0xC0 == 0x80 else { return .invalid }
            position += 1
        }
        return .valid(length)
    }
}
