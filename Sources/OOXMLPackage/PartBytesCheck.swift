import Foundation

/// What a part's bytes must pass on their way to XMLParser, checked chunk by chunk in the same pass that hands
/// them over (``ZipEntryStream``, ``MemoryPartStream``):
/// - the text encoding. UTF-8 (with or without a byte-order mark) is checked byte for byte by
///   ``UTF8Validator``: FoundationXML traps on an invalid byte in a name, and one invalid byte anywhere makes
///   libxml2 read the rest of the part as Latin-1, cutting later names. UTF-16 (a byte-order mark, or `<?` as
///   UTF-16 without one) is left to libxml2, which decodes it to valid UTF-8 itself. UCS-4 and EBCDIC are
///   refused: a package's parts may only be UTF-8 or UTF-16 (ECMA-376 Part 2, M1.17);
/// - the encoding declaration. libxml2 decodes a part whose declaration names another encoding, and Chinese
///   producers may write GBK. An encoding that keeps ASCII's bytes for markup (GBK, GB18030, Big5, ISO 8859,
///   Windows code pages) is trusted when its declaration is plain enough that libxml2 certainly reads the same
///   name (``plainDeclaredEncoding(_:)``); libxml2 then decodes the part to valid UTF-8 or stops at a byte it
///   cannot decode. Any other declared encoding (UTF-7, UTF-16LE on single bytes, EBCDIC code pages…) is
///   refused: it could spell `<!DOCTYPE` in bytes the DTD check does not see;
/// - the prolog: no DTD or entity declaration (``PrologScanner``);
/// - no processing instruction without data (``EmptyInstructionCheck``): FoundationXML crashes on one;
/// - the end: the part must have a root element. XMLParser on Linux reports success on an empty document (and
///   never starts on one under four bytes).
package struct PartBytesCheck<Failure: PackageFailure> {
    private enum Encoding { case undecided, utf8, declared, utf16LittleEndian, utf16BigEndian }

    package let part: String
    private var encoding = Encoding.undecided
    /// The first bytes, until the encoding and its declaration can be told (``isEnoughToDecide(_:)``).
    private var head: [UInt8] = []
    private var prolog = PrologScanner()
    private var utf8 = UTF8Validator()
    private var instructions = EmptyInstructionCheck()
    /// For UTF-16: whether the byte-order mark is still to be skipped, and a byte of a unit cut by a chunk's end.
    private var utf16MarkToSkip = 0
    private var utf16Carry: UInt8?
    private var bytesSeen = 0
    /// How far the XML declaration is looked for.
    private static var declarationLimit: Int { 1024 }

    package init(part: String) {
        self.part = part
    }

    /// Checks the next chunk of the part.
    /// - Throws: `.invalidEncoding`, `.forbiddenDTD`.
    package mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>) throws(Failure) {
        bytesSeen += chunk.count
        switch encoding {
        case .utf8:
            try scanUTF8(chunk)
        case .declared:
            if !prolog.isDone, prolog.scan(chunk) == .refused { throw Failure.failure(.forbiddenDTD, part: part) }
            try checkInstructions(chunk)
        case .undecided:
            // Nearly always the first chunk holds the declaration: it is looked at where it lies.
            if head.isEmpty, Self.isEnoughToDecide(chunk) {
                try decide(chunk)
                return
            }
            head.append(contentsOf: chunk)
            guard head.withUnsafeBufferPointer(Self.isEnoughToDecide) else { return }
            try decideOnHead()
        case .utf16LittleEndian, .utf16BigEndian:
            try scanUTF16(chunk)
        }
    }

    /// The end of the part.
    /// - Throws: `.invalidEncoding` for a sequence cut short, `.emptyPart` when no root element was seen.
    package mutating func finish() throws(Failure) {
        if encoding == .undecided { try decideOnHead() }
        if encoding == .utf8, let bad = utf8.finish() {
            throw Failure.failure(.invalidEncoding, part: part, detail: "UTF-8 sequence cut short at byte \(bad)")
        }
        if !prolog.foundRoot {
            throw Failure.failure(.emptyPart, part: part,
                            detail: bytesSeen == 0 ? "0 bytes" : "no root element in \(bytesSeen) bytes")
        }
    }

    /// Whether the start of a part holds its declaration: a `>`, or more bytes than a declaration takes.
    private static func isEnoughToDecide(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return bytes.count >= declarationLimit || memchr(base, Int32(UInt8(ascii: ">")), bytes.count) != nil
    }

    private mutating func decideOnHead() throws(Failure) {
        let bytes = head
        head = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in try decide(buffer) }
    }

    /// Tells the encoding from the first four bytes as libxml2 does and from the declaration, then checks
    /// `bytes` (the part so far).
    private mutating func decide(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
        var mark = 0
        encoding = .utf8
        if bytes.count >= 4 {
            switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
            case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00):
                encoding = .utf16LittleEndian
            case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F):
                encoding = .utf16BigEndian
            case (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00), (0x00, 0x00, 0x3C, 0x00), (0x00, 0x3C, 0x00, 0x00):
                throw Failure.failure(.invalidEncoding, part: part, detail: "UCS-4: a package's XML must be UTF-8 or UTF-16")
            case (0x4C, 0x6F, 0xA7, 0x94):
                throw Failure.failure(.invalidEncoding, part: part, detail: "EBCDIC: a package's XML must be UTF-8 or UTF-16")
            case (0xEF, 0xBB, 0xBF, _):
                mark = 3
            default:
                break
            }
            if encoding != .utf8 { mark = bytes[0] == 0xFF || bytes[0] == 0xFE ? 2 : 0 }
        }
        // The declaration, read as ASCII whatever the encoding so far.
        let utf16Text = encoding == .utf8
            ? [] : Self.asciiView(of: bytes, from: mark, littleEndian: encoding == .utf16LittleEndian)
        try utf16Text.withUnsafeBufferPointer { (utf16View) throws(Failure) in
            let text = encoding == .utf8
                ? UnsafeBufferPointer(rebasing: bytes[min(mark, bytes.count)..<min(bytes.count, mark + Self.declarationLimit)])
                : utf16View
            var trusted = false
            for name in Self.declaredEncodings(text) where !Self.isUnicode(name) {
                guard encoding == .utf8, Self.keepsASCII(name) else {
                    throw Failure.failure(.invalidEncoding, part: part,
                                    detail: "declares \(name): a package's XML must be UTF-8 or UTF-16")
                }
                trusted = true
            }
            if trusted, let name = Self.plainDeclaredEncoding(text), !Self.isUnicode(name) { encoding = .declared }
        }
        switch encoding {
        case .utf8:
            try scanUTF8(bytes)
        case .declared:
            if prolog.scan(bytes) == .refused { throw Failure.failure(.forbiddenDTD, part: part) }
            try checkInstructions(bytes)
        default:
            utf16MarkToSkip = mark
            try scanUTF16(bytes)
        }
    }

    /// UTF-16 bytes as one byte a code unit: the unit when ASCII, 0x80 otherwise. So the prolog and the
    /// declaration of a UTF-16 part are read by the same code as UTF-8's.
    private static func asciiView(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, littleEndian: Bool,
                                  limit: Int = declarationLimit) -> [UInt8] {
        var units: [UInt8] = []
        var index = start
        while index + 1 < bytes.count, units.count < limit {
            let unit = littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(unit < 0x80 ? UInt8(unit) : 0x80)
            index += 2
        }
        return units
    }

    /// UTF-8 and UTF-16 by the names libxml2 handles itself.
    private static func isUnicode(_ name: String) -> Bool {
        ["UTF-8", "UTF8", "UTF-16", "UTF16"].contains(name.uppercased())
    }

    /// Every name given to `encoding` in the XML declaration at the start of `text` (up to its first `>`),
    /// wherever it stands: more than libxml2 reads, so that no declaration it follows goes unseen.
    static func declaredEncodings(_ text: UnsafeBufferPointer<UInt8>) -> [String] {
        guard text.count > 5, Self.matches("<?xml", text, at: 0), isSpace(text[5]) else { return [] }
        var end = 5
        while end < text.count, text[end] != UInt8(ascii: ">") { end += 1 }
        func isNameByte(_ byte: UInt8) -> Bool {
            ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
        var names: [String] = []
        var index = 5
        while index < end {
            guard text[index] == UInt8(ascii: "e"), Self.matches("encoding", text, at: index) else {
                index += 1
                continue
            }
            index += 8
            while index < end, isSpace(text[index]) || text[index] == UInt8(ascii: "=") { index += 1 }
            guard index < end, text[index] == 0x22 || text[index] == 0x27 else { continue }
            index += 1
            let nameStart = index
            while index < end, isNameByte(text[index]) { index += 1 }
            if index > nameStart { names.append(String(decoding: text[nameStart..<index], as: UTF8.self)) }
        }
        return names
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Whether `needle` stands at `index` of `bytes`.
    private static func matches(_ needle: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != needle.utf8Start[offset] { return false }
        return true
    }

    /// The encoding a part declares, when its declaration is plain enough that libxml2 certainly reads the same
    /// name: `<?xml version="1.0" encoding="NAME"` from the first byte (either quote, any spaces libxml2 allows).
    /// libxml2 reads more forms than this; any other form is treated as UTF-8 and checked.
    package static func plainDeclaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        func skipSpaces() -> Bool {
            let start = index
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            return index > start
        }
        func literal(_ text: StaticString) -> Bool {
            guard matches(text, bytes, at: index) else { return false }
            index += text.utf8CodeUnitCount
            return true
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        /// `= "value"`: the value's bytes, each passing `allowed`.
        func value(_ allowed: (UInt8, Int) -> Bool) -> ArraySlice<UInt8>? {
            _ = skipSpaces()
            guard literal("=") else { return nil }
            _ = skipSpaces()
            guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else { return nil }
            let quote = bytes[index]
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote {
                guard allowed(bytes[index], index - start) else { return nil }
                index += 1
            }
            guard index < bytes.count, index > start else { return nil }
            index += 1
            return Array(bytes[start..<index - 1])[...]
        }
        guard literal("<?xml"), skipSpaces(), literal("version") else { return nil }
        // A digit, a dot, digits: what libxml2 takes for a version number.
        guard let version = value({ byte, position in
            position == 1 ? byte == UInt8(ascii: ".") : isDigit(byte)
        }), version.count >= 3 else { return nil }
        guard skipSpaces(), literal("encoding") else { return nil }
        // libxml2's EncName: a letter, then letters, digits, `.`, `_`, `-`.
        guard let name = value({ byte, position in
            isLetter(byte) || (position > 0 && (isDigit(byte) || byte == 0x2E || byte == 0x5F || byte == 0x2D))
        }) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// Encodings that write markup in ASCII's bytes and never use them inside a multi-byte character, so the
    /// bytes the DTD check sees are the characters libxml2 reads.
    package static func keepsASCII(_ name: String) -> Bool {
        let upper = name.uppercased()
        if ["GBK", "GB2312", "GB18030", "CP936", "BIG5", "BIG5-HKSCS", "LATIN1", "US-ASCII", "ASCII"].contains(upper) {
            return true
        }
        for prefix in ["ISO-8859-", "ISO8859-", "WINDOWS-125", "CP125"] where upper.hasPrefix(prefix) {
            return upper.dropFirst(prefix.count).allSatisfy(\.isNumber) && upper.count > prefix.count
        }
        return false
    }

    @inline(__always)
    private mutating func scanUTF8(_ chunk: UnsafeBufferPointer<UInt8>) throws(Failure) {
        if let bad = utf8.validate(chunk) {
            throw Failure.failure(.invalidEncoding, part: part, detail: "not UTF-8 at byte \(bad)")
        }
        if !prolog.isDone, prolog.scan(chunk) == .refused {
            throw Failure.failure(.forbiddenDTD, part: part)
        }
        try checkInstructions(chunk)
    }

    private mutating func checkInstructions(_ chunk: UnsafeBufferPointer<UInt8>) throws(Failure) {
        if instructions.scan(chunk) {
            throw Failure.failure(.malformedXML, part: part, detail: "a processing instruction with no data (<?target?>)")
        }
    }

    /// For UTF-16 each code unit becomes one byte (itself when ASCII, 0x80 otherwise), so the DTD check sees
    /// `<!DOCTYPE` and the instruction check `<?target?>` as they would in UTF-8.
    private mutating func scanUTF16(_ chunk: UnsafeBufferPointer<UInt8>) throws(Failure) {
        var bytes: [UInt8] = []
        if let carry = utf16Carry { bytes.append(carry) }
        bytes.append(contentsOf: chunk)
        let skip = min(utf16MarkToSkip, bytes.count)
        utf16MarkToSkip -= skip
        let units = bytes.withUnsafeBufferPointer {
            Self.asciiView(of: $0, from: skip, littleEndian: encoding == .utf16LittleEndian, limit: .max)
        }
        let used = skip + units.count * 2
        utf16Carry = used < bytes.count ? bytes[used] : nil
        if !prolog.isDone {
            let verdict = units.withUnsafeBufferPointer { prolog.scan($0) }
            if verdict == .refused { throw Failure.failure(.forbiddenDTD, part: part) }
        }
        try units.withUnsafeBufferPointer { (view) throws(Failure) in try checkInstructions(view) }
    }
}
