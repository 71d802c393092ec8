import Foundation

/// Cuts `word/styles.xml` down to the styles a document's paragraphs name (and the styles those are based on)
/// before XMLParser sees it: Word's and python-docx's templates define a few hundred styles and latent styles
/// (350 KB, 10 ms of parsing) for the three or four a report uses.
///
/// Works on the bytes: each `<w:style …>…</w:style>` element is found by its tags (styles do not nest), its
/// `w:styleId` and `w:basedOn` read from its bytes; the elements needed are kept with everything before the
/// first style (the declaration, the root's start tag, `w:docDefaults`; `w:latentStyles` is dropped) and after
/// the last (the root's end). A part this does not follow (another prefix than `w:`, a comment, a CDATA section,
/// an unclosed style) is returned whole, to be parsed as it is.
///
/// ```swift
/// let kept = StyleSelection.select(["Heading1"], from: bytes)   // Heading1, Normal (its base), nothing else
/// ```
enum StyleSelection {
    static func select(_ needed: Set<String>, from bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in select(needed, in: buffer) ?? bytes }
    }

    private struct Element {
        var range: Range<Int>
        var id: String?
        var basedOn: String?
    }

    private static func select(_ needed: Set<String>, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // `!` is rare in a styles part: each one is looked at for `<!--` and `<![CDATA[`.
        if let bang = find("!", in: bytes, from: 0), hasMarkupDeclaration(in: bytes, from: bang) { return nil }
        var elements: [Element] = []
        var index = 0
        while let start = find("<w:style", in: bytes, from: index) {
            let next = start + 8 < bytes.count ? bytes[start + 8] : 0
            guard next == UInt8(ascii: " ") || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x0A
                    || next == 0x0D || next == 0x09 else {
                index = start + 8   // `<w:styles`, the root
                continue
            }
            guard let tagEnd = endOfTag(in: bytes, from: start + 8) else { return nil }
            let end: Int
            if bytes[tagEnd - 1] == UInt8(ascii: "/") {
                end = tagEnd + 1
            } else {
                guard let close = find("</w:style>", in: bytes, from: tagEnd) else { return nil }
                end = close + 10
            }
            elements.append(Element(range: start..<end,
                                    id: value(after: "w:styleId=", in: bytes, range: start..<tagEnd),
                                    basedOn: value(after: "<w:basedOn w:val=", in: bytes, range: tagEnd..<end)))
            index = end
        }
        guard let first = elements.first, let last = elements.last else { return nil }
        // The styles named, and the ones they are based on, however far.
        var wanted = needed
        var grew = true
        while grew {
            grew = false
            for element in elements {
                if let id = element.id, wanted.contains(id), let base = element.basedOn, !wanted.contains(base) {
                    wanted.insert(base)
                    grew = true
                }
            }
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(first.range.lowerBound + (bytes.count - last.range.upperBound) + 4096)
        var prefix = 0..<first.range.lowerBound
        if let latent = find("<w:latentStyles", in: bytes, from: 0), latent < first.range.lowerBound,
           let latentEnd = find("</w:latentStyles>", in: bytes, from: latent), latentEnd < first.range.lowerBound {
            kept.append(contentsOf: bytes[0..<latent])
            prefix = (latentEnd + 17)..<first.range.lowerBound
        }
        kept.append(contentsOf: bytes[prefix])
        for element in elements where element.id.map(wanted.contains) == true {
            kept.append(contentsOf: bytes[element.range])
        }
        kept.append(contentsOf: bytes[last.range.upperBound...])
        return kept
    }

    /// Whether a `<!` (a comment, a CDATA section) stands at or after the `!` at `from`.
    private static func hasMarkupDeclaration(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        var index = from
        while let bang = find("!", in: bytes, from: index) {
            if bang > 0, bytes[bang - 1] == UInt8(ascii: "<") { return true }
            index = bang + 1
        }
        return false
    }

    /// The `>` closing the tag that started before `from`, quotes respected.
    private static func endOfTag(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var quote: UInt8?
        var index = from
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The quoted value after `name` (`w:styleId=`) inside `range`, or nil.
    private static func value(after name: StaticString, in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> String? {
        guard let at = find(name, in: bytes, from: range.lowerBound), at < range.upperBound else { return nil }
        let open = at + name.utf8CodeUnitCount
        guard open < range.upperBound, bytes[open] == 0x22 || bytes[open] == 0x27 else { return nil }
        var close = open + 1
        while close < range.upperBound, bytes[close] != bytes[open] { close += 1 }
        guard close < range.upperBound else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self)
    }

    /// Where `needle` first stands at or after `start`: `memchr` for its first byte, then the rest compared.
    private static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard let base = bytes.baseAddress, start <= bytes.count - count else { return nil }
        let first = Int32(needle.utf8Start[0])
        var index = start
        while index <= bytes.count - count, let found = memchr(base + index, first, bytes.count - count + 1 - index) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle.utf8Start, count) == 0 { return at }
            index = at + 1
        }
        return nil
    }
}
