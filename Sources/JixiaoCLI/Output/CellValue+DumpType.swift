import XLSXReader

extension CellValue {
    /// The value's one-letter type in the cells dump (`spec/cells-dump.md`), as an ASCII byte: `s` text,
    /// `n` number, `b` boolean, `e` error, `d` ISO date (`-` for an empty value, which the dump leaves out).
    ///
    /// ```swift
    /// CellValue.number("1505.02").dumpType   // UInt8(ascii: "n")
    /// ```
    var dumpType: UInt8 {
        switch self {
        case .empty: UInt8(ascii: "-")
        case .text: UInt8(ascii: "s")
        case .number: UInt8(ascii: "n")
        case .boolean: UInt8(ascii: "b")
        case .error: UInt8(ascii: "e")
        case .isoDate: UInt8(ascii: "d")
        }
    }
}
