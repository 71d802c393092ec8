import Foundation

/// Numbers as Excel can store them: finite doubles.
///
/// A `Decimal` goes through its exact decimal text (`1505.02`), which Swift's `Double(String)` reads with C-locale
/// rules whatever `LC_NUMERIC` says, so the stored double is the one nearest the decimal value. libxlsxwriter
/// writes it back with 16 significant digits (`%.16G`), so amounts of up to 15 significant digits, like every
/// amount on a 自评表, come out exactly as given; longer ones are rounded, as Excel itself would.
///
/// ```swift
/// try NumberRules.double(from: Decimal(string: "-353.99")!)   // -353.99
/// try NumberRules.finite(.nan)                                 // throws .nonFiniteNumber
/// ```
enum NumberRules {
    static func finite(_ value: Double, label: String = "number") throws(XLSXWriterError) -> Double {
        guard value.isFinite else {
            throw XLSXWriterError(.nonFiniteNumber, detail: "\(label) is \(value); Excel stores only finite numbers")
        }
        return value
    }

    static func double(from decimal: Decimal, label: String = "number") throws(XLSXWriterError) -> Double {
        guard !decimal.isNaN, let value = Double(decimal.description) else {
            throw XLSXWriterError(.nonFiniteNumber, detail: "\(label) is \(decimal); Excel stores only finite numbers")
        }
        return try finite(value, label: label)
    }
}
