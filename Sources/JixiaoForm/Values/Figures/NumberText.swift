import Foundation

/// Reads a number typed as text: `"1,505.02"`, `"１５０５．０２"`, `" 1 505.02 "`, `"97.8%"`, `"97.8％"`,
/// `"(353.99)"`, `"−353.99"`, `"1505.02万元"`.
///
/// ```swift
/// let reader = NumberText(units: ["万元", "元"], currencyMarks: ["¥"])
/// reader.parse("1,505.02")?.value    // 1505.02, 2 places
/// reader.parse("97.8%")?.isPercent   // true (value 97.8)
/// reader.parse("一千")               // nil
/// ```
struct NumberText {
    /// A number read from text: the figure as written and whether it carried a `%`.
    struct Reading {
        var value: ShownDecimal
        var isPercent: Bool
    }

    /// Money units a number may end with, longest first.
    let units: [String]
    /// Currency marks a number may open with, compact.
    let currencyMarks: [String]

    init(units: [String], currencyMarks: [String]) {
        self.units = units.sorted { $0.count > $1.count }
        self.currencyMarks = currencyMarks.map(TextForm.compact)
    }

    /// A number in a text as typed (markup stripped and the text compacted first).
    func parse(_ raw: String) -> Reading? {
        parse(compact: TextForm.compact(TextCleaner.stripMarkup(raw)))
    }

    /// A number in a text already cleaned and compacted (``TextForm/compact(_:)``), as a cell's text is once.
    func parse(compact: String) -> Reading? {
        var text = compact
        guard !text.isEmpty else { return nil }
        for mark in currencyMarks where text.hasPrefix(mark) { text.removeFirst(mark.count) }
        for unit in units where text.hasSuffix(unit) {
            text.removeLast(unit.count)
            break
        }
        var isPercent = false
        if text.hasSuffix("%") {
            isPercent = true
            text.removeLast()
        }
        var negative = false
        if text.hasPrefix("(") && text.hasSuffix(")") && text.count > 2 {
            negative = true
            text = String(text.dropFirst().dropLast())
        }
        text = text.replacingOccurrences(of: ",", with: "")
        if text.hasPrefix("+") { text.removeFirst() }
        if text.hasPrefix("-") {
            negative.toggle()
            text.removeFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              text.filter({ $0 == "." }).count <= 1, text != ".",
              let magnitude = DecimalMath.decimal(fromText: text.hasPrefix(".") ? "0" + text : text) else { return nil }
        let places = text.firstIndex(of: ".").map { text[text.index(after: $0)...].count } ?? 0
        return Reading(value: ShownDecimal(negative ? -magnitude : magnitude, places: places), isPercent: isPercent)
    }
}
