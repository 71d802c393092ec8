import Foundation
import XLSXCopy
import XLSXReader
import XLSXWriter

/// Fills a district's own blank form: the blank, recognised like a returned form (its labels are there, its
/// value cells empty, its table rows blank), gets a unit's data in its own value cells, the derived figures
/// as live formulas over those cells with their values cached, through the same copy as a corrected table in
/// the unit's own layout (``OwnLayoutWriter``): every format, merge, width, height and print setting of the
/// blank stays. Or, with no data, the blank made ready to send out: its derived cells given their formulas.
///
/// A value with no place in the blank (a 其中 line the blank lacks, more indicator rows than it has) is not
/// dropped: ``unplaced(_:language:)`` names each, and the caller refuses the blank. A derived figure the blank
/// has no cell for (a form without 预算调整率) is simply not written: it is worked out from the data, not data.
///
/// ```swift
/// let filler = BlankFormFiller(blank: blankForm, workbook: blankWorkbook, templates: templates, layout: layout)
/// filler.unplaced(data, language: .zh)           // ["其中：政府性基金预算", "关键指标 6"]
/// try filler.write(data, to: URL(fileURLWithPath: "某局-2021.xlsx"))
/// ```
public struct BlankFormFiller: Sendable {
    /// The blank as recognised, with the cell of each field and of each blank table row.
    public let blank: Form
    public let workbook: Workbook
    public let templates: TemplateBundle
    public let layout: OfficialLayout

    public init(blank: Form, workbook: Workbook, templates: TemplateBundle, layout: OfficialLayout) {
        self.blank = blank
        self.workbook = workbook
        self.templates = templates
        self.layout = layout
    }

    /// The derived cells a form needs, which a blank must have to be filled or sent out.
    static let derivedFields: [FieldKey] = [.adjustment, .completionRate, .adjustmentRate]

    /// What person calls each of the data's values that has no cell in the blank; empty when all fit.
    public func unplaced(_ data: Form, language: MessageLanguage) -> [String] {
        var names: [String] = []
        for change in changes(for: data) where !placed(change.field) {
            let name = name(of: change.field, language: language)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The data's money unit and the blank's, where both are stated and differ (`万元` against `元`): amounts
    /// would be off by ten thousand, so the caller refuses rather than fill.
    public func unitMismatch(_ data: Form) -> (data: String, blank: String)? {
        guard let stated = data.unit, let printed = blank.unit, stated != printed else { return nil }
        return (stated, printed)
    }

    /// The labels a blank sent out must have and does not: 部门名称, 年度预算数, 实际支出数 and 预算完成率 (the
    /// figures every rule starts from; a district form without 预算调整率 is still a form).
    public func missingLabels(language: MessageLanguage) -> [String] {
        let needed: [FieldKey] = [.department, .annualBudget, .actual, .completionRate]
        return needed.filter { !placed($0) }.map { name(of: $0, language: language) }
    }

    /// Writes the blank with `data` in its cells (nil: the blank with its derived cells' formulas only), the
    /// year line showing the data's year, or `year`, where the blank states one.
    /// - Throws: the writer's errors. Check ``unplaced(_:language:)`` first: what has no place is left out.
    public func write(_ data: Form?, year: Int? = nil, to url: URL, overwrite: Bool = false) throws(XLSXWriterError) {
        var edits = OwnLayoutEdits(form: blank, workbook: workbook, marks: nil, bands: templates.form.gradeBands,
                                   ratePlaces: layout.funds.ratePlaces, inputs: data?.funds)
        if let year = yearEdit(data?.year ?? year) { edits.add(year) }
        if let data {
            edits.add(changes(for: data))
        } else {
            var fields = Self.derivedFields
            if let score = blank.score {
                let derived = DerivedScores(score)
                fields += Set(derived.parents.compactMap { $0 }).sorted().map { FieldKey.scoreRow($0, .score) }
                fields += [.scoreTotal, .scoreGrade]
            }
            for field in fields { edits.addFormula(for: field) }
        }
        let writer = try WorkbookCopier(workbook).write(to: url, options: WorkbookOptions(overwrite: overwrite),
                                                        edits: edits.edits)
        try writer.close()
    }

    /// Each of the data's values as a cell to fill: texts, amounts, the derived figures (computed from the
    /// amounts), each indicator's and task's columns in the blank's rows, the scores by row.
    func changes(for data: Form) -> [CellChange] {
        var changes: [CellChange] = []
        func put(_ field: FieldKey, _ value: FindingValue?, derived: Bool = false) {
            guard let value else { return }
            if case .text(let text) = value, text.isEmpty { return }
            // A figure worked out from others is written where the blank has its cell; it is not data to lose.
            if derived, !placed(field) { return }
            changes.append(CellChange(field: field, kind: .filled, original: nil, corrected: value))
        }
        for field in FormField.all {
            switch field.kind {
            case .text where !field.isHeader: put(field.key, data.text(field.key).map(FindingValue.text))
            case .amount, .rate: put(field.key, data.funds[field.key].map(FindingValue.number), derived: field.isDerived)
            default: break
            }
        }
        for (index, indicator) in data.keyIndicators.enumerated() {
            put(.keyIndicator(index, .name), indicator.name.map(FindingValue.text))
            put(.keyIndicator(index, .target), indicator.target.map(FindingValue.text))
            put(.keyIndicator(index, .result), indicator.result.map(FindingValue.text))
        }
        for (index, task) in data.tasks.enumerated() {
            put(.task(index, .name), task.name.map(FindingValue.text))
            put(.task(index, .goal), task.goal.map(FindingValue.text))
            put(.task(index, .goalResult), task.goalResult.map(FindingValue.text))
            put(.task(index, .indicator), task.indicator.map(FindingValue.text))
            put(.task(index, .indicatorResult), task.indicatorResult.map(FindingValue.text))
            put(.task(index, .funds), task.funds.map(FindingValue.number))
        }
        if let score = data.score {
            let parents = Set(DerivedScores(score).parents.compactMap { $0 })
            for (index, row) in score.rows.enumerated() {
                // A weight the blank prints stays; a blank one is filled.
                if blank.score?.rows.indices.contains(index) != true || blank.score?.rows[index].weight == nil {
                    put(.scoreRow(index, .weight), row.weight.map(FindingValue.number))
                }
                put(.scoreRow(index, .score), row.score.map(FindingValue.number), derived: parents.contains(index))
            }
            // The total and grade as the data's rows give them (`fill` works them out): form JSON and CSV have no
            // field for a funds grid's own 得分, so a blank's 得分 cell beside 预算执行 stays blank for the unit.
            put(.scoreTotal, score.total.map(FindingValue.number), derived: true)
            put(.scoreGrade, score.grade.map(FindingValue.text), derived: true)
        }
        return changes
    }

    /// The year in the blank's year line (`（2020年度）` → `（2021年度）`) where the blank states one, or in its
    /// empty 年度 cell.
    private func yearEdit(_ year: Int?) -> CellChange? {
        guard let year, let source = blank.sources[.year], let cell = source.cell,
              let sheet = workbook.sheet(named: source.sheet) else { return nil }
        let value = sheet.grid[cell]?.value ?? .empty
        if value.isEmpty {
            return CellChange(field: .year, kind: .filled, original: nil, corrected: .number(ShownDecimal(Decimal(year), places: 0)))
        }
        guard let stated = blank.year, let text = value.text, text.contains(String(stated)) else { return nil }
        return CellChange(field: .year, kind: .filled, original: nil,
                          corrected: .text(text.replacingOccurrences(of: String(stated), with: String(year))))
    }

    private func placed(_ field: FieldKey) -> Bool {
        guard let source = blank.sources[field] else { return false }
        return source.cell != nil && source.takenFrom == nil
    }

    /// `其中：政府性基金预算`; a table's row as the row (`关键指标 6`, `评分指标 3`).
    private func name(of field: FieldKey, language: MessageLanguage) -> String {
        let key = field.rawValue
        guard let open = key.firstIndex(of: "["), let close = key[open...].firstIndex(of: "]"),
              let index = Int(key[key.index(after: open)..<close]) else {
            return templates.rules.fieldName(field, in: language)
        }
        let row = FieldKey(rawValue: String(key[..<open]) + "[]")
        return templates.rules.fieldName(row, in: language) + " \(index + 1)"
    }
}
