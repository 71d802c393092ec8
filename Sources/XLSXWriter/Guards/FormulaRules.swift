/// A light check of formula text before it is written. Not a parser: it catches the mistakes that make Excel
/// repair a file and are easy to make when formulas are assembled from Chinese text.
///
/// Refused: an empty formula, more than 8,192 characters, control characters other than tab and line breaks,
/// unbalanced parentheses, an unterminated `"text"` or `'sheet name'`, and full-width `（ ） ， ：` outside
/// quotes (Excel only knows the ASCII ones). A leading `=` is optional, as in libxlsxwriter.
///
/// ```swift
/// try FormulaRules.check("=C6/C5")             // fine
/// try FormulaRules.check("=SUM（C5:C9）")       // throws .invalidFormula
/// try FormulaRules.check("=\"（注）\"&A1")       // fine: inside quotes
/// ```
enum FormulaRules {
    static let fullWidthPunctuation: Set<Character> = ["（", "）", "，", "："]

    static func check(_ formula: String, label: String = "formula") throws(XLSXWriterError) {
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        func refuse(_ why: String) -> XLSXWriterError {
            XLSXWriterError(.invalidFormula, detail: "\(label) '\(formula.prefix(80))': \(why)")
        }
        if body.allSatisfy(\.isWhitespace) { throw refuse("it is empty") }
        if body.utf16.count > ExcelLimits.formulaLength {
            throw refuse("\(body.utf16.count) characters; Excel allows \(ExcelLimits.formulaLength)")
        }
        try TextRules.check(String(body), label: label, maxLength: nil, placement: .multiline)

        var depth = 0
        var quote: Character?
        var bracketDepth = 0
        var iterator = body.makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if let open = quote {
                if character == open {
                    // A doubled quote is an escaped quote inside the text or sheet name.
                    if let next = iterator.next() {
                        if next == open { continue }
                        pending = next
                    }
                    quote = nil
                }
                continue
            }
            if bracketDepth > 0 {
                if character == "[" { bracketDepth += 1 } else if character == "]" { bracketDepth -= 1 }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[": bracketDepth = 1
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth < 0 { throw refuse("a ')' closes nothing") }
            default:
                if fullWidthPunctuation.contains(character) {
                    throw refuse("full-width '\(character)' outside quotes; use ASCII punctuation")
                }
            }
        }
        if let quote { throw refuse("an unterminated \(quote)…\(quote)") }
        if bracketDepth > 0 { throw refuse("an unterminated [") }
        if depth > 0 { throw refuse("\(depth) '(' not closed") }
    }
}
