import Foundation

/// Reads the department out of a title line such as `广州市某某局2023年度部门整体支出绩效自评表`, for a form
/// that has no 部门名称 field (form.json `title.department`): the text before the year, else before
/// 部门整体支出, cleaned of a leading year, brackets and a trailing colon.
///
/// A text ending in a region suffix (`黄埔区广州开发区`, `广州市`) names a place, not a department, and a generic
/// word (`部门`, `单位`) names none: nothing is taken then, and the form still lacks its department.
///
/// ```swift
/// let reader = TitleDepartmentReader(template: template.title.department)
/// reader.department(in: "广州市某某局2023年度部门整体支出绩效自评表")   // "广州市某某局"
/// reader.department(in: "黄埔区广州开发区部门整体支出绩效自评表")       // nil
/// ```
struct TitleDepartmentReader: Sendable {
    private let patterns: [NSRegularExpression]
    private let stripPatterns: [NSRegularExpression]
    private let regionSuffixes: [String]
    private let genericNames: Set<String>

    init(template: FormTemplate.TitleDepartment) {
        patterns = template.patterns.compactMap { RegexCache.compiled($0) }
        stripPatterns = template.stripPatterns.compactMap { RegexCache.compiled($0) }
        regionSuffixes = template.regionSuffixes
        genericNames = Set(template.genericNames)
    }

    /// The department the title names, nil when it names none (or only a place). Runs once per form, on the
    /// title alone.
    func department(in title: String) -> String? {
        for pattern in patterns {
            guard var text = FormSheetReader.firstGroup(pattern, in: title) else { continue }
            for strip in stripPatterns {
                let range = NSRange(location: 0, length: (text as NSString).length)
                text = strip.stringByReplacingMatches(in: text, range: range, withTemplate: "")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard !text.isEmpty else { continue }
            return regionSuffixes.contains { text.hasSuffix($0) } || genericNames.contains(text) ? nil : text
        }
        return nil
    }
}
