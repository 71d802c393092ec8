import Foundation

/// A decimal from its text, for test literals (NaN for a typo, which then fails the comparison).
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}
