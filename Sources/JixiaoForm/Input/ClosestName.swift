/// The known name closest to one that names nothing, for a message that suggests it (`年度预算（万元）` →
/// `年度预算数`). Names are compared in the form they are matched in (the caller's normalisation: full-width
/// made half-width, brackets and unit suffixes dropped), and ranked by two measures: a name holding the other
/// whole (the core label inside a longer one) comes first, then the fewest single-character edits
/// (Levenshtein distance). A name sharing too little is no suggestion.
///
/// ```swift
/// ClosestName.closest(to: "年度预算", among: ["部门名称", "年度预算数", "整体支出年度预算数"])   // "年度预算数"
/// ClosestName.closest(to: "funds.annualBudgt", among: ["funds.annualBudget", "funds.actual"])  // "funds.annualBudget"
/// ClosestName.closest(to: "备注", among: ["部门名称", "年度预算数"])                             // nil
/// ```
package enum ClosestName {
    /// The closest of `candidates` to `name`, as the candidate is written; nil when none is close.
    /// - Parameter normalise: brings both sides to the form they are compared in (identity by default).
    package static func closest(to name: String, among candidates: [String],
                                normalise: (String) -> String = { $0 }) -> String? {
        let target = Array(normalise(name).lowercased())
        guard !target.isEmpty else { return nil }
        var best: (rank: (Int, Int), name: String)?
        for candidate in candidates {
            let other = Array(normalise(candidate).lowercased())
            guard !other.isEmpty else { continue }
            let edits = distance(target, other)
            let holds = other.count >= 2 && target.count >= 2
                && (String(target).contains(String(other)) || String(other).contains(String(target)))
            // Without containment, at most half the longer name may differ.
            guard holds || edits * 2 <= max(target.count, other.count) else { continue }
            let rank = (holds ? 0 : 1, edits)
            if let current = best, current.rank <= rank { continue }
            best = (rank, candidate)
        }
        return best?.name
    }

    /// The Levenshtein distance: insertions, deletions and substitutions of one character.
    static func distance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
