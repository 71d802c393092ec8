import Foundation
import XLSXCopy
import XLSXReader

/// One form's changes as edits of the unit's own workbook: each change goes into the cell its field was read
/// from, written the way that cell writes it, marked with the change's fill and comment (unmarked when a blank
/// form is filled in).
///
/// - A derived figure becomes a live formula over the unit's own cells where its inputs have cells of their own
///   (``SourceFormulas``), its value cached; otherwise the value.
/// - A rate keeps the sheet's way of writing rates: a fraction under a `%` format, percentage points where the
///   sheet writes `95.53` for 95.53%, a fraction where it writes `0.9553`; a rate typed as text, or a blank
///   cell without a `%` format, becomes a fraction with a `%` format of the places shown.
/// - The cell keeps its own font, borders and number format otherwise.
///
/// A change whose field has no cell in the sheet, or a blank value whose cell holds something other than a
/// dash (a label or a note the recogniser took for its place), is ``unplaced``: the caller names it.
///
/// ```swift
/// var edits = OwnLayoutEdits(form: form, workbook: workbook, marks: marks, bands: bands, ratePlaces: 4)
/// edits.add(correction.changes)
/// edits.edits.first?.content   // .formula("ROUND(D7/D6,4)", cachedNumber: 0.9553)
/// ```
struct OwnLayoutEdits {
    let form: Form
    let workbook: Workbook
    /// The marks of changed cells; nil for a blank form filled in, whose cells are not marked.
    let marks: CellMarks?
    let ratePlaces: Int
    private let formulas: SourceFormulas
    /// The amounts rates are worked out from, exactly, where a blank rate cell shows more places.
    private let inputs: Funds

    private(set) var edits: [CellEdit] = []
    private(set) var unplaced: [CellChange] = []
    private var grids: [String: Grid] = [:]
    private var blanks: [String: [CellReference: Cell]] = [:]

    /// `inputs`: the amounts the rates are worked out from (the form's own, or the data filled into a blank).
    init(form: Form, workbook: Workbook, marks: CellMarks?, bands: GradeBands, ratePlaces: Int, inputs: Funds? = nil) {
        self.form = form
        self.inputs = inputs ?? form.funds
        self.workbook = workbook
        self.marks = marks
        self.ratePlaces = ratePlaces
        formulas = SourceFormulas(form: form, bands: bands)
    }

    mutating func add(_ changes: [CellChange]) {
        for change in changes { add(change) }
    }

    mutating func add(_ change: CellChange) {
        add(change, at: form.sources[change.field])
    }

    /// A change into a cell of the form that no field key names (a funds grid's own 得分).
    mutating func add(_ change: CellChange, at source: FieldSource?) {
        guard let source, let cell = source.cell, source.takenFrom == nil,
              workbook.sheet(named: source.sheet) != nil else {
            unplaced.append(change)
            return
        }
        let original = self.cell(at: cell, on: source.sheet)
        // A blank value filled in goes only where nothing is written but a dash: never over a label or a note.
        if change.original == nil, let value = original?.value, !value.isEmpty, !Self.isDash(value) {
            unplaced.append(change)
            return
        }
        var edit = CellEdit(sheet: source.sheet, row: cell.row, column: cell.column, content: .text(change.corrected.description),
                            fill: marks?.fill(for: change.kind), commentAuthor: marks?.layout.marks.commentAuthor)
        let formula: String?
        switch change.corrected {
        case .text(let text):
            formula = formulas.scoreFormula(for: change.field, on: source.sheet)
            edit.content = formula.map { .formulaText($0, cachedText: text) } ?? .text(text)
        case .number(let value):
            if Funds.rateKeys.contains(change.field) {
                let points = writesPoints(original, stated: change.original?.number)
                var value = value
                // A blank rate cell with a `%` format shows the rate to its own places.
                if change.original == nil, let format = original?.numberFormat, format.isPercent,
                   let exact = change.field == .completionRate ? DerivedFigures(inputs).completionRate
                                                                : DerivedFigures(inputs).adjustmentRate {
                    value = ShownDecimal(exact, places: (format.decimalPlaces ?? 0) + 2)
                }
                let shown = points ? ShownDecimal(DecimalMath.movingPoint(value.value, by: 2), places: max(0, value.places - 2)) : value
                formula = formulas.formula(for: change.field, places: shown.places, points: points, on: source.sheet)
                edit.content = formula.map { .formula($0, cachedNumber: shown.value) } ?? .number(shown.value)
                if !points, original.map({ $0.value.isEmpty || $0.value.isText }) ?? true, !(original?.numberFormat.isPercent ?? false) {
                    edit.numberFormat = Self.percentFormat(places: value.places)
                }
            } else {
                formula = formulas.formula(for: change.field, places: value.places, points: false, on: source.sheet)
                    ?? formulas.scoreFormula(for: change.field, on: source.sheet)
                edit.content = formula.map { .formula($0, cachedNumber: value.value) } ?? .number(value.value)
                // A figure typed as text, or put in a blank cell of General format, is shown with its places.
                let general = original.map { $0.value.isEmpty && $0.numberFormat.isGeneral } ?? true
                if value.places > 0, (original?.value.isText ?? false) || general {
                    edit.numberFormat = "0." + String(repeating: "0", count: value.places)
                }
            }
        }
        edit.comment = marks?.text(for: change, formula: formula)
        edits.append(edit)
    }

    /// A derived cell of a blank form made ready to send out: its live formula over the form's own cells, no
    /// value cached (the spreadsheet works it out when opened), blank while its inputs are; a rate's cell shown as
    /// a percentage. Returns
    /// false where the formula's inputs have no cells.
    @discardableResult
    mutating func addFormula(for field: FieldKey) -> Bool {
        guard let source = form.sources[field], let cell = source.cell, source.takenFrom == nil,
              workbook.sheet(named: source.sheet) != nil else { return false }
        let original = self.cell(at: cell, on: source.sheet)
        let isRate = Funds.rateKeys.contains(field)
        // A rate to the places its cell's `%` format shows.
        let places = original.flatMap { $0.numberFormat.isPercent ? ($0.numberFormat.decimalPlaces ?? 0) + 2 : nil } ?? ratePlaces
        let formula = isRate || DerivedFigures.definition(of: field) != nil
            ? formulas.formula(for: field, places: places, points: false, on: source.sheet, guarded: true)
            : formulas.scoreFormula(for: field, on: source.sheet, guarded: true)
        guard let formula else { return false }
        var edit = CellEdit(sheet: source.sheet, row: cell.row, column: cell.column, content: .formula(formula, cachedNumber: nil))
        if field == .scoreGrade { edit.content = .formulaText(formula, cachedText: "") }
        if isRate, !(original?.numberFormat.isPercent ?? false) { edit.numberFormat = Self.percentFormat(places: ratePlaces) }
        edits.append(edit)
        return true
    }

    /// Whether a rate's cell writes percentage points (`95.53` for 95.53%): a number without a `%` format that
    /// is nearer a hundred times the rate read than the rate itself.
    private func writesPoints(_ cell: Cell?, stated: ShownDecimal?) -> Bool {
        guard let cell, !cell.numberFormat.isPercent, let number = cell.value.asDecimal(), let stated else { return false }
        let asPoints = DecimalMath.magnitude(DecimalMath.difference(number, DecimalMath.movingPoint(stated.value, by: 2)))
        let asFraction = DecimalMath.magnitude(DecimalMath.difference(number, stated.value))
        return asPoints < asFraction
    }

    /// A cell holding only a dash or slash (`/`, `—`, `-`), as forms write for "nothing here".
    static func isDash(_ value: CellValue) -> Bool {
        guard let text = value.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.count <= 2 else { return false }
        return text.unicodeScalars.allSatisfy { "/／-－—–~～".unicodeScalars.contains($0) }
    }

    /// `0.00%` for a fraction of four places.
    static func percentFormat(places: Int) -> String {
        let shown = max(0, places - 2)
        return shown == 0 ? "0%" : "0." + String(repeating: "0", count: shown) + "%"
    }

    /// The cell as read, or the styled blank cell there (a blank form's value cell, bordered and formatted).
    private mutating func cell(at reference: CellReference, on sheetName: String) -> Cell? {
        if grids[sheetName] == nil, let sheet = workbook.sheet(named: sheetName) {
            grids[sheetName] = sheet.grid
            blanks[sheetName] = Dictionary(sheet.styledBlanks.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return grids[sheetName]?[reference] ?? blanks[sheetName]?[reference]
    }
}
