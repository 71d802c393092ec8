import Foundation

/// Text normalisation shared by label matching and number reading: full-width characters made half-width
/// (NFKC: `（` → `(`, `：` → `:`, `１` → `1`, `％` → `%`), minus signs unified, whitespace removed.
///
/// ```swift
/// TextForm.compact("其中：一般公共预算 ")   // "其中:一般公共预算"
/// TextForm.compact("１，５０５．０２")       // "1,505.02"
/// ```
enum TextForm {
    /// NFKC, minus signs as `-`, no whitespace of any kind (line breaks, full-width spaces, no-break spaces).
    static func compact(_ text: String) -> String {
        var result = ""
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
            switch scalar {
            case "\u{2212}", "\u{2012}", "\u{2013}", "\u{FE63}": result.unicodeScalars.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
