import Foundation
import JixiaoForm
import XLSXWriter

/// Texts made fit for the summary's cells and links.
enum SummaryText {
    /// The figure as the sheet shows it, which is what the JSON output writes (`0.9763`, not the
    /// 0.97629999… a division left in the value).
    static func exact(_ figure: ShownDecimal) -> Decimal {
        Decimal(string: figure.text, locale: Locale(identifier: "en_US_POSIX")) ?? figure.value
    }

    /// ``exact(_:)`` as the double a cell stores: the shown text read with C-locale rules, as
    /// `Double(exact(figure).description)` reads the same decimal number. Nil when the text is no plain number.
    static func double(_ figure: ShownDecimal) -> Double? {
        var bytes: [UInt8] = []
        DecimalMath.appendText(figure.value, places: figure.places, to: &bytes)
        // Up to 38 significant digits a Decimal holds exactly; longer texts take the Decimal's own route.
        guard bytes.count <= 38 else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// `text` with each `'` doubled, as a quoted sheet name in a formula needs.
    static func doublingQuotes(_ text: String) -> String {
        guard UTF8Bytes.contains(text, byte: UInt8(ascii: "'")) else { return text }
        return text.replacingOccurrences(of: "'", with: "''")
    }

    /// Without the characters a cell cannot hold (NUL, U+FFFE, U+FFFF become U+FFFD) and cut to Excel's
    /// 32,767 characters on a character boundary.
    static func cellSafe(_ text: String) -> String {
        // Nearly every text is short and clean: no NUL byte, no EF BF BE / EF BF BF, and at most as many UTF-16
        // units as UTF-8 bytes.
        if text.utf8.count <= ExcelLimits.cellTextLength && !mayHoldForbidden(text) {
            return text
        }
        var result = text
        if result.unicodeScalars.contains(where: isForbidden) {
            result = String(String.UnicodeScalarView(result.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
        }
        guard result.utf16.count > ExcelLimits.cellTextLength else { return result }
        var cut = ""
        var length = 0
        for character in result {
            let size = character.utf16.count
            if length + size > ExcelLimits.cellTextLength - 1 { break }
            cut.append(character)
            length += size
        }
        return cut + "…"
    }

    /// Whether `text` may hold NUL, U+FFFE or U+FFFF, judged on its UTF-8 bytes in one pass (full-width
    /// punctuation also starts with `EF`, so the bytes after it decide); true when the bytes are not at hand.
    private static func mayHoldForbidden(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0 { return true }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            }
            return false
        } ?? true
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// `file`'s path relative to `folder` (`../forms/a.xlsx`), or its absolute path when they share nothing
    /// but the root.
    static func relativePath(of file: URL, from folder: URL) -> String {
        relativePath(of: file, fromComponents: folder.standardizedFileURL.pathComponents)
    }

    /// ``relativePath(of:from:)`` with the folder already split (it is the same for every file of a run).
    static func relativePath(of file: URL, fromComponents base: [String]) -> String {
        let standardized = file.standardizedFileURL
        let target = standardized.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        guard common > 1 else { return standardized.path }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}
