/// A1-style names of 0-based cells, for error messages and hyperlink targets.
///
/// ```swift
/// CellName.reference(row: 4, column: 2)   // "C5"
/// CellName.column(16_383)                 // "XFD"
/// CellName.parse("$C$5")                  // (row: 4, column: 2)
/// ```
enum CellName {
    /// The column's letters; "?" for a negative column (only ever shown in error messages).
    static func column(_ column: Int) -> String {
        guard column >= 0 else { return "?" }
        var letters: [Character] = []
        var remaining = column + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `C5` for row 4, column 2; rows and columns outside the grid still get a name, for error messages.
    static func reference(row: Int, column: Int) -> String {
        row >= 0 ? "\(self.column(column))\(row + 1)" : "\(self.column(column))?"
    }

    /// Parses `C5` or `$C$5` within Excel's grid.
    static func parse(_ text: Substring) -> (row: Int, column: Int)? {
        var rest = text.drop { $0 == "$" }
        let letters = rest.prefix { $0.isASCII && $0.isLetter }
        rest = rest.dropFirst(letters.count)
        if rest.first == "$" { rest = rest.dropFirst() }
        guard (1...3).contains(letters.count), !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }),
              let rowNumber = Int(rest), (1...ExcelLimits.rowCount).contains(rowNumber) else { return nil }
        var column = 0
        for scalar in letters.uppercased().unicodeScalars {
            column = column * 26 + Int(scalar.value) - 64
        }
        guard column <= ExcelLimits.columnCount else { return nil }
        return (rowNumber - 1, column - 1)
    }
}
