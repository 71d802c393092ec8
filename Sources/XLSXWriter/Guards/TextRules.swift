/// Checks on text before it reaches libxlsxwriter: characters XML cannot carry, and Excel's length limits.
///
/// libxlsxwriter escapes control characters only in cell strings; everywhere else (sheet names, comments,
/// formulas, document properties, chart titles) it writes them raw, which makes a file Excel must repair. A NUL
/// would silently cut the text when it becomes a C string. Lengths are counted in UTF-16 code units, as Excel
/// counts characters.
enum TextRules {
    /// Where the text ends up, which decides the characters it may hold.
    enum Placement {
        /// Cell text: control characters are escaped as `_xHHHH_` by ``CellTextEncoding``; only NUL, U+FFFE and
        /// U+FFFF are refused.
        case cell
        /// Free text written raw into XML (comments, messages, formulas): tab, line feed and carriage return
        /// are allowed, other control characters are not.
        case multiline
        /// Names and titles: no control characters at all.
        case singleLine
    }

    /// Throws `.forbiddenCharacter` or `.textTooLong` when `text` does not fit `placement` and `maxLength`.
    /// - Parameters:
    ///   - text: the text to check.
    ///   - label: what the text is, for the error's detail ("comment text", "sheet name").
    ///   - maxLength: the most UTF-16 code units allowed, or nil for no limit.
    ///   - placement: where the text goes.
    static func check(_ text: String, label: String, maxLength: Int?, placement: Placement) throws(XLSXWriterError) {
        if let scalar = firstForbiddenScalar(in: text, placement: placement) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            throw XLSXWriterError(.forbiddenCharacter,
                                  detail: "\(label) holds U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)")
        }
        if let maxLength {
            let length = text.utf16.count
            if length > maxLength {
                throw XLSXWriterError(.textTooLong,
                                      detail: "\(label) has \(length) characters; Excel allows \(maxLength)")
            }
        }
    }

    /// The first scalar `placement` does not allow, if any.
    static func firstForbiddenScalar(in text: String, placement: Placement) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0000, 0xFFFE, 0xFFFF:
                return scalar
            case 0x09, 0x0A, 0x0D:
                if placement == .singleLine { return scalar }
            case 0x01...0x1F:
                if placement != .cell { return scalar }
            default:
                continue
            }
        }
        return nil
    }

    /// Throws `kind` when `text` is empty; used where Excel needs a value (a font name, a validation item).
    static func checkNotEmpty(_ text: String, label: String, kind: XLSXWriterError.Kind) throws(XLSXWriterError) {
        if text.isEmpty { throw XLSXWriterError(kind, detail: "\(label) is empty") }
    }
}
