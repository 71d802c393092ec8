import Foundation

/// A number as the sheet shows it: its decimal value and how many digits it shows after the point.
///
/// Amounts, rates and scores are all `ShownDecimal`s. The shown precision matters twice: JSON writes the
/// number as the sheet shows it (`-0.190` for −19.0%), and the rules allow half a unit of the last shown
/// digit when they compare a stated figure with a computed one (form-model.md §3). A rate is kept as a
/// fraction: 97.8% is `0.978` with 3 places.
///
/// ```swift
/// let budget = ShownDecimal(Decimal(string: "1505.02")!, places: 2)
/// budget.text        // "1505.02"
/// budget.halfUnit    // 0.005
/// ShownDecimal(text: "3.30")?.places   // 2
/// ```
public struct ShownDecimal: Sendable, Hashable, CustomStringConvertible {
    /// The value, rounded to ``places``.
    public var value: Decimal
    /// Digits shown after the point (never negative).
    public var places: Int

    /// A figure rounded half-up to `places` decimals.
    public init(_ value: Decimal, places: Int) {
        self.places = max(0, places)
        self.value = DecimalMath.rounded(value, places: self.places)
    }

    /// Reads plain decimal text such as `1505.02`, `-0.190` or `4`; the places are those written.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = DecimalMath.decimal(fromText: trimmed) else { return nil }
        let places = trimmed.firstIndex(of: ".").map { trimmed[trimmed.index(after: $0)...].count } ?? 0
        self.init(value, places: places)
    }

    /// The decimal text with exactly ``places`` decimals: `"1505.02"`, `"-0.190"`, `"4.00"`.
    public var text: String { DecimalMath.text(value, places: places) }

    /// Half a unit of the last shown digit: the most a shown figure can differ from the value it stands for.
    public var halfUnit: Decimal { DecimalMath.halfUnit(places: places) }

    /// A rate shown as a percentage with the same precision: `0.978` (3 places) → `"97.8%"`.
    public var percentText: String { DecimalMath.text(DecimalMath.movingPoint(value, by: 2), places: max(0, places - 2)) + "%" }

    public var description: String { text }

    /// The same figure with the opposite sign.
    public var negated: ShownDecimal { ShownDecimal(-value, places: places) }
}
