import Foundation

/// A 财政局's reference list (``ReferenceList``) as `fill` data: one form per unit, the unit's name as 部门名称 and
/// its figures in the form's fields, converted exactly into the money unit of the forms written. The same file
/// `validate --reference` checks the returned forms against, so the officer keeps one list both ways.
///
/// ```swift
/// let list = try ReferenceList(contentsOf: url, template: templates.form, vocabulary: vocabulary)
/// let reading = try input.forms(fromList: list, year: 2021, unit: "万元")
/// reading.forms[5].department                 // "广州市黄埔区总工会【广州开发区总工会】"
/// reading.forms[5].funds.annualBudget?.text   // "1505.02" (15050200 under 单位：元)
/// reading.ignored.map(\.name)                 // ["单位编码", "序号", "备注"]
/// ```
extension FormInput {
    /// The reference list a CSV file is, or nil when it is form data (what `fill` read before lists).
    ///
    /// One vocabulary decides: the first line's headers as `fill` reads them (``FillColumns``) and as a list does
    /// (``ReferenceColumnReader``). A column only a form has (年度, a text, an indicator, a task, a rate) makes it
    /// form data. Otherwise it is a list when the first line has no 部门名称 column while a line below has a
    /// list's header (a title or a `单位：元` line above it), or a header only a list knows (单位编码, 预算单位,
    /// 决算数), or a figure header stating its unit (`年度预算数（元）`, which form data does not convert).
    /// - Throws: ``ReferenceError`` for a file that is a list and a bad one (the row and column at fault).
    public func referenceList(csv data: Data, columns: FillColumns,
                              vocabulary: ReferenceVocabulary) throws(ReferenceError) -> ReferenceList? {
        guard let table = try? CSVTable(data: data) else { return nil }
        let targets = columns.map(table.header, template: templates.form)
        if targets.contains(where: Self.isFormOnly) { return nil }
        let reader = ReferenceColumnReader(template: templates.form, vocabulary: vocabulary)
        let listOnly = zip(targets, table.header.map(reader.column(for:))).contains { target, column in
            switch column {
            case .unknown: false
            case .figure(_, let unit) where unit != nil: true
            case .name, .code, .figure: target == .unknown
            }
        }
        guard listOnly || !targets.contains(.field(.department)) else { return nil }
        do {
            return try ReferenceList(csv: data, template: templates.form, vocabulary: vocabulary)
        } catch {
            // No name column anywhere: form data after all, refused as such (no 部门名称 column).
            if error.kind == .noNameColumn, !listOnly { return nil }
            throw error
        }
    }

    /// Whether a column is one only form data has: anything but the department, the money unit and the amounts
    /// a list gives.
    private static func isFormOnly(_ target: FillColumns.Target) -> Bool {
        switch target {
        case .indicator, .task: true
        case .field(let key): key != .department && key != .unit && !ReferenceColumn.amountKeys.contains(key)
        case .unknown: false
        }
    }

    /// The forms of a reference list: one per unit in the list's order, `year` their 年度, `unit` (`万元`: the
    /// blank's unit line, or the official layout's) their money unit, each figure converted into it exactly
    /// (``ReferenceUnit/figure(_:in:)``) and shown at least at the layout's precision (15050200 元 → 1505.02 万元).
    /// The list's columns that are no form field (its code, 序号, 备注) are ``Reading/ignored``; a worked-out
    /// figure it gives (年度调整额) is ``Reading/computed``: the form's formula gives it.
    /// - Throws: ``InputError`` of kind `duplicateRows` for two units of one name (a list read by
    ///   ``ReferenceList`` has none).
    public func forms(fromList list: ReferenceList, year: Int, unit: String?) throws(InputError) -> Reading {
        let formUnit = unit.flatMap { AmountUnit(text: $0, template: templates.form) } ?? .tenThousandYuan
        var computed = Set<FieldKey>()
        let rows = list.units.map { listed in
            var form = Form(sheet: layout.sheetName, year: year, unit: unit, department: listed.name)
            for key in ReferenceColumn.amountKeys {
                guard let figure = listed.figure(key, in: formUnit), let field = FormField.named(key) else { continue }
                guard !field.isDerived else {
                    computed.insert(key)
                    continue
                }
                // A converted figure carries the places the point moved over (1505.0200); only those it needs stay.
                let converted = listed.figureUnits[key].map { $0 != formUnit } ?? false
                field.setFigure(converted ? ShownDecimal(figure.value, places: max(layout.funds.amountPlaces,
                                                                                    DecimalMath.fractionDigits(figure.value)))
                                          : shown(figure, as: .amount),
                                in: &form.funds)
            }
            return (row: listed.row, form: form)
        }
        let ignored = ([list.codeHeader].compactMap { $0 } + list.ignoredColumns).map { UnknownName(name: $0, closest: nil) }
        var reading = try Reading(rows, source: .referenceList, ignored: ignored, duplicates: nil, clash: .duplicateRows)
        reading.computed = ReferenceColumn.amountKeys.filter(computed.contains).compactMap { list.figureHeaders[$0] }
        return reading
    }
}
