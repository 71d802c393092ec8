import Foundation

/// Forms given as data, for `jixiao fill`: the contract's form JSON or a CSV with one row per department.
///
/// JSON: a `validate --format json` document (its `files[].form`), an array of form objects, or one form
/// object, with the keys of form-model.md §1. CSV: a header row whose columns are field keys
/// (`department`, `funds.annualBudget`, `keyIndicators[0].name`, `tasks[1].funds`) or Chinese labels
/// (`部门名称`, `整体支出年度预算数`, numbered `关键指标1`, `预期实现值1`, `主要任务1`, `任务涉及资金1`, see
/// `Templates/fill-columns.json`). Derived values are not read: `fill` computes them.
///
/// ```swift
/// let forms = try FormInput(templates: templates).forms(fromCSV: Data(contentsOf: url))
/// forms[0].funds.annualBudget?.text   // "1505.02"
/// ```
public struct FormInput: Sendable {
    public let templates: TemplateBundle
    public let layout: OfficialLayout

    /// What was wrong with the input, and where (row and column for CSV). The CLI turns the kind into words.
    public struct InputError: Error, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable {
            /// Neither the contract's form JSON nor a validate report.
            case notFormJSON = "not-form-json"
            /// Not UTF-8 or GB 18030 text, or empty.
            case unreadableText = "unreadable-text"
            /// The CSV has no column naming the department.
            case noDepartmentColumn = "no-department-column"
            case notAnAmount = "not-an-amount"
            case notAYear = "not-a-year"
        }
        public var kind: Kind
        /// 1-based row of the CSV file (the header is row 1).
        public var row: Int?
        public var column: String?
        /// The offending text, or the decoder's own words.
        public var detail: String?
        public init(_ kind: Kind, row: Int? = nil, column: String? = nil, detail: String? = nil) {
            self.kind = kind
            self.row = row
            self.column = column
            self.detail = detail
        }
        public var description: String {
            [kind.rawValue, row.map { "row \($0)" }, column.map { "column \($0)" }, detail].compactMap { $0 }
                .joined(separator: ", ")
        }
    }

    public init(templates: TemplateBundle, layout: OfficialLayout) {
        self.templates = templates
        self.layout = layout
    }

    // MARK: JSON

    public func forms(fromJSON data: Data) throws(InputError) -> [Form] {
        let decoder = JSONDecoder()
        let documents: [FormDocument]
        if let report = try? decoder.decode(ReportDocument.self, from: data) {
            documents = report.files.compactMap(\.form)
        } else if let list = try? decoder.decode([FormDocument].self, from: data) {
            documents = list
        } else {
            do {
                documents = [try decoder.decode(FormDocument.self, from: data)]
            } catch {
                throw InputError(.notFormJSON, detail: "\(error)")
            }
        }
        // Every key is optional, so any JSON object decodes: a form must hold something of a form.
        let forms = documents.map(form(from:)).filter { !FormInput.isEmpty($0) }
        guard !forms.isEmpty else { throw InputError(.notFormJSON, detail: "no form object with any of the contract's keys") }
        return forms
    }

    /// Whether a form object held none of the contract's fields.
    static func isEmpty(_ form: Form) -> Bool {
        FormField.all.allSatisfy { !$0.isFilled(in: form) }
    }

    private struct ReportDocument: Decodable {
        struct File: Decodable { var form: FormDocument? }
        var files: [File]
    }

    /// A form object with the contract's keys, read field by field and column by column as ``FormField`` lists
    /// them; derived fields are not read. Numbers are decoded exactly (JSONDecoder reads `Decimal` from the
    /// digits) and keep the places written; ``FormInput`` sets the layout's sheets and precision.
    struct FormDocument: Decodable {
        var form = Form(sheet: "")

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: Name.self)
            var groups: [String: KeyedDecodingContainer<Name>] = [:]
            for field in FormField.all where !field.isDerived {
                let container: KeyedDecodingContainer<Name>
                if let group = field.group {
                    if groups[group] == nil, let nested = try Self.object(Name(group), in: object) { groups[group] = nested }
                    guard let nested = groups[group] else { continue }
                    container = nested
                } else {
                    container = object
                }
                let name = Name(field.name)
                switch field.place {
                case .text: field.setText(try container.decodeIfPresent(String.self, forKey: name), in: &form)
                case .year: form.year = try container.decodeIfPresent(FlexibleYear.self, forKey: name)?.value
                case .funds: field.setFigure(try Self.figure(name, in: container), in: &form.funds)
                case .keyIndicators: form.keyIndicators = try Self.rows(name, in: container, FormField.indicatorColumns, KeyIndicator())
                case .tasks: form.tasks = try Self.rows(name, in: container, FormField.taskColumns, MainTask())
                case .score:
                    guard let score = try Self.object(name, in: container) else { continue }
                    let rows = try Self.rows(Name("rows"), in: score, FormField.scoreRowColumns, ScoreRow())
                    if !rows.isEmpty { form.score = ScoreSheet(sheet: "", rows: rows) }
                }
            }
        }

        /// A member's object, nil when it is absent or null.
        private static func object(_ name: Name, in container: KeyedDecodingContainer<Name>) throws -> KeyedDecodingContainer<Name>? {
            guard container.contains(name), try !container.decodeNil(forKey: name) else { return nil }
            return try container.nestedContainer(keyedBy: Name.self, forKey: name)
        }

        private static func figure(_ name: Name, in container: KeyedDecodingContainer<Name>) throws -> ShownDecimal? {
            try container.decodeIfPresent(Decimal.self, forKey: name).map { ShownDecimal($0, places: DecimalMath.fractionDigits($0)) }
        }

        /// A table's rows, each column that is read taken from the row's object.
        private static func rows<Row>(_ name: Name, in container: KeyedDecodingContainer<Name>,
                                      _ columns: [FormField.Column<Row>], _ empty: Row) throws -> [Row] {
            guard container.contains(name), try !container.decodeNil(forKey: name) else { return [] }
            var list = try container.nestedUnkeyedContainer(forKey: name)
            var rows: [Row] = []
            while !list.isAtEnd {
                let object = try list.nestedContainer(keyedBy: Name.self)
                var row = empty
                for column in columns where !column.isDerived {
                    let key = Name(column.name)
                    if case .figure = column.place {
                        column.set(figure: try figure(key, in: object), in: &row)
                    } else {
                        column.set(text: try object.decodeIfPresent(String.self, forKey: key), in: &row)
                    }
                }
                rows.append(row)
            }
            return rows
        }
    }

    /// A member name of a JSON object.
    struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// A year written as `2021` or `"2021"`.
    struct FlexibleYear: Decodable {
        var value: Int?
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { value = number } else {
                value = Int((try? container.decode(String.self))?.filter(\.isNumber) ?? "")
            }
        }
    }

    /// A form read from data, on the layout's sheets, its figures at least at the layout's precision.
    private func form(from document: FormDocument) -> Form {
        var form = document.form
        form.sheet = layout.sheetName
        for field in FormField.funds { field.setFigure(field.figure(in: form.funds).map { shown($0, as: field.kind) }, in: &form.funds) }
        atLayoutPrecision(&form.tasks, FormField.taskColumns)
        if var score = form.score {
            score.sheet = layout.scoreSheet.name
            atLayoutPrecision(&score.rows, FormField.scoreRowColumns)
            form.score = score
        }
        return form
    }

    private func atLayoutPrecision<Row>(_ rows: inout [Row], _ columns: [FormField.Column<Row>]) {
        for index in rows.indices {
            for column in columns { column.set(figure: column.figure(in: rows[index]).map { shown($0, as: column.kind) }, in: &rows[index]) }
        }
    }

    /// A figure at least at the layout's precision for its kind (an amount 1505 is shown 1505.00, 3.305 keeps
    /// its three places; a score at the 评分表's places; a weight as written).
    private func shown(_ figure: ShownDecimal, as kind: FormField.Kind) -> ShownDecimal {
        switch kind {
        case .amount: ShownDecimal(figure.value, places: max(figure.places, layout.funds.amountPlaces))
        case .score: ShownDecimal(figure.value, places: max(figure.places, layout.scoreSheet.scorePlaces))
        default: figure
        }
    }

    // MARK: CSV

    public func forms(fromCSV data: Data, columns: FillColumns) throws(InputError) -> [Form] {
        let table: CSVTable
        do {
            table = try CSVTable(data: data)
        } catch {
            throw InputError(.unreadableText, detail: error.description)
        }
        let mapping = columns.map(table.header, template: templates.form)
        guard mapping.contains(where: { if case .field(.department) = $0 { true } else { false } }) else {
            throw InputError(.noDepartmentColumn)
        }
        let numbers = NumberText(units: templates.form.unit.units, currencyMarks: templates.form.normalisation.currencyMarks)
        var forms: [Form] = []
        for (rowIndex, row) in table.rows.enumerated() {
            var form = Form(sheet: layout.sheetName)
            for (columnIndex, target) in mapping.enumerated() where columnIndex < row.count {
                let raw = row[columnIndex].trimmingCharacters(in: .whitespacesAndNewlines)
                guard !raw.isEmpty else { continue }
                func number() throws(InputError) -> ShownDecimal {
                    guard let reading = numbers.parse(raw), !reading.isPercent else {
                        throw InputError(.notAnAmount, row: rowIndex + 2, column: table.header[columnIndex], detail: raw)
                    }
                    return shown(reading.value, as: .amount)
                }
                switch target {
                case .ignored: continue
                case .field(let key):
                    guard let field = FormField.named(key), !field.isDerived else { continue }
                    switch field.kind {
                    case .text: field.setText(raw, in: &form)
                    case .year:
                        guard let year = Int(raw.filter(\.isNumber)) else {
                            throw InputError(.notAYear, row: rowIndex + 2, column: table.header[columnIndex], detail: raw)
                        }
                        form.year = year
                    case .amount: field.setFigure(try number(), in: &form.funds)
                    default: continue
                    }
                case .indicator(let index, let name):
                    while form.keyIndicators.count <= index { form.keyIndicators.append(KeyIndicator()) }
                    try read(raw, into: &form.keyIndicators[index], column: name.rawValue, of: FormField.indicatorColumns, number: number)
                case .task(let index, let name):
                    while form.tasks.count <= index { form.tasks.append(MainTask()) }
                    try read(raw, into: &form.tasks[index], column: name.rawValue, of: FormField.taskColumns, number: number)
                }
            }
            // A numbered column left blank for some departments gives them no row.
            form.keyIndicators.removeAll { Self.isBlank($0, FormField.indicatorColumns) }
            form.tasks.removeAll { Self.isBlank($0, FormField.taskColumns) }
            forms.append(form)
        }
        return forms
    }

    /// Stores a cell's text in a row's column, as text or as an amount, unless the column is worked out.
    private func read<Row>(_ raw: String, into row: inout Row, column name: String, of columns: [FormField.Column<Row>],
                           number: () throws(InputError) -> ShownDecimal) throws(InputError) {
        guard let column = columns.first(where: { $0.name == name }), !column.isDerived else { return }
        if column.kind == .text { column.set(text: raw, in: &row) } else { column.set(figure: try number(), in: &row) }
    }

    /// Whether a row holds nothing in the columns `fill` reads.
    private static func isBlank<Row>(_ row: Row, _ columns: [FormField.Column<Row>]) -> Bool {
        columns.allSatisfy { $0.isDerived || ($0.text(in: row) == nil && $0.figure(in: row) == nil) }
    }
}
