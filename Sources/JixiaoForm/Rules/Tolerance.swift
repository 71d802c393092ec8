import Foundation

/// How close a stated figure must be to a computed one (form-model.md §3).
///
/// A rate computed from shown amounts, rounded half-up to the precision the sheet shows, must equal the
/// stated rate: 97.8% stands for 0.9775 ≤ x < 0.9785, and nothing more. A figure that is the sum or
/// difference of n shown parts may differ from it by the parts' half units added up
/// (1049.13 + 527.07 = 1576.20 against a stated 1576.21 passes).
///
/// ```swift
/// Tolerance.rateMatches(stated: ShownDecimal(text: "0.978")!, computed: 1472.46 / 1505.02)   // true
/// ```
enum Tolerance {
    /// Whether the computed rate, rounded half-up to the stated precision, is the stated rate.
    static func rateMatches(stated: ShownDecimal, computed: Decimal) -> Bool {
        DecimalMath.rounded(computed, places: stated.places) == stated.value
    }

    /// Whether a stated amount agrees with a value computed from shown parts.
    static func amountMatches(stated: ShownDecimal, computed: Decimal, parts: [ShownDecimal]) -> Bool {
        if DecimalMath.rounded(computed, places: stated.places) == stated.value { return true }
        return DecimalMath.magnitude(DecimalMath.difference(stated.value, computed)) <= slack(parts)
    }

    /// The parts' half units added up: how far a sum of rounded parts may drift.
    static func slack(_ parts: [ShownDecimal]) -> Decimal {
        DecimalMath.total(parts.lazy.map(\.halfUnit))
    }
}
