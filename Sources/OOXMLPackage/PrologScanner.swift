/// Looks at the bytes before the root element. The only markup allowed there is the XML declaration,
/// processing instructions and comments; anything else starting `<!` is a DTD and is refused.
package struct PrologScanner {
    package enum Verdict { case undecided, rootFound, refused }
    package private(set) var isDone = false
    /// Whether the root element's start was seen (a part without one is empty, whatever XMLParser says).
    package private(set) var foundRoot = false
    /// Bytes of a construct split across two chunks.
    private var carry: [UInt8] = []
    /// Bytes seen so far; a prolog longer than this is treated as hostile.
    private var seen = 0
    private static let limit = 1 << 20

    package init() {}

    package mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>) -> Verdict {
        seen += chunk.count
        // The prolog nearly always ends in the first chunk: scan it where it lies, copying only to join a
        // construct cut by the previous chunk's end.
        guard !carry.isEmpty else { return scan(bytes: chunk) }
        var bytes = carry
        carry.removeAll()
        bytes.append(contentsOf: chunk)
        return bytes.withUnsafeBufferPointer { scan(bytes: $0) }
    }

    private mutating func scan(bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            guard index + 1 < bytes.count else { carry = Array(bytes[index...]); return pending() }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") {
                guard let end = find("?>", in: bytes, from: index + 2) else {
                    carry = Array(bytes[index...]); return pending()
                }
                index = end + 2
            } else if next == UInt8(ascii: "!") {
                guard index + 4 <= bytes.count else { carry = Array(bytes[index...]); return pending() }
                guard bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") else {
                    isDone = true
                    return .refused
                }
                guard let end = find("-->", in: bytes, from: index + 4) else {
                    carry = Array(bytes[index...]); return pending()
                }
                index = end + 3
            } else {
                isDone = true
                foundRoot = true
                return .rootFound
            }
        }
        return pending()
    }

    private mutating func pending() -> Verdict {
        if seen > PrologScanner.limit {
            isDone = true
            return .refused
        }
        return .undecided
    }

    private func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard bytes.count >= count, start <= bytes.count - count else { return nil }
        let pattern = needle.utf8Start
        var index = start
        search: while index <= bytes.count - count {
            for offset in 0..<count where bytes[index + offset] != pattern[offset] {
                index += 1
                continue search
            }
            return index
        }
        return nil
    }
}
