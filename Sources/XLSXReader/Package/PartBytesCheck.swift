/// What a part's bytes must pass on their way to XMLParser, checked chunk by chunk in the same pass that hands
/// them over (``ZipEntryStream``, ``MemoryPartStream``):
/// - the text encoding: UTF-8 (with or without a byte-order mark) is checked byte for byte by
///   ``UTF8Validator``, since FoundationXML traps on an invalid byte in a name; UTF-16 (a byte-order mark, or
///   `<?` as UTF-16 without one) is left to libxml2, which decodes it to valid UTF-8 itself; UCS-4 and EBCDIC
///   are refused (ECMA-376 Part 2 allows only UTF-8 and UTF-16);
/// - the prolog: no DTD or entity declaration (``PrologScanner``);
/// - the end: the part must have a root element. XMLParser on Linux reports success on an empty document (and
///   never starts on one under four bytes).
///
/// A part whose bytes are not UTF-8 is refused whatever encoding its declaration names: a package's parts may
/// only be UTF-8 or UTF-16 (ECMA-376 Part 2, M1.17), and trusting a declaration would mean following libxml2's
/// own reading of it exactly.
struct PartBytesCheck {
    private enum Encoding { case undecided, utf8, utf16LittleEndian, utf16BigEndian }

    let part: String
    private var encoding = Encoding.undecided
    /// The first bytes, until there are four to tell the encoding by.
    private var head: [UInt8] = []
    private var prolog = PrologScanner()
    private var utf8 = UTF8Validator()
    /// For UTF-16: whether the byte-order mark is still to be skipped, and a byte of a unit cut by a chunk's end.
    private var utf16MarkToSkip = 0
    private var utf16Carry: UInt8?
    private var bytesSeen = 0

    init(part: String) {
        self.part = part
    }

    /// Checks the next chunk of the part.
    /// - Throws: `.invalidEncoding`, `.forbiddenDTD`.
    mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        bytesSeen += chunk.count
        switch encoding {
        case .utf8:
            try scanUTF8(chunk)
        case .undecided:
            // Nearly always the first chunk holds the four bytes: it is looked at where it lies.
            if head.isEmpty, chunk.count >= 4 {
                try decide(chunk)
                return
            }
            head.append(contentsOf: chunk)
            guard head.count >= 4 else { return }
            let bytes = head
            head = []
            try bytes.withUnsafeBufferPointer { (buffer) throws(XLSXError) in try decide(buffer) }
        case .utf16LittleEndian, .utf16BigEndian:
            try scanUTF16(chunk)
        }
    }

    /// The end of the part.
    /// - Throws: `.invalidEncoding` for a sequence cut short, `.emptyPart` when no root element was seen.
    mutating func finish() throws(XLSXError) {
        if encoding == .undecided {
            let bytes = head
            head = []
            try bytes.withUnsafeBufferPointer { (buffer) throws(XLSXError) in try decide(buffer) }
        }
        if encoding == .utf8, let bad = utf8.finish() {
            throw XLSXError(.invalidEncoding, part: part, detail: "UTF-8 sequence cut short at byte \(bad)")
        }
        if !prolog.foundRoot {
            throw XLSXError(.emptyPart, part: part,
                            detail: bytesSeen == 0 ? "0 bytes" : "no root element in \(bytesSeen) bytes")
        }
    }

    /// Tells the encoding from the first four bytes as libxml2 does, then checks `bytes` (the part so far).
    private mutating func decide(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        if bytes.count >= 4 {
            switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
            case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00):
                encoding = .utf16LittleEndian
            case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F):
                encoding = .utf16BigEndian
            case (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00), (0x00, 0x00, 0x3C, 0x00), (0x00, 0x3C, 0x00, 0x00):
                throw XLSXError(.invalidEncoding, part: part, detail: "UCS-4: a package's XML must be UTF-8 or UTF-16")
            case (0x4C, 0x6F, 0xA7, 0x94):
                throw XLSXError(.invalidEncoding, part: part, detail: "EBCDIC: a package's XML must be UTF-8 or UTF-16")
            default:
                encoding = .utf8
            }
        } else {
            encoding = .utf8   // under four bytes: too short for anything but (broken) UTF-8
        }
        if encoding == .utf8 {
            try scanUTF8(bytes)
        } else {
            utf16MarkToSkip = bytes[0] == 0xFF || bytes[0] == 0xFE ? 2 : 0
            try scanUTF16(bytes)
        }
    }

    @inline(__always)
    private mutating func scanUTF8(_ chunk: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        if let bad = utf8.validate(chunk) {
            throw XLSXError(.invalidEncoding, part: part, detail: "not UTF-8 at byte \(bad)")
        }
        if !prolog.isDone, prolog.scan(chunk) == .refused {
            throw XLSXError(.forbiddenDTD, part: part)
        }
    }

    /// For UTF-16 only the prolog is looked at: each code unit becomes one byte (itself when ASCII, 0x80
    /// otherwise), so the DTD check sees `<!DOCTYPE` as it would in UTF-8.
    private mutating func scanUTF16(_ chunk: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard !prolog.isDone else { return }
        var bytes: [UInt8] = []
        if let carry = utf16Carry { bytes.append(carry) }
        bytes.append(contentsOf: chunk)
        var index = min(utf16MarkToSkip, bytes.count)
        utf16MarkToSkip -= index
        var units: [UInt8] = []
        units.reserveCapacity(bytes.count / 2)
        while index + 1 < bytes.count {
            let unit = encoding == .utf16LittleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                                      : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(unit < 0x80 ? UInt8(unit) : 0x80)
            index += 2
        }
        utf16Carry = index < bytes.count ? bytes[index] : nil
        let verdict = units.withUnsafeBufferPointer { prolog.scan($0) }
        if verdict == .refused { throw XLSXError(.forbiddenDTD, part: part) }
    }
}
