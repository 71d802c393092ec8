/// Excel's rules for defined names, checked before libxlsxwriter sees the name.
///
/// libxlsxwriter 1.1.4 writes `bad name`, `A1` and `R1C1` without complaint, and Excel then repairs the file by
/// dropping them. The rules: 1–255 characters; the first a letter (any script), `_` or `\`; the rest letters,
/// digits, `_`, `.`, `\` or `?`; not `R`, `C`, nor anything that reads as a cell reference in A1 or R1C1 style.
///
/// ```swift
/// try DefinedNameRules.check("预算总额")   // fine
/// try DefinedNameRules.check("TAX2021")   // throws: TAX2021 is a cell in column TAX
/// ```
enum DefinedNameRules {
    static func check(_ name: String) throws(XLSXWriterError) {
        func refuse(_ why: String) -> XLSXWriterError {
            XLSXWriterError(.invalidDefinedName, detail: "'\(name)': \(why)")
        }
        guard let first = name.first else { throw refuse("a defined name cannot be empty") }
        if name.utf16.count > ExcelLimits.definedNameLength {
            throw refuse("longer than \(ExcelLimits.definedNameLength) characters")
        }
        guard first.isLetter || first == "_" || first == "\\" else {
            throw refuse("must start with a letter, '_' or '\\'")
        }
        if let bad = name.first(where: { !($0.isLetter || $0.isNumber || "_.\\?".contains($0)) }) {
            throw refuse("cannot hold '\(bad)'")
        }
        if ["r", "c"].contains(name.lowercased()) {
            throw refuse("R and C are reserved")
        }
        if looksLikeA1Reference(name) || looksLikeR1C1Reference(name) {
            throw refuse("reads as a cell reference")
        }
    }

    /// `A1` … `XFD1048576`: one to three ASCII letters naming a column in the grid, then a row in the grid.
    static func looksLikeA1Reference(_ name: String) -> Bool {
        let letters = name.prefix { $0.isASCII && $0.isLetter }
        let digits = name.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let row = Int(digits), (1...ExcelLimits.rowCount).contains(row) else { return false }
        var column = 0
        for character in letters.uppercased().unicodeScalars {
            column = column * 26 + Int(character.value) - 64
        }
        return column <= ExcelLimits.columnCount
    }

    /// `R`, `R12`, `C3`, `R1C1`, `RC2` (case-insensitive).
    static func looksLikeR1C1Reference(_ name: String) -> Bool {
        let upper = Array(name.uppercased())
        var index = 0
        func skipDigits() { while index < upper.count, upper[index].isASCII, upper[index].isNumber { index += 1 } }
        var sawPart = false
        if index < upper.count, upper[index] == "R" { index += 1; skipDigits(); sawPart = true }
        if index < upper.count, upper[index] == "C" { index += 1; skipDigits(); sawPart = true }
        return sawPart && index == upper.count
    }
}
