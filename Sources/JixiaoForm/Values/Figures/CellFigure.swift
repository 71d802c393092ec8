/// A figure read from a value cell: the number as shown, and how it was written.
///
/// ```swift
/// // C8 holds 0.978 formatted 0.0%
/// figure.value.text       // "0.978"
/// figure.shownAsPercent   // true
/// figure.typedAsText      // false
/// ```
struct CellFigure: Sendable, Hashable {
    /// The number as shown (a percentage already as a fraction when ``shownAsPercent``).
    var value: ShownDecimal
    /// Whether the sheet shows it with `%` (a percent format or a typed `%`).
    var shownAsPercent: Bool
    /// Whether it was typed as text.
    var typedAsText: Bool
    /// The text typed, when it was text.
    var text: String?
}
