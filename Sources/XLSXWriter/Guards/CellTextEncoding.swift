/// Cell text as Excel stores it: control characters as `_xHHHH_` escapes, and literal `_xHHHH_` sequences
/// protected as `_x005F_xHHHH_` so a reader does not decode them.
///
/// libxlsxwriter 1.1.4 escapes control characters in shared strings but leaves a literal `_x0041_` alone (Excel
/// and our reader would show it as `A`), and writes control characters raw into a formula's cached string,
/// which is not valid XML. Encoding here, the same way for every path, keeps the text exactly as given.
///
/// ```swift
/// CellTextEncoding.encode("a\u{1}b")          // "a_x0001_b"
/// CellTextEncoding.encode("_x0041_ literal")  // "_x005F_x0041_ literal"
/// CellTextEncoding.encode("1505.02 元")       // unchanged
/// ```
enum CellTextEncoding {
    /// Checks cell text (``TextRules`` with `.cell` placement, Excel's 32,767 characters) and encodes it.
    ///
    /// Nearly all text is proved clean by one pass over its UTF-8 bytes (``isPlain(_:)``) and goes through
    /// unchanged; anything else takes the full check and encoding, which give the exact error or escapes.
    static func checked(_ text: String, label: String) throws(XLSXWriterError) -> String {
        if isPlain(text) { return text }
        try TextRules.check(text, label: label, maxLength: ExcelLimits.cellTextLength, placement: .cell)
        return encode(text)
    }

    /// Whether `text` passes the cell-text check and encodes to itself, proved on its UTF-8 bytes in one pass:
    /// at most 32,767 bytes (so at most as many UTF-16 units), no control character but tab and line feed (this
    /// also rules out NUL), no `_x`, no U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`). False means "not proved": the
    /// caller runs the full check, so a false alarm costs time, never correctness.
    static func isPlain(_ text: String) -> Bool {
        guard text.utf8.count <= ExcelLimits.cellTextLength else { return false }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09, byte != 0x0A { return false }
                } else if byte == UInt8(ascii: "_") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "x") { return false }
                } else if byte == 0xEF {
                    if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                }
                index += 1
            }
            return true
        } ?? false
    }

    static func encode(_ text: String) -> String {
        guard needsEncoding(text) else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count + 16)
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit < 0x20, unit != 0x09, unit != 0x0A {
                output.append(contentsOf: escape(unit))
            } else if unit == 0x5F, startsEscapeSequence(units, at: index) {
                output.append(contentsOf: escape(0x5F))
            } else {
                output.append(unit)
            }
            index += 1
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// Fast path: nearly all text has neither a control character nor `_x`.
    private static func needsEncoding(_ text: String) -> Bool {
        var previousWasUnderscore = false
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x09, byte != 0x0A { return true }
            if previousWasUnderscore, byte == UInt8(ascii: "x") { return true }
            previousWasUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    /// Whether `_xHHHH_` (four hex digits) starts at `index`.
    private static func startsEscapeSequence(_ units: [UInt16], at index: Int) -> Bool {
        guard index + 6 < units.count, units[index + 1] == 0x78, units[index + 6] == 0x5F else { return false }
        return units[(index + 2)...(index + 5)].allSatisfy { unit in
            (0x30...0x39).contains(unit) || (0x41...0x46).contains(unit) || (0x61...0x66).contains(unit)
        }
    }

    private static func escape(_ unit: UInt16) -> [UInt16] {
        let hex = String(unit, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: 4 - hex.count) + hex
        return Array("_x\(padded)_".utf16)
    }
}
