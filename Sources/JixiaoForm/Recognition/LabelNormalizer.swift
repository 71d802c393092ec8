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
struct LabelNormalizer: Sendable {
    /// The strip patterns as one alternation: one regular-expression pass per round instead of one per pattern.
    private let pattern: NSRegularExpression?
    /// Labels already normalised: every form shows the same few dozen, so each is worked out once.
    private let memo = BoundedMemo<String, String>(capacity: 20_000, keeps: { $0.utf8.count <= 192 })

    init(stripPatterns: [String]) {
        let valid = stripPatterns.filter { RegexCache.compiled($0) != nil }
        pattern = valid.isEmpty ? nil : RegexCache.compiled(valid.map { "(?:\($0))" }.joined(separator: "|"))
    }

    func normalise(_ text: String) -> String {
        memo.value(for: text) { normaliseAnew(text) }
    }

    private func normaliseAnew(_ text: String) -> String {
        guard let pattern else { return TextForm.compact(TextCleaner.stripMarkup(text)) }
        // One pass before the full-width mapping too: it turns an enclosed number (a circled 1) into a bare
        // digit that can no longer be told from a figure, so such numbering is removed while it still shows.
        // `clean` is stripMarkup and the trimming of `.whitespacesAndNewlines`, nil for nothing left.
        let raw = TextCleaner.clean(text) ?? ""
        let rawRange = NSRange(location: 0, length: (raw as NSString).length)
        let rawStripped = pattern.stringByReplacingMatches(in: raw, range: rawRange, withTemplate: "")
        var label = TextForm.compact(rawStripped.isEmpty ? raw : rawStripped)
        // A label compact already, in which that pass found nothing to remove (or only everything), would only
        // give the same answer again. Compared by bytes: a text equal only by canonical equivalence (a CJK
        // compatibility ideograph against its unified twin) can match the patterns differently.
        if label.utf8.elementsEqual(raw.utf8), rawStripped.isEmpty || rawStripped.utf8.elementsEqual(raw.utf8) {
            return label
        }
        for _ in 0..<8 {
            let range = NSRange(location: 0, length: (label as NSString).length)
            let stripped = pattern.stringByReplacingMatches(in: label, range: range, withTemplate: "")
            guard stripped != label, !stripped.isEmpty else { break }
            label = stripped
        }
        return label
    }
}
