import Foundation
import XLSXReader

/// Reads figures from value cells with the precision the sheet shows (form-model.md §1, issue 3).
///
/// A number cell is rounded to its number format's decimals (`0.00` → 2; `0.0%` → a fraction with 3);
/// under General it keeps what a cell shows, at most 10 significant digits, so a formula's binary result
/// does not leak (1505.0199999 → 1505.02). Text is read by ``NumberText`` and marked as typed-as-text.
///
/// ```swift
/// let reader = FigureReader(template: template)
/// reader.read(grid[CellReference("C8")!])   // .figure(0.978, shownAsPercent)
/// ```
package struct FigureReader {
    /// Significant digits General format shows in a cell of ordinary width.
    static let generalSignificantDigits = 10

    let numberText: NumberText
    let notApplicableTexts: Set<String>
    let notApplicableMarkers: [String]

    init(template: FormTemplate) {
        numberText = NumberText(units: template.unit.units, currencyMarks: template.normalisation.currencyMarks)
        notApplicableTexts = Set(template.normalisation.notApplicableTexts.map(TextForm.compact))
        notApplicableMarkers = template.normalisation.notApplicableMarkers.map(TextForm.compact)
    }

    func read(_ cell: Cell?) -> FigureReading {
        guard let cell else { return .blank }
        switch cell.value {
        case .empty:
            return .blank
        case .number(let text):
            guard let exact = DecimalMath.decimal(fromText: text) else {
                return .unreadable(text: text)
            }
            return .figure(Self.shown(exact, format: cell.numberFormat))
        case .text(let raw):
            return read(text: raw)
        case .boolean, .error, .isoDate:
            return .unreadable(text: cell.value.displayText)
        }
    }

    /// Reads a figure typed as text (also used for `label：value` cells).
    func read(text raw: String) -> FigureReading {
        guard let cleaned = TextCleaner.clean(raw) else { return .blank }
        return read(cleaned: cleaned)
    }

    /// Reads a figure from a text already cleaned (``TextCleaner/clean(_:)``), as a sheet's text cells are once.
    func read(cleaned: String) -> FigureReading {
        if let plain = Self.plainDecimal(cleaned) {
            return .figure(CellFigure(value: plain, shownAsPercent: false, typedAsText: true, text: cleaned))
        }
        let compact = TextForm.compact(cleaned)
        if notApplicableTexts.contains(compact) || notApplicableMarkers.contains(where: { compact.contains($0) }) {
            return .notApplicable(text: cleaned)
        }
        guard let reading = numberText.parse(compact: compact) else { return .unreadable(text: cleaned) }
        let value = reading.isPercent
            ? ShownDecimal(DecimalMath.movingPoint(reading.value.value, by: -2), places: reading.value.places + 2) : reading.value
        return .figure(CellFigure(value: value, shownAsPercent: reading.isPercent, typedAsText: true, text: cleaned))
    }

    /// A text of ASCII digits alone, with at most a leading minus and one decimal point (`15050200`, `-353.99`):
    /// the figure it writes, with the places it writes; nil for anything else, which the number grammar reads.
    /// Most figures typed as text (a CSV's, a list's) are such, and need no grammar.
    static func plainDecimal(_ text: String) -> ShownDecimal? {
        var digits = 0, places = 0, point = false, negative = false
        var significand: UInt64 = 0
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if point { places += 1 }
                significand = significand &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "-") where offset == 0: negative = true
            case UInt8(ascii: ".") where !point: point = true
            default: return nil
            }
        }
        // Eighteen digits fit the significand exactly; longer figures are the grammar's.
        guard digits > 0, digits <= 18, !point || places > 0 else { return nil }
        let value = Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -places,
                            significand: Decimal(significand))
        return ShownDecimal(value, places: places)
    }

    /// A number cell's value as its format shows it.
    static func shown(_ exact: Decimal, format: NumberFormat) -> CellFigure {
        if format.isPercent {
            let percent = DecimalMath.movingPoint(exact, by: 2)
            let places = format.decimalPlaces ?? generalPlaces(percent)
            return CellFigure(value: ShownDecimal(DecimalMath.movingPoint(DecimalMath.rounded(percent, places: places), by: -2),
                                                  places: places + 2),
                              shownAsPercent: true, typedAsText: false, text: nil)
        }
        if let places = format.decimalPlaces, !format.isDate {
            return CellFigure(value: ShownDecimal(exact, places: places), shownAsPercent: false, typedAsText: false,
                              text: nil)
        }
        return CellFigure(value: ShownDecimal(exact, places: generalPlaces(exact)), shownAsPercent: false,
                          typedAsText: false, text: nil)
    }

    /// The decimals General shows: the value's own, after rounding to ``generalSignificantDigits``.
    static func generalPlaces(_ value: Decimal) -> Int {
        DecimalMath.fractionDigits(DecimalMath.roundedToSignificantDigits(value, digits: generalSignificantDigits))
    }

    /// A rate from a figure: a `%` figure is already a fraction; a bare number (97.8 or 0.978 under a rate
    /// label) is read as percentage points or a fraction, whichever is nearer the rate the amounts give,
    /// or by magnitude when they give none.
    static func rate(from figure: CellFigure, reference: Decimal?) -> ShownDecimal {
        if figure.shownAsPercent { return figure.value }
        let asFraction = figure.value
        let asPoints = ShownDecimal(DecimalMath.movingPoint(figure.value.value, by: -2), places: figure.value.places + 2)
        if let reference {
            let fractionGap = DecimalMath.magnitude(DecimalMath.difference(asFraction.value, reference))
            let pointsGap = DecimalMath.magnitude(DecimalMath.difference(asPoints.value, reference))
            return pointsGap < fractionGap ? asPoints : asFraction
        }
        return DecimalMath.magnitude(asFraction.value) > Decimal(15) / 10 ? asPoints : asFraction
    }

    /// What a cell shows, as text: cleaned text, or a number as its format shows it (`90%`, `3.30`).
    package static func shownText(_ cell: Cell?) -> String? {
        guard let cell else { return nil }
        switch cell.value {
        case .empty: return nil
        case .text(let raw): return TextCleaner.clean(raw)
        case .number(let text):
            guard let exact = DecimalMath.decimal(fromText: text) else { return text }
            let figure = shown(exact, format: cell.numberFormat)
            return figure.shownAsPercent ? figure.value.percentText : figure.value.text
        case .boolean, .error, .isoDate: return TextCleaner.clean(cell.value.displayText)
        }
    }
}
