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
            /// Not a year, or a year outside ``Form/plausibleYears``.
            case notAYear = "not-a-year"
            /// CSV columns whose headers name no field (``unknown``).
            case unknownColumns = "unknown-columns"
            /// JSON keys that name no field (``unknown``, as paths: `funds.annualBudgt`).
            case unknownKeys = "unknown-keys"
            /// Two CSV rows (``rows``) for the same department and year (``detail``).
            case duplicateRows = "duplicate-rows"
            /// Two JSON form objects (``rows``: their 1-based positions) for the same department and year.
            case duplicateForms = "duplicate-forms"
        }
        public var kind: Kind
        /// 1-based row of the CSV file (the header is row 1).
        public var row: Int?
        public var column: String?
        /// The offending text, or the decoder's own words.
        public var detail: String?
        /// The names that name nothing, each with the closest known name.
        public var unknown: [UnknownName] = []
        /// The rows (CSV) or positions (JSON) that clash.
        public var rows: [Int] = []
        public init(_ kind: Kind, row: Int? = nil, column: String? = nil, detail: String? = nil) {
            self.kind = kind
            self.row = row
            self.column = column
            self.detail = detail
        }
        public var description: String {
            [kind.rawValue, row.map { "row \($0)" }, column.map { "column \($0)" }, detail,
             unknown.isEmpty ? nil : unknown.map(\.name).joined(separator: ", "),
             rows.isEmpty ? nil : "rows " + rows.map(String.init).joined(separator: ", ")].compactMap { $0 }
                .joined(separator: ", ")
        }
    }

    public init(templates: TemplateBundle, layout: OfficialLayout) {
        self.templates = templates
        self.layout = layout
    }

    // MARK: JSON

    /// The forms of a form JSON document.
    /// - Throws: ``InputError``: not form JSON; keys naming no field (unless `options.ignoreUnknown`); two forms
    ///   of one department and year (unless `options.duplicates` says which wins).
    public func forms(fromJSON data: Data, options: Options = Options()) throws(InputError) -> Reading {
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
        let unknown = documents.flatMap(\.unknown)
        if !unknown.isEmpty, !options.ignoreUnknown {
            var error = InputError(.unknownKeys)
            error.unknown = unknown
            throw error
        }
        // Every key is optional, so any JSON object decodes: a form must hold something of a form.
        let forms = documents.enumerated().map { ($0.offset + 1, form(from: $0.element)) }.filter { !FormInput.isEmpty($0.1) }
        guard !forms.isEmpty else { throw InputError(.notFormJSON, detail: "no form object with any of the contract's keys") }
        for (_, form) in forms {
            if let year = form.year, !Form.plausibleYears.contains(year) {
                throw InputError(.notAYear, detail: String(year))
            }
        }
        return try Reading(forms, source: .json, ignored: unknown, duplicates: options.duplicates, clash: .duplicateForms)
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
        /// The keys that name no field, as paths, each with the closest known key at its place.
        var unknown: [UnknownName] = []

        /// The keys of the form object itself, of its groups (`funds`, `score`) and of a table's rows.
        private static let topKeys = FormField.all.filter { $0.group == nil }.map(\.name)
            + Set(FormField.all.compactMap(\.group)).sorted()
        private static func groupKeys(_ group: String) -> [String] {
            group == "score" ? ["rows"] + FormField.scoreSheetColumns.map(\.name)
                             : FormField.all.filter { $0.group == group }.map(\.name)
        }

        /// Notes the keys of `container` that are not in `known`.
        private mutating func note(_ container: KeyedDecodingContainer<Name>, known: [String], at path: String) {
            for key in container.allKeys.map(\.stringValue).sorted() where !known.contains(key) {
                unknown.append(UnknownName(name: path + key,
                                           closest: ClosestName.closest(to: key, among: known).map { path + $0 }))
            }
        }

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: Name.self)
            note(object, known: Self.topKeys, at: "")
            var groups: [String: KeyedDecodingContainer<Name>] = [:]
            for field in FormField.all where !field.isDerived {
                let container: KeyedDecodingContainer<Name>
                if let group = field.group {
                    if groups[group] == nil, let nested = try Self.object(Name(group), in: object) {
                        groups[group] = nested
                        note(nested, known: Self.groupKeys(group), at: group + ".")
                    }
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
                case .keyIndicators:
                    form.keyIndicators = try rows(name, in: container, FormField.indicatorColumns, KeyIndicator(), at: "keyIndicators")
                case .tasks: form.tasks = try rows(name, in: container, FormField.taskColumns, MainTask(), at: "tasks")
                case .score:
                    guard let score = try Self.object(name, in: container) else { continue }
                    note(score, known: Self.groupKeys("score"), at: "score.")
                    let scoreRows = try rows(Name("rows"), in: score, FormField.scoreRowColumns, ScoreRow(), at: "score.rows")
                    if !scoreRows.isEmpty { form.score = ScoreSheet(sheet: "", rows: scoreRows) }
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
        private mutating func rows<Row>(_ name: Name, in container: KeyedDecodingContainer<Name>,
                                        _ columns: [FormField.Column<Row>], _ empty: Row, at path: String) throws -> [Row] {
            guard container.contains(name), try !container.decodeNil(forKey: name) else { return [] }
            var list = try container.nestedUnkeyedContainer(forKey: name)
            var rows: [Row] = []
            while !list.isAtEnd {
                let object = try list.nestedContainer(keyedBy: Name.self)
                note(object, known: columns.map(\.name), at: "\(path)[\(rows.count)].")
                var row = empty
                for column in columns where !column.isDerived {
                    let key = Name(column.name)
                    if case .figure = column.place {
                        column.set(figure: try Self.figure(key, in: object), in: &row)
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
    func shown(_ figure: ShownDecimal, as kind: FormField.Kind) -> ShownDecimal {
        switch kind {
        case .amount: ShownDecimal(figure.value, places: max(figure.places, layout.funds.amountPlaces))
        case .score: ShownDecimal(figure.value, places: max(figure.places, layout.scoreSheet.scorePlaces))
        default: figure
        }
    }

    // MARK: CSV

    /// The forms of a CSV with one row per department.
    /// - Throws: ``InputError``: not text; no 部门名称 column; headers naming no field (unless
    ///   `options.ignoreUnknown`); a figure or year that is none; two rows of one department and year (unless
    ///   `options.duplicates` says which wins).
    public func forms(fromCSV data: Data, columns: FillColumns, options: Options = Options()) throws(InputError) -> Reading {
        let table: CSVTable
        do {
            table = try CSVTable(data: data)
        } catch {
            throw InputError(.unreadableText, detail: error.description)
        }
        let mapping = columns.map(table.header, template: templates.form)
        // A header naming nothing is an error, unless asked to ignore it; a column without a header is one only
        // when it holds something.
        let unknown = mapping.indices.filter { index in
            guard mapping[index] == .unknown else { return false }
            return !table.header[index].trimmingCharacters(in: .whitespaces).isEmpty
                || table.rows.contains { index < $0.count && !$0[index].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }.map { index in
            UnknownName(name: table.header[index].isEmpty ? "#\(index + 1)" : table.header[index],
                        closest: columns.closestHeader(to: table.header[index], template: templates.form))
        }
        if !unknown.isEmpty, !options.ignoreUnknown {
            var error = InputError(.unknownColumns)
            error.unknown = unknown
            throw error
        }
        guard mapping.contains(where: { if case .field(.department) = $0 { true } else { false } }) else {
            throw InputError(.noDepartmentColumn)
        }
        let numbers = NumberText(units: templates.form.unit.units, currencyMarks: templates.form.normalisation.currencyMarks)
        var forms: [Form] = []
        // Columns of worked-out figures that hold something: the formulas replace it, and fill says so.
        var computed = Set<Int>()
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
                case .unknown: continue
                case .field(let key):
                    guard let field = FormField.named(key) else { continue }
                    guard !field.isDerived else {
                        computed.insert(columnIndex)
                        continue
                    }
                    switch field.kind {
                    case .text: field.setText(raw, in: &form)
                    case .year:
                        guard let year = Int(raw.filter(\.isNumber)), Form.plausibleYears.contains(year) else {
                            throw InputError(.notAYear, row: rowIndex + 2, column: table.header[columnIndex], detail: raw)
                        }
                        form.year = year
                    case .amount: field.setFigure(try number(), in: &form.funds)
                    default: continue
                    }
                case .indicator(let index, let name):
                    while form.keyIndicators.count <= index { form.keyIndicators.append(KeyIndicator()) }
                    if try !read(raw, into: &form.keyIndicators[index], column: name.rawValue, of: FormField.indicatorColumns,
                                 number: number) { computed.insert(columnIndex) }
                case .task(let index, let name):
                    while form.tasks.count <= index { form.tasks.append(MainTask()) }
                    if try !read(raw, into: &form.tasks[index], column: name.rawValue, of: FormField.taskColumns,
                                 number: number) { computed.insert(columnIndex) }
                }
            }
            // A numbered column left blank for some departments gives them no row.
            form.keyIndicators.removeAll { Self.isBlank($0, FormField.indicatorColumns) }
            form.tasks.removeAll { Self.isBlank($0, FormField.taskColumns) }
            forms.append(form)
        }
        var reading = try Reading(forms.enumerated().map { ($0.offset + 2, $0.element) }, source: .csv, ignored: unknown,
                                  duplicates: options.duplicates, clash: .duplicateRows)
        reading.computed = computed.sorted().map { table.header[$0] }
        return reading
    }

    /// Stores a cell's text in a row's column, as text or as an amount, unless the column is worked out.
    /// - Returns: whether it was stored (false for a worked-out column).
    private func read<Row>(_ raw: String, into row: inout Row, column name: String, of columns: [FormField.Column<Row>],
                           number: () throws(InputError) -> ShownDecimal) throws(InputError) -> Bool {
        guard let column = columns.first(where: { $0.name == name }) else { return true }
        guard !column.isDerived else { return false }
        if column.kind == .text { column.set(text: raw, in: &row) } else { column.set(figure: try number(), in: &row) }
        return true
    }

    /// Whether a row holds nothing in the columns `fill` reads.
    private static func isBlank<Row>(_ row: Row, _ columns: [FormField.Column<Row>]) -> Bool {
        columns.allSatisfy { $0.isDerived || ($0.text(in: row) == nil && $0.figure(in: row) == nil) }
    }
}
