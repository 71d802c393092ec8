import Foundation

/// RFC 4180 CSV fields: a field holding a comma, a quote, a line feed or a carriage return is quoted, its quotes
/// doubled.
///
/// ```swift
/// CSVText.field("#,##0.00")              // "\"#,##0.00\""
/// var out: [UInt8] = []
/// CSVText.append("1505.02", to: &out)    // the field, straight into a byte buffer
/// ```
enum CSVText {
    static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// A text from a submitted file as a person's CSV holds it: one that Excel would take for a formula (it
    /// starts with `=`, `+`, `-`, `@`, a tab or a carriage return: a department named `=HYPERLINK(…)`) gets a
    /// leading apostrophe, so it shows as text and never runs.
    ///
    /// ```swift
    /// CSVText.inert("=1+2")        // "'=1+2"
    /// CSVText.inert("广州市某局")   // "广州市某局"
    /// ```
    static func inert(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    private static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// Appends the field as UTF-8.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: isSpecial) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// By bytes, so `\r\n` inside a text is seen (as a `Character` it is neither `\r` nor `\n`).
    private static func needsQuotes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(where: isSpecial) }
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D
    }
}
