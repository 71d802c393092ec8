/// A template label written with alternatives, so that one line of `form.json` names every spelling of a label
/// built from the same parts: `{年度|全年|}{整体|总体}目标{实际|}完成情况` stands for 年度整体目标完成情况,
/// 总体目标实际完成情况, 整体目标完成情况 and the other combinations, in that order (the first alternative of each
/// group first, an empty alternative making the group optional).
///
/// A label without `{` is its only spelling. Groups do not nest. A pattern naming more than ``limit`` spellings
/// is a template mistake: only the first ``limit`` are kept (the template test checks none comes near it).
///
/// ```swift
/// LabelPattern.spellings(of: "{年度|}{整体|总体}目标")   // ["年度整体目标", "年度总体目标", "整体目标", "总体目标"]
/// LabelPattern.spellings(of: "存在问题")               // ["存在问题"]
/// ```
enum LabelPattern {
    /// The most spellings one pattern may stand for.
    static let limit = 512

    static func spellings(of pattern: String) -> [String] {
        guard pattern.contains("{") else { return [pattern] }
        var spellings = [""]
        var rest = Substring(pattern)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") else {
                spellings = spellings.map { $0 + rest }
                break
            }
            let literal = rest[..<open]
            let alternatives = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
            var next: [String] = []
            for spelling in spellings {
                for alternative in alternatives where next.count < limit { next.append(spelling + literal + alternative) }
            }
            spellings = next
            rest = rest[rest.index(after: close)...]
        }
        return spellings
    }
}
