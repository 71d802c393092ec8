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

    /// Derived fields, which `fill` computes rather than reads.
    static let derived: Set<FieldKey> = [.completionRate, .adjustment, .adjustmentRate]

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

    static func isEmpty(_ form: Form) -> Bool {
        form.department == nil && form.year == nil && form.title == nil && Funds.keys.allSatisfy { form.funds[$0] == nil }
            && form.overallGoal == nil && form.overallGoalResult == nil && form.problems == nil
            && form.improvements == nil && form.keyIndicators.isEmpty && form.tasks.isEmpty && form.score == nil
    }

    private struct ReportDocument: Decodable {
        struct File: Decodable { var form: FormDocument? }
        var files: [File]
    }

    /// A form object with the contract's keys; numbers are decoded exactly (JSONDecoder reads `Decimal` from
    /// the digits).
    struct FormDocument: Decodable {
        struct FundsDocument: Decodable {
            var annualBudget, initialBudget, actual, generalPublicBudget, governmentFundBudget,
                stateCapitalBudget, otherFunds: Decimal?
        }
        struct IndicatorDocument: Decodable { var name, target, result: String? }
        struct TaskDocument: Decodable {
            var name, goal, goalResult, indicator, indicatorResult: String?
            var funds: Decimal?
        }
        struct ScoreRowDocument: Decodable {
            var level1, level2, level3, reason: String?
            var weight, score: Decimal?
        }
        struct ScoreDocument: Decodable { var rows: [ScoreRowDocument]? }

        var title, unit, department, overallGoal, overallGoalResult, problems, improvements: String?
        var year: FlexibleYear?
        var funds: FundsDocument?
        var keyIndicators: [IndicatorDocument]?
        var tasks: [TaskDocument]?
        var score: ScoreDocument?
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

    private func form(from document: FormDocument) -> Form {
        var form = Form(sheet: layout.sheetName, title: document.title, year: document.year?.value,
                        unit: document.unit, department: document.department)
        let funds = document.funds
        let amounts: [(FieldKey, Decimal?)] = [
            (.annualBudget, funds?.annualBudget), (.initialBudget, funds?.initialBudget), (.actual, funds?.actual),
            (.generalPublicBudget, funds?.generalPublicBudget), (.governmentFundBudget, funds?.governmentFundBudget),
            (.stateCapitalBudget, funds?.stateCapitalBudget), (.otherFunds, funds?.otherFunds),
        ]
        for (key, value) in amounts { form.funds[key] = value.map(amount) }
        form.overallGoal = document.overallGoal
        form.overallGoalResult = document.overallGoalResult
        form.problems = document.problems
        form.improvements = document.improvements
        form.keyIndicators = (document.keyIndicators ?? []).map { KeyIndicator(name: $0.name, target: $0.target, result: $0.result) }
        form.tasks = (document.tasks ?? []).map {
            MainTask(name: $0.name, goal: $0.goal, goalResult: $0.goalResult, indicator: $0.indicator,
                     indicatorResult: $0.indicatorResult, funds: $0.funds.map(amount))
        }
        if let rows = document.score?.rows, !rows.isEmpty {
            form.score = ScoreSheet(sheet: layout.scoreSheet.name, rows: rows.map {
                ScoreRow(level1: $0.level1, level2: $0.level2, level3: $0.level3,
                         weight: $0.weight.map { ShownDecimal($0, places: DecimalMath.fractionDigits($0)) },
                         score: $0.score.map { ShownDecimal($0, places: max(DecimalMath.fractionDigits($0),
                                                                              layout.scoreSheet.scorePlaces)) },
                         reason: $0.reason)
            })
        }
        return form
    }

    /// An amount at least at the layout's precision (1505 is shown 1505.00, 3.305 keeps its three places).
    private func amount(_ value: Decimal) -> ShownDecimal {
        ShownDecimal(value, places: max(DecimalMath.fractionDigits(value), layout.funds.amountPlaces))
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
                    return ShownDecimal(reading.value.value, places: max(reading.value.places, layout.funds.amountPlaces))
                }
                switch target {
                case .ignored: continue
                case .field(let key):
                    switch key {
                    case .title: form.title = raw
                    case .department: form.department = raw
                    case .unit: form.unit = raw
                    case .year:
                        guard let year = Int(raw.filter(\.isNumber)) else {
                            throw InputError(.notAYear, row: rowIndex + 2, column: table.header[columnIndex], detail: raw)
                        }
                        form.year = year
                    case .overallGoal: form.overallGoal = raw
                    case .overallGoalResult: form.overallGoalResult = raw
                    case .problems: form.problems = raw
                    case .improvements: form.improvements = raw
                    default:
                        if Funds.keys.contains(key), !FormInput.derived.contains(key) { form.funds[key] = try number() }
                    }
                case .indicator(let index, let column):
                    while form.keyIndicators.count <= index { form.keyIndicators.append(KeyIndicator()) }
                    switch column {
                    case .name: form.keyIndicators[index].name = raw
                    case .target: form.keyIndicators[index].target = raw
                    case .result: form.keyIndicators[index].result = raw
                    default: break
                    }
                case .task(let index, let column):
                    while form.tasks.count <= index { form.tasks.append(MainTask()) }
                    switch column {
                    case .name: form.tasks[index].name = raw
                    case .goal: form.tasks[index].goal = raw
                    case .goalResult: form.tasks[index].goalResult = raw
                    case .indicator: form.tasks[index].indicator = raw
                    case .indicatorResult: form.tasks[index].indicatorResult = raw
                    case .funds: form.tasks[index].funds = try number()
                    }
                }
            }
            form.keyIndicators.removeAll { $0.name == nil && $0.target == nil && $0.result == nil }
            form.tasks.removeAll { $0.name == nil && $0.goal == nil && $0.goalResult == nil && $0.funds == nil }
            forms.append(form)
        }
        return forms
    }
}
