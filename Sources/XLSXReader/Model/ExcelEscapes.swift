import Foundation

/// Excel's `_xHHHH_` escapes in cell text: a UTF-16 code unit written as four hex digits between `_x` and `_`
/// (`_x000D_` is a carriage return). `_x005F_` escapes the underscore itself, so `_x005F_x000D_` reads as the
/// literal text `_x000D_`. Surrogate pairs written as two escapes are joined.
///
/// ```swift
/// ExcelEscapes.decode("a_x000D_b")   // "a\rb"
/// ```
public enum ExcelEscapes {
    public static func decode(_ text: String) -> String {
        // Fast path: nearly all text has no escape at all.
        guard containsUnderscore(text), text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if units[index] == 0x5F, index + 6 < units.count, units[index + 1] == 0x78, units[index + 6] == 0x5F,
               let value = hexValue(units[(index + 2)...(index + 5)]) {
                output.append(value)
                index += 7
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// Whether the text has an `_` at all: `memchr` over the string's bytes.
    private static func containsUnderscore(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            return memchr(base, Int32(UInt8(ascii: "_")), buffer.count) != nil
        } ?? text.utf8.contains(UInt8(ascii: "_"))
    }

    private static func hexValue(_ digits: ArraySlice<UInt16>) -> UInt16? {
        var value: UInt16 = 0
        for unit in digits {
            let digit: UInt16
            switch unit {
            case 0x30...0x39: digit = unit - 0x30
            case 0x41...0x46: digit = unit - 0x41 + 10
            case 0x61...0x66: digit = unit - 0x61 + 10
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
