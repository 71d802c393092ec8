import JixiaoForm

/// The `HYPERLINK` formulas of the links to one file: `HYPERLINK("returned/a.xlsx#'Sheet1'!E6","打开")`, or nil
/// where Excel cannot hold the address (a `#` in the path, a control character, over 255 characters for a text
/// in a formula).
///
/// A file has a link on its 汇总 row and one on each of its findings' rows; the path and the shown text are
/// checked and quoted once for all of them, and each link adds only its location.
///
/// ```swift
/// let links = HyperlinkFormulas(target: "returned/a.xlsx", text: "打开")
/// links.formula(location: nil)              // HYPERLINK("returned/a.xlsx","打开")
/// links.formula(location: "'Sheet1'!E6")    // HYPERLINK("returned/a.xlsx#'Sheet1'!E6","打开")
/// ```
struct HyperlinkFormulas {
    /// `HYPERLINK("` and the target with its quotes doubled; nil when no formula can hold the target.
    private let head: String?
    /// The target's length in the formula, in UTF-16 units.
    private let targetLength: Int
    /// `","打开")`: the shown text with its quotes doubled; nil when a formula cannot hold it.
    private let tail: String?

    /// The longest text a formula holds, in UTF-16 units.
    static let textLimit = 255

    init(target: String, text: String) {
        let quotedTarget = Self.doublingDoubleQuotes(target)
        targetLength = quotedTarget.utf16.count
        // `contains("#")` compares characters: a `#` with a combining mark after it is not one.
        let hasHash = UTF8Bytes.contains(target, byte: UInt8(ascii: "#")) && target.contains("#")
        head = target.isEmpty || hasHash || !Self.fits(quotedTarget) ? nil : "HYPERLINK(\"" + quotedTarget
        let shown = Self.doublingDoubleQuotes(text)
        tail = Self.fits(shown) ? "\",\"" + shown + "\")" : nil
    }

    /// The formula of a link to `location` in the file (such as `'Sheet1'!E6`), or to the file itself.
    func formula(location: String?) -> String? {
        guard let head, let tail else { return nil }
        guard let location else { return head + tail }
        let address = Self.doublingDoubleQuotes("#" + location)
        guard targetLength + address.utf16.count <= Self.textLimit, Self.fits(address) else { return nil }
        return head + address + tail
    }

    /// Whether `text` can stand in a formula: no control character (a single byte below 0x20, or 0x7F, in
    /// UTF-8), at most 255 UTF-16 units (a text of at most 255 UTF-8 bytes has no more, which spares counting).
    private static func fits(_ text: String) -> Bool {
        (text.utf8.count <= textLimit || text.utf16.count <= textLimit)
            && !UTF8Bytes.contains(text, where: { $0 < 0x20 || $0 == 0x7F })
    }

    private static func doublingDoubleQuotes(_ text: String) -> String {
        guard UTF8Bytes.contains(text, byte: UInt8(ascii: "\"")) else { return text }
        return text.replacingOccurrences(of: "\"", with: "\"\"")
    }
}
