import Foundation

/// How wide each column of a summary sheet needs to be, measured from what is written into it as it is written
/// (constant memory: the widths are set once the rows are in): a column is as wide as its widest content, at
/// least wide enough for its header on two lines, at most its layout's width (beyond that its text wraps).
///
/// Widths are in Excel's units, the width of a `0`: a Chinese character takes about two.
///
/// ```swift
/// var widths = ColumnWidths(count: 2)
/// widths.measure(text: "广州市番禺区总工会", column: 0)
/// widths.fitted(column: 0, header: "部门", cap: 30)   // 19.5
/// ```
struct ColumnWidths {
    private var widest: [Double]

    init(count: Int) {
        widest = Array(repeating: 0, count: count)
    }

    /// The width `text` takes on one line.
    static func units(of text: String) -> Double {
        var width = 0.0
        forEachLine(of: text) { width = max(width, $0) }
        return width
    }

    /// Calls `body` with the width of each line of `text` (lines end at a line feed), in one pass over its
    /// scalars: every cell of a summary is measured, so no line is made into a string of its own.
    private static func forEachLine(of text: String, _ body: (Double) -> Void) {
        var width = 0.0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                body(width)
                width = 0
            } else {
                width += scalar.value < 0x2E80 ? 1.1 : 2.0
            }
        }
        body(width)
    }

    mutating func measure(text: String, column: Int) {
        guard widest.indices.contains(column) else { return }
        // A wrapped text's longest line sets the width it would like.
        widest[column] = max(widest[column], Self.units(of: text))
    }

    /// A number as `#,##0.00` or `0.0%` shows it, roughly: its integer digits, separators and decimals.
    mutating func measure(number: Double, column: Int) {
        guard widest.indices.contains(column), number.isFinite else { return }
        let digits = Double(String(Int(min(abs(number), 1e15))).count)
        widest[column] = max(widest[column], digits * 1.35 + 4)
    }

    /// The height in points a row needs to show `text` whole in a column at most `width` wide: its lines
    /// once wrapped at 15 points each. A column narrower than its cap holds its widest text on one line (see
    /// ``fitted(column:header:cap:)``), so the cap is the width to wrap at.
    static func height(of text: String, width: Double) -> Double {
        let usable = max(1, width - 1)
        var lines = 0
        forEachLine(of: text) { lines += max(1, Int(($0 / usable).rounded(.up))) }
        return min(409, Double(lines) * lineHeight + 3)
    }

    /// A line of text at the default font (11 points), in points.
    static let lineHeight = 15.0

    /// The column's width: its content's plus a margin, no less than its header needs on two lines, and no
    /// more than `cap` unless the header needs it.
    func fitted(column: Int, header: String, cap: Double) -> Double {
        let headerWords = Self.units(of: header)
        let forHeader = min(max(6, (headerWords / 2).rounded(.up) + 2), 255)
        let content = widest.indices.contains(column) ? widest[column] + 1.5 : 0
        return max(forHeader, min(cap, content))
    }
}

extension ColumnWidths {
    /// Measures a cell of a summary entry as it will show: a text or a link's text, a figure.
    mutating func measure(_ value: SummaryEntry.Value, column: Int) {
        switch value {
        case .text(let text), .link(_, let text): measure(text: text, column: column)
        case .double(let number): measure(number: number, column: column)
        case .decimal(let number): measure(number: NSDecimalNumber(decimal: number).doubleValue, column: column)
        case .integer(let number): measure(number: Double(number), column: column)
        case .blank: break
        }
    }
}
