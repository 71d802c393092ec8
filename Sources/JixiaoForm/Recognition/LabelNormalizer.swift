import Foundation

/// Brings a label to the form it is compared in (domain.md §1.3): markup stripped, full-width characters
/// made half-width, whitespace and line breaks removed, then the template's strip patterns removed
/// (leading numbering, trailing colons, `(万元)` suffixes) until none applies.
///
/// ```swift
/// let normalizer = LabelNormalizer(stripPatterns: template.normalisation.stripPatterns)
/// normalizer.normalise("整体支出年度\n预算数（万元）：")   // "整体支出年度预算数"
/// normalizer.normalise("一、部门资金情况")               // "部门资金情况"
/// ```
struct LabelNormalizer {
    /// The strip patterns as one alternation: one regular-expression pass per round instead of one per pattern.
    private let pattern: NSRegularExpression?

    init(stripPatterns: [String]) {
        let valid = stripPatterns.filter { (try? NSRegularExpression(pattern: $0)) != nil }
        pattern = valid.isEmpty ? nil : try? NSRegularExpression(pattern: valid.map { "(?:\($0))" }.joined(separator: "|"))
    }

    func normalise(_ text: String) -> String {
        var label = TextForm.compact(TextCleaner.stripMarkup(text))
        guard let pattern else { return label }
        for _ in 0..<8 {
            let range = NSRange(location: 0, length: (label as NSString).length)
            let stripped = pattern.stringByReplacingMatches(in: label, range: range, withTemplate: "")
            guard stripped != label, !stripped.isEmpty else { break }
            label = stripped
        }
        return label
    }
}
