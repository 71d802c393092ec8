/// Estimates the row height that shows a wrapped text whole, so long 整体目标 paragraphs are not cut off when
/// the table is opened or printed.
///
/// Column widths are in Excel's units (the width of a `0`); at 宋体 10 pt a Chinese character takes about two
/// units and a line about 13.5 points.
///
/// ```swift
/// TextHeight.points(for: String(repeating: "字", count: 100), width: 30, minimum: 20)   // 94.5
/// ```
enum TextHeight {
    static let lineHeight = 13.5
    static let maximum = 409.0

    static func points(for text: String, width: Double, minimum: Double) -> Double {
        guard !text.isEmpty, width > 2 else { return minimum }
        let usable = width - 1
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let units = line.unicodeScalars.reduce(0.0) { $0 + ($1.value < 0x2E80 ? 1.05 : 2.0) }
            lines += max(1, Int((units / usable).rounded(.up)))
        }
        return min(maximum, max(minimum, Double(lines) * lineHeight + 6))
    }
}
