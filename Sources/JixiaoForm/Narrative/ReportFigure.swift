/// A figure found in a sentence's compact text, before it is named and related: what the scanner sees.
///
/// ```swift
/// let figures = scanner.figures(in: Array("总收入1538.82万元".unicodeScalars))
/// figures[0].value?.text   // "1538.82"
/// figures[0].unit          // "万元"
/// ```
struct ReportFigure: Sendable {
    enum Kind: Sendable { case amount, rate, score, grade }

    var kind: Kind
    /// The figure as written (a rate as a fraction); nil for a grade and a rate that cannot be computed.
    var value: ShownDecimal?
    /// The unit as the report writes it (`万元`, `%`, `分`); its size in 元 as a power of ten, for an amount.
    var unit: String?
    var power: Int?
    /// The grade's name, as written.
    var grade: String?
    /// Where the figure starts (its number or the grade word) and where it ends, in scalars.
    var start: Int
    var end: Int
}
