import Foundation

/// Figures as messages show them: shown precision, a true minus sign (−353.99), rates as percentages.
///
/// ```swift
/// MessageNumber.amount(ShownDecimal(text: "-353.99")!)      // "−353.99"
/// MessageNumber.rate(ShownDecimal(text: "0.978")!)          // "97.8%"
/// MessageNumber.computedRate(0.9783664, shownPlaces: 3)     // "97.84%"
/// ```
enum MessageNumber {
    static func amount(_ value: ShownDecimal) -> String { signed(value.text) }

    static func amount(_ value: Decimal, places: Int) -> String { signed(DecimalMath.text(value, places: places)) }

    static func rate(_ value: ShownDecimal) -> String { signed(value.percentText) }

    /// A computed rate two digits finer than the sheet shows it, so the rounding is visible.
    static func computedRate(_ value: Decimal, shownPlaces: Int) -> String {
        signed(DecimalMath.text(DecimalMath.movingPoint(value, by: 2), places: max(0, shownPlaces - 2) + 2) + "%")
    }

    /// Parts joined with plus signs: `1049.13 + 527.07`.
    static func sum(_ parts: [ShownDecimal]) -> String { parts.map(amount).joined(separator: " + ") }

    /// The places a sum of parts is shown with: the finest part's.
    static func places(_ parts: [ShownDecimal]) -> Int { parts.map(\.places).max() ?? 0 }

    private static func signed(_ text: String) -> String {
        text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}
