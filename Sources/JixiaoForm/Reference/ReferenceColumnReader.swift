import Foundation

/// Reads a reference list's headers into ``ReferenceColumn``s with one vocabulary: the labels `form.json` gives the
/// department and the amount fields, the field keys, and the header-only words of `reference.json`. Headers are
/// compared as labels are (``LabelNormalizer``).
///
/// ```swift
/// let reader = ReferenceColumnReader(template: templates.form, vocabulary: vocabulary)
/// reader.column(for: "年度预算数（元）")   // .figure(.annualBudget, .yuan)
/// ```
public struct ReferenceColumnReader: Sendable {
    private let normalizer: LabelNormalizer
    private let meaning: [String: ReferenceColumn]
    private let suffixPatterns: [NSRegularExpression]
    private let template: FormTemplate

    public init(template: FormTemplate, vocabulary: ReferenceVocabulary) {
        let normalizer = LabelNormalizer(stripPatterns: template.normalisation.stripPatterns)
        var found: [String: ReferenceColumn] = [:]
        func add(_ label: String, _ column: ReferenceColumn) {
            let key = normalizer.normalise(label)
            if !key.isEmpty, found[key] == nil { found[key] = column }
        }
        let nameLabels = (template.fields[FieldKey.department.rawValue]?.labels ?? []).flatMap(LabelPattern.spellings)
            + vocabulary.nameLabels
        for (rank, label) in nameLabels.enumerated() { add(label, .name(rank: rank)) }
        add(FieldKey.department.rawValue, .name(rank: 0))
        for label in vocabulary.codeLabels { add(label, .code) }
        for key in ReferenceColumn.amountKeys {
            add(key.rawValue, .figure(key, nil))
            for label in (template.fields[key.rawValue]?.labels ?? []).flatMap(LabelPattern.spellings) {
                add(label, .figure(key, nil))
            }
            for label in vocabulary.figureLabels[key.rawValue] ?? [] { add(label, .figure(key, nil)) }
        }
        self.normalizer = normalizer
        meaning = found
        suffixPatterns = template.unit.labelSuffixPatterns.compactMap(RegexCache.compiled)
        self.template = template
    }

    /// What the column under `header` holds; a figure carries the unit its header states (`（万元）`).
    public func column(for header: String) -> ReferenceColumn {
        let text = header.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .unknown }
        let found = meaning[text] ?? meaning[normalizer.normalise(text)] ?? .unknown
        guard case .figure(let key, _) = found else { return found }
        return .figure(key, statedUnit(text))
    }

    /// The money unit a header's suffix states (`年度预算数（元）` → 元), by `form.json`'s label suffix patterns.
    func statedUnit(_ header: String) -> AmountUnit? {
        let compact = TextForm.compact(header)
        let range = NSRange(compact.startIndex..., in: compact)
        for pattern in suffixPatterns {
            if let match = pattern.firstMatch(in: compact, range: range), match.numberOfRanges > 1,
               let unitRange = Range(match.range(at: 1), in: compact) {
                return AmountUnit(text: String(compact[unitRange]), template: template)
            }
        }
        return nil
    }
}
