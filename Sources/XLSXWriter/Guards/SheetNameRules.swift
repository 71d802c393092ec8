/// Excel's rules for sheet names, checked in full before libxlsxwriter sees the name.
///
/// libxlsxwriter 1.1.4 checks length, the characters `[ ] : * ? / \` and apostrophes, but compares existing
/// names ignoring ASCII case only (`ÉTÉ` and `été` both pass, Excel then refuses the file), accepts control
/// characters (invalid XML) and accepts `History`, which Excel reserves.
///
/// ```swift
/// try SheetNameRules.check("2021年 汇总", existing: [])   // fine
/// try SheetNameRules.check("汇总[1]", existing: [])       // throws .invalidSheetName
/// ```
enum SheetNameRules {
    static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws `.invalidSheetName` or `.duplicateSheetName`.
    /// - Parameters:
    ///   - name: the proposed name.
    ///   - existing: the names already in the workbook.
    static func check(_ name: String, existing: [String]) throws(XLSXWriterError) {
        func refuse(_ why: String) -> XLSXWriterError {
            XLSXWriterError(.invalidSheetName, sheet: name, detail: why)
        }
        if name.isEmpty { throw refuse("a sheet name cannot be empty") }
        if name.utf16.count > ExcelLimits.sheetNameLength {
            throw refuse("\(name.utf16.count) characters; Excel allows \(ExcelLimits.sheetNameLength)")
        }
        if let scalar = TextRules.firstForbiddenScalar(in: name, placement: .singleLine) {
            throw refuse("a sheet name cannot hold the control character U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        if let character = name.first(where: { forbiddenCharacters.contains($0) }) {
            throw refuse("a sheet name cannot hold '\(character)' (none of [ ] : * ? / \\)")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw refuse("a sheet name cannot start or end with an apostrophe")
        }
        if name.lowercased() == "history" {
            throw refuse("Excel reserves the sheet name 'History'")
        }
        let folded = foldedForComparison(name)
        if let clash = existing.first(where: { foldedForComparison($0) == folded }) {
            throw XLSXWriterError(.duplicateSheetName, sheet: name,
                                  detail: "a sheet named '\(clash)' exists (Excel ignores case)")
        }
    }

    /// The form in which two names compare equal when Excel considers them the same sheet.
    static func foldedForComparison(_ name: String) -> String {
        name.lowercased()
    }

    /// The name quoted for use in a reference, with inner apostrophes doubled: `'It''s 汇总'`.
    static func quoted(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
