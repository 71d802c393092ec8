import XLSXReader

/// One sheet prepared for reading by label: every cell that shows, what its text means as a label, and
/// where the value next to a label is.
///
/// Each cell's text is cleaned, read as a label and compacted once here; the readers then only look
/// things up (by position, by row, by role).
///
/// ```swift
/// let labels = SheetLabels(sheet: sheet, vocabulary: vocabulary)
/// labels.labels(for: "field:funds.annualBudget").first?.reference   // B5
/// ```
///
/// A class: the recognizer ranks, filters and hands sheets to its readers, and a reference is one retain where a
/// copy of this many arrays and tables is dozens.
final class SheetLabels {
    let sheet: Sheet
    let vocabulary: LabelVocabulary
    /// The last row and column holding a cell or a merged range (0-based, -1 on an empty sheet), as ``Grid``
    /// counts them.
    let lastRow: Int
    let lastColumn: Int
    /// Showing, non-empty cells in sheet order (by row, then column).
    let anchors: [LabelAnchor]
    /// The rows holding anchors, top to bottom.
    let rowsWithAnchors: [Int]
    /// Distinct form labels on the sheet: how much it looks like the form.
    let formLabelCount: Int
    /// Distinct score-sheet labels on the sheet.
    let scoreLabelCount: Int
    /// The sheet by position, for its merged ranges.
    private let grid: Grid
    /// Index into ``anchors`` by the anchor's top-left position.
    private let anchorIndex: PositionMap
    /// Label cells by role identity number, in sheet order: those in visible rows, then those in hidden rows.
    private let byIdentity: [[LabelAnchor]]
    /// Inline `label：value` cells by role identity number, in sheet order (visible rows first, as ``byIdentity``).
    private let inlineByIdentity: [[LabelAnchor]]
    /// Whether any row of the sheet is hidden.
    private let hasHiddenRows: Bool

    init(sheet: Sheet, vocabulary: LabelVocabulary) {
        self.sheet = sheet
        self.vocabulary = vocabulary

        let grid = sheet.grid
        self.grid = grid
        let lastRow = grid.lastRow
        let lastColumn = grid.lastColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn

        var found: [LabelAnchor] = []
        found.reserveCapacity(sheet.cells.count)
        var anchorIndex = PositionMap(rows: lastRow + 1, columns: lastColumn + 1, expectedEntries: sheet.cells.count)
        // Cells are looked at in place: most are empty or hidden under a merged range, and copying each one
        // out of the array (retaining its strings) would cost more than the look.
        sheet.cells.withUnsafeBufferPointer { cells in
            for index in cells.indices {
                let reference = cells[index].reference
                let range = grid.mergedRange(containing: reference)
                // A merged range shows its top-left cell only; leftovers under it are invisible.
                if let range, range.first != reference { continue }
                guard let anchor = Self.anchor(for: cells[index], range: range ?? CellRange(first: reference, last: reference),
                                               vocabulary: vocabulary) else { continue }
                // A position stored twice shows its last non-empty cell.
                if let existing = anchorIndex[reference] {
                    found[existing] = anchor
                } else {
                    anchorIndex[reference] = found.count
                    found.append(anchor)
                }
            }
        }
        // Cells come row by row from every producer seen; anything else is put in order here.
        if !zip(found, found.dropFirst()).allSatisfy({ $0.reference < $1.reference }) {
            found.sort { $0.reference < $1.reference }
            for (index, anchor) in found.enumerated() { anchorIndex[anchor.reference] = index }
        }
        anchors = found
        self.anchorIndex = anchorIndex

        var rows: [Int] = []
        var byIdentity = Array(repeating: [LabelAnchor](), count: vocabulary.identities.count)
        var inlineByIdentity = byIdentity
        var present = Array(repeating: false, count: vocabulary.identities.count)
        // A label in a hidden row (a template's stale copy a unit hid rather than deleted) comes after every
        // visible label of its role, so a visible one wins; where it is the only one it is still read.
        let layout = sheet.layout
        let hasHiddenRows = layout.rowsHiddenByDefault || layout.rows.contains { $0.hidden }
        self.hasHiddenRows = hasHiddenRows
        var hidden: [LabelAnchor] = []
        for anchor in found {
            if rows.last != anchor.reference.row { rows.append(anchor.reference.row) }
            if hasHiddenRows, Self.isHidden(anchor, in: layout) {
                hidden.append(anchor)
                continue
            }
            for number in anchor.meaning.identities {
                byIdentity[number].append(anchor)
                present[number] = true
            }
            for number in anchor.inline?.identities ?? [] { inlineByIdentity[number].append(anchor) }
        }
        for anchor in hidden {
            for number in anchor.meaning.identities {
                byIdentity[number].append(anchor)
                present[number] = true
            }
            for number in anchor.inline?.identities ?? [] { inlineByIdentity[number].append(anchor) }
        }
        rowsWithAnchors = rows
        self.byIdentity = byIdentity
        self.inlineByIdentity = inlineByIdentity
        let formRoles = zip(present, vocabulary.identityIsFormRole).filter { $0.0 && $0.1 }.count
        formLabelCount = formRoles
        scoreLabelCount = present.filter { $0 }.count - formRoles
    }

    /// A cell as an anchor, nil when it shows nothing. A text cell is cleaned once here: whether it shows and
    /// its label reading (its compact form is worked out only where a reader asks).
    private static func anchor(for cell: Cell, range: CellRange, vocabulary: LabelVocabulary) -> LabelAnchor? {
        guard case .text(let raw) = cell.value else {
            guard hasContent(cell.value) else { return nil }
            return LabelAnchor(cell: cell, range: range, reading: vocabulary.notALabel)
        }
        guard let cleaned = TextCleaner.clean(raw) else { return nil }
        // Labels are short; prose is only searched for a `label：value` opening.
        let reading = hasAtMostLabelLength(raw) ? vocabulary.reading(ofLabel: raw) : vocabulary.notALabel
        let inline = reading.meaning.roles.isEmpty ? inlineLabel(cleaned: cleaned, vocabulary: vocabulary) : nil
        // compact(stripMarkup(raw)) is compact(cleaned): the trimmed whitespace is dropped by compact.
        return LabelAnchor(cell: cell, range: range, reading: reading, inline: inline, cleanedText: cleaned)
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

    /// Whether a text has at most ``longestLabel`` characters (grapheme clusters, as `String.count` counts).
    /// A text of characters that always stand alone (``TextForm/standsAlone(_:)``) has as many characters as
    /// scalars, so grapheme breaking is only needed for other texts.
    static func hasAtMostLabelLength(_ text: String) -> Bool {
        if text.utf8.count <= longestLabel { return true }
        if let answer = text.utf8.withContiguousStorageIfAvailable(hasAtMostLabelLength(utf8:)), let answer { return answer }
        var scalars = 0
        for scalar in text.unicodeScalars {
            guard TextForm.standsAlone(scalar) else { return text.prefix(longestLabel + 1).count <= longestLabel }
            scalars += 1
            if scalars > longestLabel { return false }
        }
        return true
    }

    /// ``hasAtMostLabelLength(_:)`` on the text's UTF-8 bytes, scalar by scalar without decoding printable ASCII
    /// and CJK ideographs; nil at a character that does not stand alone, which needs grapheme breaking.
    private static func hasAtMostLabelLength(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0, scalars = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead >= 0x21 && lead <= 0x7E {
                index += 1
            } else if TextForm.isCJKIdeograph(bytes, at: index) {
                index += 3
            } else {
                guard let (scalar, length) = TextForm.scalarBelowU10000(bytes, at: index), TextForm.standsAlone(scalar)
                else { return nil }
                index += length
            }
            scalars += 1
            if scalars > longestLabel { return false }
        }
        return true
    }

    /// `部门名称：广州市番禺区总工会` → the roles of 部门名称 and the text after the colon.
    private static func inlineLabel(cleaned: String, vocabulary: LabelVocabulary) -> InlineLabel? {
        // Most cells hold no colon at all (":" or the full-width "：", UTF-8 EF BC 9A: a byte search finds it
        // only where it is a character, the text being valid UTF-8).
        guard UTF8Bytes.contains(cleaned, byte: UInt8(ascii: ":")) || PlainText.contains(cleaned, "：") else { return nil }
        // A colon further in than a label's length is never searched past, so only the opening is looked at:
        // its first longestLabel + 1 characters. When they (and the one after) stand alone, characters are
        // scalars and the colons are found scalar by scalar.
        let scalars = cleaned.unicodeScalars
        var colons: [String.Index] = []
        var index = scalars.startIndex
        var offset = 0
        while index < scalars.endIndex, offset <= longestLabel + 1 {
            let scalar = scalars[index]
            guard TextForm.standsAlone(scalar) else { return inlineLabelByCharacter(cleaned: cleaned, vocabulary: vocabulary) }
            if offset <= longestLabel, scalar == ":" || scalar == "：" { colons.append(index) }
            index = scalars.index(after: index)
            offset += 1
        }
        for colon in colons {
            if let label = inlineLabel(cleaned: cleaned, colon: colon, vocabulary: vocabulary) { return label }
        }
        return nil
    }

    /// ``inlineLabel(cleaned:vocabulary:)`` by grapheme clusters, for texts with combining characters.
    private static func inlineLabelByCharacter(cleaned: String, vocabulary: LabelVocabulary) -> InlineLabel? {
        let opening = cleaned.prefix(longestLabel + 1)
        var searchStart = opening.startIndex
        while let colon = opening[searchStart...].firstIndex(where: { $0 == ":" || $0 == "：" }),
              opening.distance(from: opening.startIndex, to: colon) <= longestLabel {
            if let label = inlineLabel(cleaned: cleaned, colon: colon, vocabulary: vocabulary) { return label }
            searchStart = cleaned.index(after: colon)
        }
        return nil
    }

    /// The inline label when the text before `colon` is a field's or the grade's label and text follows it.
    private static func inlineLabel(cleaned: String, colon: String.Index, vocabulary: LabelVocabulary) -> InlineLabel? {
        let meaning = vocabulary.reading(ofLabel: String(cleaned[..<colon])).meaning
        guard !meaning.inlineRoles.isEmpty else { return nil }
        let value = cleaned[cleaned.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return nil }
        return InlineLabel(roles: meaning.inlineRoles, identities: meaning.inlineIdentities, value: value)
    }

    /// Whether the anchor's rows are all hidden (a merged range reaching a visible row shows).
    private static func isHidden(_ anchor: LabelAnchor, in layout: SheetLayout) -> Bool {
        (anchor.range.first.row...anchor.range.last.row).allSatisfy { layout.isRowHidden($0) }
    }

    /// Whether the anchor stands in hidden rows only.
    func isHidden(_ anchor: LabelAnchor) -> Bool {
        hasHiddenRows && Self.isHidden(anchor, in: sheet.layout)
    }

    /// Whether a label playing the role of this identity number (``LabelVocabulary/identities``) shows.
    func shows(_ identity: Int) -> Bool { !byIdentity[identity].isEmpty }

    /// The labels playing this role: those in visible rows in sheet order, then those in hidden rows.
    func labels(for identity: String) -> [LabelAnchor] {
        vocabulary.identityNumber(identity).map { byIdentity[$0] } ?? []
    }

    func inlineLabels(for identity: String) -> [LabelAnchor] {
        vocabulary.identityNumber(identity).map { inlineByIdentity[$0] } ?? []
    }

    /// The anchor whose top-left cell is at exactly this position.
    func anchor(startingAt reference: CellReference) -> LabelAnchor? {
        anchorIndex[reference].map { anchors[$0] }
    }

    /// The merged range covering a position, if any.
    func mergedRange(containing reference: CellReference) -> CellRange? {
        grid.mergedRange(containing: reference)
    }

    /// The anchor showing at a position (resolving merged ranges).
    func anchor(at reference: CellReference) -> LabelAnchor? {
        if let range = mergedRange(containing: reference) { return anchor(startingAt: range.first) }
        return anchor(startingAt: reference)
    }

    /// The position's merged range, or the position alone.
    func range(at reference: CellReference) -> CellRange {
        mergedRange(containing: reference) ?? CellRange(first: reference, last: reference)
    }

    /// Whether a label shows at this position.
    func isLabel(at reference: CellReference) -> Bool { anchor(at: reference)?.isLabel ?? false }

    /// The anchors whose top-left cell is in `row`, left to right.
    func anchors(inRow row: Int) -> ArraySlice<LabelAnchor> {
        // Anchors are in row order: the row's run starts at the first anchor not above it.
        var low = 0, high = anchors.count
        while low < high {
            let middle = (low + high) / 2
            if anchors[middle].reference.row < row { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < anchors.count, anchors[end].reference.row == row { end += 1 }
        return anchors[low..<end]
    }
}
