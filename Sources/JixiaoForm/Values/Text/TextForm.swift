import Foundation

/// Text normalisation shared by label matching and number reading: full-width characters made half-width
/// (NFKC: `（` → `(`, `：` → `:`, `１` → `1`, `％` → `%`), minus signs unified, whitespace removed.
///
/// ```swift
/// TextForm.compact("其中：一般公共预算 ")   // "其中:一般公共预算"
/// TextForm.compact("１，５０５．０２")       // "1,505.02"
/// ```
enum TextForm {
    /// NFKC, minus signs as `-`, no whitespace of any kind (line breaks, full-width spaces, no-break spaces).
    static func compact(_ text: String) -> String {
        if let fast = compactFast(text) { return fast }
        return compactFull(text)
    }

    /// The general path: Foundation's NFKC, then the minus signs and whitespace.
    static func compactFull(_ text: String) -> String {
        var result = ""
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
            switch scalar {
            case "\u{2212}", "\u{2012}", "\u{2013}", "\u{FE63}": result.unicodeScalars.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The same result without Foundation for text made only of characters whose NFKC form is known here
    /// (what a 自评表 is written in: ASCII, CJK ideographs, full-width ASCII, CJK punctuation); nil for any
    /// other character, which then takes ``compactFull(_:)``. None of these characters composes with its
    /// neighbour, so mapping them one by one is NFKC; `TextFormTests` checks every one against Foundation.
    static func compactFast(_ text: String) -> String? {
        if let result = text.utf8.withContiguousStorageIfAvailable(compactFast(utf8:)) {
            switch result {
            case .unchanged: return text
            case .unknown: return nil
            case .changed(let compact): return compact
            }
        }
        var bytes: [UInt8] = []
        var changed = false
        for scalar in text.unicodeScalars {
            switch fastForm(scalar) {
            case .unknown: return nil
            case .same: appendUTF8(scalar, to: &bytes)
            case .mapped(let mapped):
                appendUTF8(mapped, to: &bytes)
                changed = true
            case .dropped: changed = true
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    private enum FastResult {
        case unchanged
        case unknown
        case changed(String)
    }

    /// ``compactFast(_:)`` on the text's UTF-8 bytes, decoded in place: most cells are already compact and
    /// come back unchanged without a copy; otherwise the runs between changes are copied whole.
    private static func compactFast(utf8 bytes: UnsafeBufferPointer<UInt8>) -> FastResult {
        var output: [UInt8] = []
        var copied = 0          // bytes before this offset are in `output` (once something changed)
        var changed = false
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            // Printable ASCII is kept as it is.
            if lead >= 0x21 && lead <= 0x7E {
                index += 1
                continue
            }
            if isCJKIdeograph(bytes, at: index) {
                index += 3
                continue
            }
            // Four-byte characters are all outside the fast set.
            guard let (scalar, length) = scalarBelowU10000(bytes, at: index) else { return .unknown }
            let form = fastForm(scalar)
            switch form {
            case .same:
                index += length
                continue
            case .unknown:
                return .unknown
            case .mapped, .dropped:
                if !changed {
                    changed = true
                    output.reserveCapacity(count)
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                if case .mapped(let mapped) = form { appendUTF8(mapped, to: &output) }
                index += length
                copied = index
            }
        }
        guard changed else { return .unchanged }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return .changed(String(decoding: output, as: UTF8.self))
    }

    /// The character at `index` of valid UTF-8 and its length in bytes, when it is below U+10000 (one to three
    /// bytes); nil for a four-byte character.
    @inline(__always)
    static func scalarBelowU10000(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index], count = bytes.count
        let value: UInt32, length: Int
        if lead < 0x80 {
            (value, length) = (UInt32(lead), 1)
        } else if lead >= 0xE0 && lead < 0xF0 && index + 2 < count {
            value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else if lead >= 0xC0 && lead < 0xE0 && index + 1 < count {
            value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else {
            return nil
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Whether the UTF-8 character at `index` is a CJK unified ideograph U+4E00–U+9FFF (`E4 B8 80`–`E9 BF BF`),
    /// which ``fastForm(_:)`` keeps as it is: most characters of a form, told by their first two bytes.
    /// The bytes are a `String`'s, so valid UTF-8.
    @inline(__always)
    static func isCJKIdeograph(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        return lead >= 0xE5 && lead <= 0xE9 || (lead == 0xE4 && index + 1 < bytes.count && bytes[index + 1] >= 0xB8)
    }

    @inline(__always)
    /// Appends `scalar`'s UTF-8 bytes: building a text as bytes and decoding it once is far cheaper than
    /// appending scalars to a `String`.
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80: bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// What ``compact(_:)`` makes of one character of the fast set.
    enum FastForm: Equatable {
        /// Kept as it is.
        case same
        /// Whitespace: removed.
        case dropped
        /// Replaced by one character (a full-width form by its ASCII twin).
        case mapped(Unicode.Scalar)
        /// Not in the fast set.
        case unknown
    }

    /// Whether a character is always a grapheme cluster of its own: one of the fast set of ``fastForm(_:)``
    /// (none of them extends or prepends to a neighbour), except the carriage return, which pairs with a line
    /// feed. A text of such characters has as many characters as scalars.
    @inline(__always)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\r" && fastForm(scalar) != .unknown
    }

    @inline(__always)
    static func fastForm(_ scalar: Unicode.Scalar) -> FastForm {
        let value = scalar.value
        switch value {
        case 0x21...0x7E: return .same
        case 0x09...0x0D, 0x20: return .dropped
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .same                // CJK unified ideographs, extension A
        case 0xFF01...0xFF5E: return Unicode.Scalar(value - 0xFEE0).map { .mapped($0) } ?? .unknown   // full-width ASCII
        case 0x3000: return .dropped                                          // ideographic space → space
        case 0x3001...0x3003, 0x3005...0x3007, 0x3008...0x3011, 0x3014...0x301B: return .same   // 、。〃々〆〇 brackets
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x00B7, 0x2014, 0x00D7, 0x00F7: return .same   // ‘’“”·—×÷
        case 0x2030, 0x00B1, 0x2264, 0x2265: return .same                      // ‰ ± ≤ ≥
        default: return .unknown
        }
    }
}
