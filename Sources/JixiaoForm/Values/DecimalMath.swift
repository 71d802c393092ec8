import Foundation

/// Decimal arithmetic the rules need and Foundation leaves out: half-up rounding, plain text with a fixed
/// number of decimals, and the "half a unit of the last shown digit" of form-model.md §3.
///
/// Everything stays in `Decimal`: a figure such as 1505.02 never passes through binary floating point.
///
/// ```swift
/// DecimalMath.rounded(Decimal(string: "0.976279")!, places: 4)   // 0.9763
/// DecimalMath.text(Decimal(string: "-0.19")!, places: 3)          // "-0.190"
/// DecimalMath.halfUnit(places: 2)                                  // 0.005
/// ```
public enum DecimalMath {
    /// Rounds half away from zero ("half-up" as finance and Python's `ROUND_HALF_UP` mean it).
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    /// Half a unit of the digit `places` after the point: 0.005 for 2, 0.5 for 0.
    public static func halfUnit(places: Int) -> Decimal {
        Decimal(sign: .plus, exponent: -places, significand: 5) / 10
    }

    /// The value with exactly `places` decimals, rounded half-up, with `-` for negatives: `"-0.190"`.
    public static func text(_ value: Decimal, places: Int) -> String {
        let places = max(0, places)
        let rounded = rounded(value, places: places)
        var digits = plain(rounded)
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var integer = digits
        var fraction = ""
        if let dot = digits.firstIndex(of: ".") {
            integer = String(digits[..<dot])
            fraction = String(digits[digits.index(after: dot)...])
        }
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        if fraction.count > places { fraction = String(fraction.prefix(places)) }
        let isZero = integer.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        let sign = negative && !isZero ? "-" : ""
        return sign + integer + (places > 0 ? "." + fraction : "")
    }

    /// The number of digits after the point in the value's shortest exact text (`3.30` → 1, `4` → 0).
    public static func fractionDigits(_ value: Decimal) -> Int {
        let digits = plain(value)
        guard let dot = digits.firstIndex(of: ".") else { return 0 }
        return digits[digits.index(after: dot)...].count
    }

    /// The value rounded to `digits` significant digits, as General format shows a number in a cell
    /// (a formula's binary result 0.97836648283743738 shows as 0.9783664828).
    public static func roundedToSignificantDigits(_ value: Decimal, digits: Int) -> Decimal {
        guard !value.isZero else { return value }
        let magnitude = integerDigits(value)
        return rounded(value, places: max(0, digits - magnitude))
    }

    /// The count of digits before the point for |value| ≥ 1, or minus the count of zeros right after the point
    /// for |value| < 1 (0.0012 → −2).
    static func integerDigits(_ value: Decimal) -> Int {
        var digits = plain(value)
        if digits.hasPrefix("-") { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts.first.map(String.init) ?? ""
        if integer != "0" && !integer.isEmpty { return integer.count }
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return -fraction.prefix { $0 == "0" }.count
    }

    /// `Decimal`'s own text, which is plain (no exponent) and uses `.` whatever the locale.
    static func plain(_ value: Decimal) -> String {
        value.description
    }

    /// |value|.
    public static func magnitude(_ value: Decimal) -> Decimal { value < 0 ? -value : value }
}
