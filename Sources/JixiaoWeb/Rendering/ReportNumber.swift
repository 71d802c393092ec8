/// Numbers of the JSON report as the pages write them: amounts with at least two decimals (`3.30`), rates as
/// percentages at the precision the report carries (`97.8%`), other figures in their shortest exact form.
///
/// The report writes each number as the sheet shows it; read as a `Double`, `1505.02` prints back as
/// `1505.02` (Swift prints the shortest text that reads back the same), though trailing zeros are gone.
///
/// ```swift
/// ReportNumber.text(353.99)          // "353.99"
/// ReportNumber.amount(3.3)           // "3.30"
/// ReportNumber.percent(0.978)        // "97.8%"
/// ReportNumber.percent(0.97836, places: 2)   // "97.84%"
/// ```
enum ReportNumber {
    /// The shortest text of a number (`353.99`, `2021`, `-0.19`), never in exponent form.
    static func text(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        let shortest = "\(number)"
        guard shortest.contains("e") else { return shortest }
        return fixed(number, places: min(15, decimals(of: number) ?? 6))
    }

    /// An amount with at least two decimals, more where the figure has them.
    static func amount(_ number: Double) -> String {
        let places = decimals(of: number) ?? 2
        return places >= 2 ? text(number) : fixed(number, places: 2)
    }

    /// A rate (a fraction) as a percentage: at `places` decimals, or at the precision the fraction carries.
    static func percent(_ rate: Double, places: Int? = nil) -> String {
        let shown = places ?? max(0, (decimals(of: rate) ?? 2) - 2)
        return fixed(rate * 100, places: min(shown, 6)) + "%"
    }

    /// `number` rounded half away from zero to `places` decimals, written out.
    static func fixed(_ number: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(number) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 64-bit digits (a hostile sheet's 1e300): the number's own text.
        guard rounded < 9e18 else { return "\(number)" }
        let negative = number < 0 && rounded != 0
        var digits = String(Int64(rounded))
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (negative ? "-" : "") + digits
    }

    /// The decimals of a number's shortest text (`0.978` → 3), nil where the text is in exponent form.
    static func decimals(of number: Double) -> Int? {
        let shortest = "\(number)"
        guard !shortest.contains("e") else { return nil }
        if number == number.rounded() { return 0 }
        return shortest.firstIndex(of: ".").map { shortest[shortest.index(after: $0)...].count } ?? 0
    }
}
