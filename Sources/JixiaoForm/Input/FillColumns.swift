import Foundation

/// The CSV headers `fill` understands (`Templates/fill-columns.json`), and what each header of a file means.
///
/// ```swift
/// let columns = try FillColumns.standard.get()
/// columns.map(["部门名称", "关键指标2"], template: templates.form)   // [.field(.department), .indicator(1, .name)]
/// ```
public struct FillColumns: Decodable, Sendable {
    public var keyIndicatorColumns: [String: [String]]
    public var taskColumns: [String: [String]]
    public var scalarExtras: [String: [String]]

    /// What one CSV column holds.
    public enum Target: Sendable, Equatable {
        case field(FieldKey)
        case indicator(Int, FieldKey.IndicatorColumn)
        case task(Int, FieldKey.TaskColumn)
        /// A header that names nothing `fill` knows: an error, unless the user says to ignore it.
        case unknown
    }

    /// The columns bundled with the library (`Templates/fill-columns.json`), read once.
    public static let standard: Result<FillColumns, TemplateLoadError> =
        TemplateCatalog.standard(\.fillColumns, as: FillColumns.self)

    /// The meaning of each header, in order.
    public func map(_ header: [String], template: FormTemplate) -> [Target] {
        let normalizer = LabelNormalizer(stripPatterns: template.normalisation.stripPatterns)
        var scalarByLabel: [String: FieldKey] = [:]
        for (key, field) in template.fields {
            for label in field.labels.flatMap(LabelPattern.spellings) { scalarByLabel[normalizer.normalise(label)] = FieldKey(rawValue: key) }
        }
        for (key, labels) in scalarExtras { for label in labels { scalarByLabel[normalizer.normalise(label)] = FieldKey(rawValue: key) } }
        let indicatorPatterns = patterns(keyIndicatorColumns, normalizer)
        let taskPatterns = patterns(taskColumns, normalizer)

        return header.map { raw -> Target in
            let text = raw.trimmingCharacters(in: .whitespaces)
            if let target = FillColumns.fieldKeyTarget(text) { return target }
            let label = normalizer.normalise(text)
            for (column, regex) in indicatorPatterns {
                if let index = match(regex, label), let key = FieldKey.IndicatorColumn(rawValue: column) {
                    return .indicator(index, key)
                }
            }
            for (column, regex) in taskPatterns {
                if let index = match(regex, label), let key = FieldKey.TaskColumn(rawValue: column) { return .task(index, key) }
            }
            return scalarByLabel[label].map(Target.field) ?? .unknown
        }
    }

    /// The header closest to one that names nothing (`年度预算（万元）` → `年度预算数`), among every label and
    /// key `fill` understands, compared normalised as labels are (full-width made half-width, brackets and unit
    /// suffixes dropped); a numbered label carries the header's own number (`关键指表3` → `关键指标3`). Nil when
    /// nothing is close (see ``ClosestName``).
    public func closestHeader(to header: String, template: FormTemplate) -> String? {
        let normalizer = LabelNormalizer(stripPatterns: template.normalisation.stripPatterns)
        let number = header.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).first.map(String.init) ?? "1"
        var candidates: [String] = []
        for field in FormField.all where field.kind != .table {
            candidates.append(field.key.rawValue)
            if let labels = template.fields[field.key.rawValue]?.labels { candidates += labels.flatMap(LabelPattern.spellings) }
        }
        candidates += scalarExtras.keys.sorted().flatMap { scalarExtras[$0] ?? [] }
        for (table, columns) in [("keyIndicators", keyIndicatorColumns), ("tasks", taskColumns)] {
            for column in columns.keys.sorted() {
                candidates.append("\(table)[\(max((Int(number) ?? 1) - 1, 0))].\(column)")
                candidates += (columns[column] ?? []).map { $0.replacingOccurrences(of: "{n}", with: number) }
            }
        }
        return ClosestName.closest(to: header, among: candidates, normalise: normalizer.normalise)
    }

    /// `department`, `funds.actual`, `keyIndicators[0].name`, `tasks[2].funds`.
    static func fieldKeyTarget(_ text: String) -> Target? {
        let key = FieldKey(rawValue: text)
        if FieldKey.allModelKeys.contains(key), !text.contains("[") { return .field(key) }
        let pieces = text.split(whereSeparator: { "[].".contains($0) }).map(String.init)
        guard pieces.count == 3, let index = Int(pieces[1]), index >= 0, index < 1000 else { return nil }
        switch pieces[0] {
        case "keyIndicators": return FieldKey.IndicatorColumn(rawValue: pieces[2]).map { .indicator(index, $0) }
        case "tasks": return FieldKey.TaskColumn(rawValue: pieces[2]).map { .task(index, $0) }
        default: return nil
        }
    }

    /// Longest patterns first, so `任务关键指标{n}` wins over `关键指标{n}`.
    private func patterns(_ columns: [String: [String]], _ normalizer: LabelNormalizer) -> [(String, NSRegularExpression)] {
        var result: [(String, NSRegularExpression, Int)] = []
        for (column, labels) in columns {
            for label in labels {
                let parts = normalizer.normalise(label.replacingOccurrences(of: "{n}", with: "\u{1}"))
                    .components(separatedBy: "\u{1}").map(NSRegularExpression.escapedPattern(for:))
                if let regex = try? NSRegularExpression(pattern: "^" + parts.joined(separator: "(\\d{1,3})") + "$") {
                    result.append((column, regex, label.count))
                }
            }
        }
        return result.sorted { $0.2 > $1.2 }.map { ($0.0, $0.1) }
    }

    private func match(_ regex: NSRegularExpression, _ text: String) -> Int? {
        let range = NSRange(text.startIndex..., in: text)
        guard let result = regex.firstMatch(in: text, range: range), result.numberOfRanges > 1,
              let numberRange = Range(result.range(at: 1), in: text), let number = Int(text[numberRange]), number >= 1
        else { return nil }
        return number - 1
    }
}
