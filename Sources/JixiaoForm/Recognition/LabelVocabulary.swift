/// Every label of the template, normalised, with the roles it can play.
///
/// One text can play several roles: 关键指标 heads the indicator table's name column and the task table's
/// indicator column; 年度整体目标 is both a section and a field.
///
/// ```swift
/// let vocabulary = LabelVocabulary(template: template, normalizer: normalizer)
/// vocabulary.roles(for: "整体支出年度预算数")   // [.field(.annualBudget, rank: 0)]
/// ```
struct LabelVocabulary {
    private(set) var rolesByLabel: [String: [LabelRole]] = [:]
    let normalizer: LabelNormalizer
    /// Normalised total-row labels of the score sheet (合计), also used to skip total rows in tables.
    let totalLabels: Set<String>
    /// Normalised money units, so a cell holding only `万元` is not taken for a value.
    let unitTexts: Set<String>
    /// Placeholder texts (`/`, `--`, `（以下空白）`): a table row holding only these is a template row.
    let placeholderTexts: Set<String>
    let fillerMarkers: [String]
    /// Normalised footer openings (填表人, 联系电话 …).
    let footerPrefixes: [String]

    /// Whether a normalised cell text is only a placeholder.
    func isPlaceholder(_ normalised: String) -> Bool {
        placeholderTexts.contains(normalised) || fillerMarkers.contains { normalised.contains($0) }
    }

    init(template: FormTemplate, normalizer: LabelNormalizer) {
        self.normalizer = normalizer
        totalLabels = Set(template.scoreSheet.totalLabels.map(normalizer.normalise))
        unitTexts = Set((template.unit.units + ["%"]).map(TextForm.compact))
        placeholderTexts = Set(template.normalisation.notApplicableTexts.map(TextForm.compact))
        fillerMarkers = template.normalisation.fillerMarkers.map(TextForm.compact)
        footerPrefixes = template.footerPrefixes.map(TextForm.compact)
        for (key, field) in template.fields {
            for (rank, label) in field.labels.enumerated() { add(label, .field(FieldKey(rawValue: key), rank: rank)) }
        }
        for (block, labels) in template.blocks {
            for label in labels { add(label, .block(block)) }
        }
        for (table, layout) in template.tables {
            for (column, labels) in layout.columns {
                for (rank, label) in labels.enumerated() { add(label, .column(table: table, column: column, rank: rank)) }
            }
        }
        for (column, labels) in template.scoreSheet.columns {
            for (rank, label) in labels.enumerated() { add(label, .scoreColumn(column, rank: rank)) }
        }
        for label in template.scoreSheet.totalLabels { add(label, .scoreTotal) }
        for label in template.scoreSheet.gradeLabels { add(label, .scoreGrade) }
    }

    private mutating func add(_ label: String, _ role: LabelRole) {
        let normalised = normalizer.normalise(label)
        guard !normalised.isEmpty else { return }
        if !(rolesByLabel[normalised]?.contains(role) ?? false) { rolesByLabel[normalised, default: []].append(role) }
    }

    /// The roles of a normalised label (empty when it is not a label).
    func roles(for normalised: String) -> [LabelRole] { rolesByLabel[normalised] ?? [] }
}
