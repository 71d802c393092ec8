import XLSXReader

/// One sheet prepared for reading by label: every cell that shows, what its text means as a label, and
/// where the value next to a label is.
///
/// ```swift
/// let labels = SheetLabels(sheet: sheet, vocabulary: vocabulary)
/// labels.anchors(for: "field:funds.annualBudget").first?.reference   // B5
/// ```
struct SheetLabels {
    let sheet: Sheet
    let grid: Grid
    let vocabulary: LabelVocabulary
    /// Showing, non-empty cells by position.
    private(set) var anchors: [CellReference: LabelAnchor] = [:]
    /// Label cells by role identity, in sheet order.
    private(set) var byRole: [String: [LabelAnchor]] = [:]
    /// Inline `label：value` cells by role identity, in sheet order.
    private(set) var inlineByRole: [String: [LabelAnchor]] = [:]
    /// Anchors by the row their top-left cell is in, left to right.
    private var byRow: [Int: [LabelAnchor]] = [:]
    /// Distinct form labels on the sheet: how much it looks like the form.
    private(set) var formLabelCount = 0
    /// Distinct score-sheet labels on the sheet.
    private(set) var scoreLabelCount = 0

    init(sheet: Sheet, vocabulary: LabelVocabulary) {
        self.sheet = sheet
        self.vocabulary = vocabulary
        grid = sheet.grid
        for cell in sheet.cells {
            let reference = cell.reference
            let range = grid.mergedRange(containing: reference)
            // A merged range shows its top-left cell only; leftovers under it are invisible.
            if let range, range.first != reference { continue }
            // A text cell is cleaned once here: whether it shows, its label reading, its compact form.
            var cleaned: String?
            if case .text(let raw) = cell.value {
                cleaned = TextCleaner.clean(raw)
                guard cleaned != nil else { continue }
            } else {
                guard Self.hasContent(cell.value) else { continue }
            }
            var anchor = LabelAnchor(cell: cell, range: range ?? CellRange(first: reference, last: reference),
                                     normalised: "", roles: [], inline: nil)
            if case .text(let raw) = cell.value, let cleaned {
                // Labels are short; prose is only searched for a `label：value` opening.
                if raw.prefix(Self.longestLabel + 1).count <= Self.longestLabel {
                    anchor.normalised = vocabulary.normalizer.normalise(raw)
                    anchor.roles = vocabulary.roles(for: anchor.normalised)
                }
                if anchor.roles.isEmpty { anchor.inline = Self.inlineLabel(cleaned: cleaned, vocabulary: vocabulary) }
                // compact(stripMarkup(raw)) is compact(cleaned): the trimmed whitespace is dropped by compact.
                anchor.compactText = TextForm.compact(cleaned)
            }
            anchors[reference] = anchor
        }
        var formRoles: Set<String> = []
        var scoreRoles: Set<String> = []
        for anchor in anchors.values.sorted(by: { $0.reference < $1.reference }) {
            byRow[anchor.reference.row, default: []].append(anchor)
            for role in anchor.roles {
                byRole[role.identity, default: []].append(anchor)
                if role.isFormRole { formRoles.insert(role.identity) } else { scoreRoles.insert(role.identity) }
            }
            for role in anchor.inline?.roles ?? [] { inlineByRole[role.identity, default: []].append(anchor) }
        }
        formLabelCount = formRoles.count
        scoreLabelCount = scoreRoles.count
    }

    /// Texts longer than this are never labels (the longest template label, with room for spaces,
    /// numbering and a unit suffix).
    static let longestLabel = 48

    static func hasContent(_ value: CellValue) -> Bool {
        switch value {
        case .empty: false
        case .text(let text): TextCleaner.clean(text) != nil
        default: true
        }
    }

    /// `部门名称：广州市番禺区总工会` → the roles of 部门名称 and the text after the colon.
    private static func inlineLabel(cleaned: String, vocabulary: LabelVocabulary) -> (roles: [LabelRole], value: String)? {
        // Most cells hold no colon at all (":" or the full-width "：", UTF-8 EF BC 9A).
        guard cleaned.containsByte(UInt8(ascii: ":")) || cleaned.containsByte(0x9A) else { return nil }
        // A colon further in than a label's length is never searched past, so only the opening is looked at.
        let opening = cleaned.prefix(longestLabel + 1)
        var searchStart = opening.startIndex
        while let colon = opening[searchStart...].firstIndex(where: { $0 == ":" || $0 == "：" }),
              opening.distance(from: opening.startIndex, to: colon) <= longestLabel {
            let prefix = vocabulary.normalizer.normalise(String(cleaned[..<colon]))
            let roles = vocabulary.roles(for: prefix).filter {
                switch $0 {
                case .field, .scoreGrade: true
                default: false
                }
            }
            if !roles.isEmpty {
                let value = cleaned[cleaned.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { return (roles, value) }
            }
            searchStart = cleaned.index(after: colon)
        }
        return nil
    }

    func labels(for identity: String) -> [LabelAnchor] { byRole[identity] ?? [] }
    func inlineLabels(for identity: String) -> [LabelAnchor] { inlineByRole[identity] ?? [] }

    /// The anchor showing at a position (resolving merged ranges).
    func anchor(at reference: CellReference) -> LabelAnchor? {
        if let range = grid.mergedRange(containing: reference) { return anchors[range.first] }
        return anchors[reference]
    }

    /// The position's merged range, or the position alone.
    func range(at reference: CellReference) -> CellRange {
        grid.mergedRange(containing: reference) ?? CellRange(first: reference, last: reference)
    }

    /// Whether a label shows at this position.
    func isLabel(at reference: CellReference) -> Bool { anchor(at: reference)?.isLabel ?? false }

    /// The anchors whose top-left cell is in `row`, left to right.
    func anchors(inRow row: Int) -> [LabelAnchor] { byRow[row] ?? [] }

    /// The rows holding anchors, top to bottom.
    var rowsWithAnchors: [Int] { byRow.keys.sorted() }
}
