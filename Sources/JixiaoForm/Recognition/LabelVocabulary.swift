import Foundation

/// Every label of the template, normalised, with the roles it can play.
///
/// One text can play several roles: 关键指标 heads the indicator table's name column and the task table's
/// indicator column; 年度整体目标 is both a section and a field.
///
/// Built once per recognizer: each label's ``LabelMeaning`` is worked out here, and the reading of every
/// distinct short cell text is remembered, so a batch of forms repeating the same labels normalises each
/// label once.
///
/// ```swift
/// let vocabulary = LabelVocabulary(template: template, normalizer: normalizer)
/// vocabulary.roles(for: "整体支出年度预算数")   // [.field(.annualBudget, rank: 0)]
/// ```
struct LabelVocabulary: Sendable {
    private(set) var rolesByLabel: [String: [LabelRole]] = [:]
    /// Each label's roles with their identity numbers, worked out from ``rolesByLabel``.
    private var meaningsByLabel: [String: LabelMeaning] = [:]
    /// The distinct role identities (``LabelRole/identity``), numbered: a sheet files its labels by number.
    private(set) var identities: [String] = []
    private var identityNumbers: [String: Int] = [:]
    /// Whether the identity of that number belongs to the form sheet (not the 评分表).
    private(set) var identityIsFormRole: [Bool] = []
    let normalizer: LabelNormalizer
    /// Normalised total-row labels of the score sheet (合计), also used to skip total rows in tables.
    let totalLabels: Set<String>
    /// Whether the empty text counts as a total label: what a cell that is no label (normalised to "") gives.
    let emptyIsTotal: Bool
    /// The reading of a cell that is no label (a number, a text too long to be one): normalised to "".
    let notALabel: LabelReading
    /// Normalised money units, so a cell holding only `万元` is not taken for a value.
    let unitTexts: Set<String>
    /// Placeholder texts (`/`, `--`, `（以下空白）`): a table row holding only these is a template row.
    let placeholderTexts: Set<String>
    /// Whether every placeholder text is plain (``PlainText``), and the longest one's UTF-8 length.
    private let placeholderTextsArePlain: Bool
    private let longestPlaceholder: Int
    /// Markers of a filler text (`以下空白`), compact.
    let fillerMarkers: [CompactText]
    /// Normalised labels of a funds grid's total row and of its parts, and the openings of a part's label
    /// (form.json `fundsGrid`).
    let fundsTotalLabels: Set<String>
    let fundsPartLabels: Set<String>
    let fundsPartPrefixes: [String]
    /// Footer openings (填表人, 联系电话 …), compact.
    let footerPrefixes: [CompactText]
    /// Whether every footer opening is plain: then only an opening's first character can start a plain text's
    /// opening, and a cell is ruled out by its first character.
    private let footerPrefixesArePlain: Bool
    /// The first character of each footer opening.
    private let footerFirstCharacters: [Unicode.Scalar]
    /// Label readings by the raw text's bytes. Bytes, not `String` equality: hashing and comparing bytes skips
    /// Unicode normalisation, and a text is read as it is written.
    private let readings = BoundedMemo<TextBytes, LabelReading>(capacity: 20_000, keeps: { $0.text.utf8.count <= 256 })

    /// Whether a cell's compact text is only a placeholder (`/`, `（以下空白）`).
    func isPlaceholder(_ compact: CompactText) -> Bool {
        // Plain texts are equal only when their bytes are: a text longer than every placeholder (a name, prose)
        // is none of them, told without hashing it.
        let mayBeListed = !(compact.isPlain && placeholderTextsArePlain) || compact.text.utf8.count <= longestPlaceholder
        return (mayBeListed && placeholderTexts.contains(compact.text)) || fillerMarkers.contains { compact.contains($0) }
    }

    /// Whether a cell opens the footer (填表人：…), its text compacted only when its first character could.
    ///
    /// A CJK ideograph has no compatibility form and composes with nothing, so a text opening with one keeps it
    /// first when compacted, as a character of its own; when no footer opening starts with it (the openings
    /// being plain, one character per scalar) the answer is no without compacting the text, which for prose
    /// would copy most of it.
    func startsFooter(_ anchor: LabelAnchor) -> Bool {
        guard anchor.cell.value.isText else { return false }
        if footerPrefixesArePlain, let first = anchor.cleanedText.unicodeScalars.first,
           (0x4E00...0x9FFF).contains(first.value), !footerFirstCharacters.contains(first) {
            return false
        }
        let compact = anchor.compact
        // Only an opening's first character can start a plain text's opening: most cells are ruled out here.
        if compact.isPlain, footerPrefixesArePlain {
            guard let first = compact.firstScalar, footerFirstCharacters.contains(first) else { return false }
        }
        return footerPrefixes.contains { compact.hasPrefix($0) }
    }

    init(template: FormTemplate, normalizer: LabelNormalizer) {
        self.normalizer = normalizer
        totalLabels = Set(template.scoreSheet.totalLabels.map(normalizer.normalise))
        emptyIsTotal = totalLabels.contains("")
        notALabel = LabelReading(normalised: "", meaning: .none, isTotal: emptyIsTotal, isUnit: false, fundsKind: .other)
        unitTexts = Set((template.unit.units + ["%"]).map(TextForm.compact))
        placeholderTexts = Set(template.normalisation.notApplicableTexts.map(TextForm.compact))
        placeholderTextsArePlain = placeholderTexts.allSatisfy(PlainText.isPlain)
        longestPlaceholder = placeholderTexts.map(\.utf8.count).max() ?? 0
        fillerMarkers = template.normalisation.fillerMarkers.map(CompactText.init)
        footerPrefixes = template.footerPrefixes.map(CompactText.init)
        footerPrefixesArePlain = footerPrefixes.allSatisfy { !$0.isEmpty && $0.isPlain }
        footerFirstCharacters = footerPrefixes.compactMap(\.firstScalar)
        // Written in normalised form (the template test checks it): compacted only, without the strip patterns'
        // regular expressions, which for some hundreds of spellings would cost every worker process a few
        // milliseconds at start.
        let spelled = { (labels: [String]) in Set(labels.flatMap(LabelPattern.spellings).map(TextForm.compact)) }
        fundsTotalLabels = spelled(template.fundsGrid.totalLabels)
        fundsPartLabels = spelled(template.fundsGrid.partLabels)
        fundsPartPrefixes = template.fundsGrid.partPrefixes.map(normalizer.normalise)
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
        for (label, roles) in rolesByLabel { meaningsByLabel[label] = meaning(of: roles) }
    }

    /// Files every spelling of a template label (``LabelPattern``) under its role.
    private mutating func add(_ label: String, _ role: LabelRole) {
        for spelling in LabelPattern.spellings(of: label) {
            let normalised = normalizer.normalise(spelling)
            guard !normalised.isEmpty else { continue }
            if !(rolesByLabel[normalised]?.contains(role) ?? false) { rolesByLabel[normalised, default: []].append(role) }
        }
    }

    private mutating func meaning(of roles: [LabelRole]) -> LabelMeaning {
        let numbers = roles.map { role in
            let identity = role.identity
            if let number = identityNumbers[identity] { return number }
            identityNumbers[identity] = identities.count
            identities.append(identity)
            identityIsFormRole.append(role.isFormRole)
            return identities.count - 1
        }
        let opensSection = roles.contains { role in
            switch role {
            case .block: true
            case .field(let key, _): FormSheetReader.textFieldKeys.contains(key)
            default: false
            }
        }
        // Only a field or the grade is read from a `label：value` cell.
        let inline = zip(roles, numbers).filter { role, _ in
            switch role {
            case .field, .scoreGrade: true
            default: false
            }
        }
        return LabelMeaning(roles: roles, identities: numbers, opensSection: opensSection,
                            inlineRoles: inline.map(\.0), inlineIdentities: inline.map(\.1))
    }

    /// The roles of a normalised label (empty when it is not a label).
    func roles(for normalised: String) -> [LabelRole] { rolesByLabel[normalised] ?? [] }

    /// The number of a role identity (`field:department`), nil when no label plays it.
    func identityNumber(_ identity: String) -> Int? { identityNumbers[identity] }

    /// A short text read as a label: its normalised form and what that means. Remembered by the text's bytes.
    func reading(ofLabel raw: String) -> LabelReading {
        readings.value(for: TextBytes(raw)) {
            let normalised = normalizer.normalise(raw)
            let meaning = meaningsByLabel[normalised] ?? .none
            return LabelReading(normalised: normalised, meaning: meaning, isTotal: totalLabels.contains(normalised),
                                isUnit: unitTexts.contains(normalised), fundsKind: fundsKind(normalised, meaning: meaning))
        }
    }

    /// What a text names as the label of a funds grid's row or column: a total (合计, 总计, 总额 …), a part (其中…, a
    /// breakdown field's label, a source of funds), or neither.
    private func fundsKind(_ normalised: String, meaning: LabelMeaning) -> FundsGrid.RowKind {
        guard !normalised.isEmpty else { return .other }
        if fundsTotalLabels.contains(normalised) { return .total }
        if fundsPartLabels.contains(normalised) || fundsPartPrefixes.contains(where: normalised.hasPrefix) { return .part }
        let breakdown = meaning.roles.contains { role in
            if case .field(let key, _) = role { FieldKey.breakdown.contains(key) } else { false }
        }
        return breakdown ? .part : .other
    }
}

/// What a normalised text means as a label: its roles, each with its identity's number.
struct LabelMeaning: Sendable {
    var roles: [LabelRole]
    /// ``LabelVocabulary/identities`` numbers, one per role.
    var identities: [Int]
    /// Whether a row showing this label starts another section: a section label or a prose field's label.
    var opensSection: Bool
    /// The roles read from a `label：value` cell (fields and the grade), with their numbers.
    var inlineRoles: [LabelRole]
    var inlineIdentities: [Int]

    static let none = LabelMeaning(roles: [], identities: [], opensSection: false, inlineRoles: [], inlineIdentities: [])
}

/// A cell text read as a label.
///
/// A class: one reading is shared by the memo and every cell showing that text, so handing it to an anchor is
/// one retain rather than one per string and array inside.
final class LabelReading: Sendable {
    let normalised: String
    let meaning: LabelMeaning
    /// Whether ``normalised`` is a total-row label (``LabelVocabulary/totalLabels``) or a money unit
    /// (``LabelVocabulary/unitTexts``): looked up once per distinct text, not per cell.
    let isTotal: Bool
    let isUnit: Bool
    /// What the text names in a funds grid (``FundsGrid``), worked out once per distinct text.
    let fundsKind: FundsGrid.RowKind

    init(normalised: String, meaning: LabelMeaning, isTotal: Bool, isUnit: Bool, fundsKind: FundsGrid.RowKind) {
        self.normalised = normalised
        self.meaning = meaning
        self.isTotal = isTotal
        self.isUnit = isUnit
        self.fundsKind = fundsKind
    }
}
