/// A cell position in A1 notation, with 0-based `row` and `column`.
///
/// The two coordinate systems are named apart: `row` and `column` count from 0 (row 0 is sheet row 1,
/// column 0 is column A); ``description`` and ``init(_:)`` speak A1.
///
/// ```swift
/// let ref = CellReference("C8")!      // row 7, column 2
/// ref.description                     // "C8"
/// CellReference(row: 0, column: 27)   // AB1
/// ```
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0-based row index; Excel's row number minus one.
    public var row: Int
    /// 0-based column index; A is 0.
    public var column: Int

    /// Excel's grid: 1,048,576 rows by 16,384 columns (A–XFD).
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `A1`, `$A$1` or `xfd1048576` (letters in any case). Returns nil for anything else, including
    /// references outside Excel's grid.
    public init?(_ text: some StringProtocol) {
        guard let parsed = CellReference.parse(text.utf8) else { return nil }
        self = parsed
    }

    /// The A1 text: `C8`.
    public var description: String { CellReference.columnName(column) + String(row + 1) }

    /// Appends the A1 text as ASCII bytes, for writers that stream many references.
    ///
    /// ```swift
    /// var out: [UInt8] = []
    /// CellReference(row: 7, column: 2).appendDescription(to: &out)   // out is "C8"
    /// ```
    package func appendDescription(to out: inout [UInt8]) {
        guard row >= 0, column >= 0, column < CellReference.maxColumns else {
            out.append(contentsOf: description.utf8)   // outside the grid: as `description` spells it
            return
        }
        // Letters: at most three (XFD), found from the last.
        var number = column + 1
        var letters: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var count = 0
        while number > 0 && count < 3 {
            let letter = UInt8(ascii: "A") + UInt8((number - 1) % 26)
            switch count {
            case 0: letters.0 = letter
            case 1: letters.1 = letter
            default: letters.2 = letter
            }
            count += 1
            number = (number - 1) / 26
        }
        if count > 2 { out.append(letters.2) }
        if count > 1 { out.append(letters.1) }
        if count > 0 { out.append(letters.0) }
        // Digits of the 1-based row.
        let rowNumber = row + 1
        var divisor = 1
        while divisor <= rowNumber / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rowNumber / divisor % 10))
            divisor /= 10
        }
    }

    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    public static func columnName(_ column: Int) -> String {
        var number = column + 1
        var letters: [UInt8] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            number = (number - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `A` → 0, `AA` → 26; nil for anything but 1–3 letters within XFD.
    public static func columnIndex(_ letters: some StringProtocol) -> Int? {
        var value = 0
        var count = 0
        for byte in letters.utf8 {
            guard let digit = letterValue(byte) else { return nil }
            value = value * 26 + digit
            count += 1
            if count > 3 { return nil }
        }
        guard count > 0, value <= maxColumns else { return nil }
        return value - 1
    }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    @inline(__always)
    static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 1
        default: return nil
        }
    }

    /// The hot-path parser: no allocation, bytes only.
    static func parse(_ bytes: some Sequence<UInt8>) -> CellReference? {
        var column = 0, row = 0, letters = 0, digits = 0
        var seenDigit = false
        for byte in bytes {
            if byte == UInt8(ascii: "$") {
                if seenDigit || (letters > 0 && digits > 0) { return nil }
                continue
            }
            if let value = letterValue(byte) {
                if seenDigit { return nil }
                column = column * 26 + value
                letters += 1
                if letters > 3 { return nil }
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                seenDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                if digits > 7 { return nil }
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maxRows, column <= maxColumns else { return nil }
        return CellReference(row: row - 1, column: column - 1)
    }
}
