/// A light check of formula text before it is written. Not a parser: it catches the mistakes that make Excel
/// repair a file and are easy to make when formulas are assembled from Chinese text.
///
/// Refused: an empty formula, more than 8,192 characters, control characters other than tab and line breaks,
/// unbalanced parentheses, an unterminated `"text"` or `'sheet name'`, and full-width `（ ） ， ：` outside
/// quotes (Excel only knows the ASCII ones). A leading `=` is optional, as in libxlsxwriter.
///
/// ```swift
/// try FormulaRules.check("=C6/C5")             // fine
/// try FormulaRules.check("=SUM（C5:C9）")       // throws .invalidFormula
/// try FormulaRules.check("=\"（注）\"&A1")       // fine: inside quotes
/// ```
enum FormulaRules {
    static let fullWidthPunctuation: Set<Character> = ["（", "）", "，", "："]

    static func check(_ formula: String, label: String = "formula") throws(XLSXWriterError) {
        if passesOnBytes(formula) { return }
        try checkInFull(formula, label: label)
    }

    /// The check on `Character`s, which finds and words every problem; ``passesOnBytes(_:)`` spares it the
    /// formulas it can prove fine.
    static func checkInFull(_ formula: String, label: String) throws(XLSXWriterError) {
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        func refuse(_ why: String) -> XLSXWriterError {
            XLSXWriterError(.invalidFormula, detail: "\(label) '\(formula.prefix(80))': \(why)")
        }
        if body.allSatisfy(\.isWhitespace) { throw refuse("it is empty") }
        if body.utf16.count > ExcelLimits.formulaLength {
            throw refuse("\(body.utf16.count) characters; Excel allows \(ExcelLimits.formulaLength)")
        }
        try TextRules.check(String(body), label: label, maxLength: nil, placement: .multiline)

        var depth = 0
        var quote: Character?
        var bracketDepth = 0
        var iterator = body.makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if let open = quote {
                if character == open {
                    // A doubled quote is an escaped quote inside the text or sheet name.
                    if let next = iterator.next() {
                        if next == open { continue }
                        pending = next
                    }
                    quote = nil
                }
                continue
            }
            if bracketDepth > 0 {
                if character == "[" { bracketDepth += 1 } else if character == "]" { bracketDepth -= 1 }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[": bracketDepth = 1
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth < 0 { throw refuse("a ')' closes nothing") }
            default:
                if fullWidthPunctuation.contains(character) {
                    throw refuse("full-width '\(character)' outside quotes; use ASCII punctuation")
                }
            }
        }
        if let quote { throw refuse("an unterminated \(quote)…\(quote)") }
        if bracketDepth > 0 { throw refuse("an unterminated [") }
        if depth > 0 { throw refuse("\(depth) '(' not closed") }
    }

    // MARK: - Fast path

    /// Whether `formula` passes ``check(_:label:)``, proved in one pass over its UTF-8 bytes; false means "not
    /// proved" and the full, `Character`-based check runs (it alone words the errors).
    ///
    /// The full check walks grapheme clusters, so an ASCII `"`, `'`, `[`, `]`, `(`, `)` or leading `=` counts
    /// only when it is a cluster by itself. An ASCII character joins its neighbours only when the next scalar
    /// extends it (a combining mark, ZWJ, a spacing mark) or the previous one is a prepended mark, all non-ASCII;
    /// so such a byte is read here only when both neighbours are ASCII or common CJK text
    /// (``isStandaloneNeighbour(_:)``), and anything else is left to the full check.
    static func passesOnBytes(_ formula: String) -> Bool {
        formula.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            if bytes.first == UInt8(ascii: "=") {
                guard isStandalone(at: 0, in: bytes) else { return false }
                index = 1
            }
            // UTF-16 units never outnumber UTF-8 bytes.
            guard bytes.count - index <= ExcelLimits.formulaLength else { return false }
            var depth = 0
            var bracketDepth = 0
            var quote: UInt8?
            var hasVisibleCharacter = false
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte >= 0x80 {
                    // U+FFFE and U+FFFF are refused; full-width （ ） ， ： outside quotes and brackets are left to the
                    // full check, which refuses them when they stand alone.
                    guard byte == 0xEF, index + 1 < bytes.count else { continue }
                    let second = bytes[index], third = bytes[index + 1]
                    if second == 0xBF, third >= 0xBE { return false }
                    if quote == nil, bracketDepth == 0, second == 0xBC,
                       third == 0x88 || third == 0x89 || third == 0x8C || third == 0x9A { return false }
                    continue
                }
                if byte < 0x20 {
                    // Only tab and line breaks may stand in a formula.
                    guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { return false }
                    continue
                }
                if byte != 0x20 { hasVisibleCharacter = true }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "("), UInt8(ascii: ")"):
                    guard isStandalone(at: index - 1, in: bytes) else { return false }
                default:
                    continue
                }
                if let open = quote {
                    guard byte == open else { continue }
                    // A doubled quote is an escaped quote inside the text or sheet name.
                    if index < bytes.count, bytes[index] == open {
                        guard isStandalone(at: index, in: bytes) else { return false }
                        index += 1
                        continue
                    }
                    quote = nil
                    continue
                }
                if bracketDepth > 0 {
                    if byte == UInt8(ascii: "[") { bracketDepth += 1 } else if byte == UInt8(ascii: "]") { bracketDepth -= 1 }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "["): bracketDepth = 1
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth < 0 { return false }
                default: break
                }
            }
            return hasVisibleCharacter && quote == nil && bracketDepth == 0 && depth == 0
        } ?? false
    }

    /// Whether the ASCII byte at `index` is a grapheme cluster by itself: each neighbour is ASCII, absent, or a
    /// scalar known neither to extend it nor to be prepended to it.
    private static func isStandalone(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            // The next scalar starts here; only three-byte scalars can be in the known set.
            guard index + 3 < bytes.count, bytes[index + 1] & 0xF0 == 0xE0,
                  isStandaloneNeighbour(threeByteScalar(bytes[index + 1], bytes[index + 2], bytes[index + 3]))
            else { return false }
        }
        if index > 0, bytes[index - 1] >= 0x80 {
            // The previous scalar ends here.
            guard index >= 3, bytes[index - 3] & 0xF0 == 0xE0,
                  isStandaloneNeighbour(threeByteScalar(bytes[index - 3], bytes[index - 2], bytes[index - 1]))
            else { return false }
        }
        return true
    }

    private static func threeByteScalar(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt32 {
        UInt32(first & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
    }

    /// Scalars that never join an ASCII neighbour in a grapheme cluster (Grapheme_Cluster_Break = Other): CJK
    /// ideographs, CJK punctuation before U+302A (U+302A–302F are combining marks), full-width ASCII forms.
    /// `FormulaRulesFastPathTests` checks every one against Swift's own cluster breaking.
    static func isStandaloneNeighbour(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }
}
