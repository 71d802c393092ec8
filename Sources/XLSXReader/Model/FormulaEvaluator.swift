import Foundation

/// Values for the formulas of a sheet that its producer saved without their results.
///
/// Excel, WPS and LibreOffice store each formula's last result beside it, and a reader shows that result.
/// openpyxl and other scripts write the formula alone, and Excel computes it when the file is opened, so a
/// template filled in by a script shows the officer figures where a reader of stored results sees blanks.
/// This computes, in decimal arithmetic, what such forms use: numbers, references to cells of the same sheet
/// (themselves evaluated when they are formulas without results), `+ - * /`, unary minus, `%`, comparisons,
/// parentheses, and `SUM`, `ROUND`, `ABS`, `MIN`, `MAX`, `IF`. A formula with anything else (another sheet, a
/// name, text joined with `&`, another function), or one that would show an error (division by zero, a cycle,
/// text in arithmetic), is left without a value, as before.
///
/// ```swift
/// // C5 1505.02, E5 1859.01, E6 `=C5-E5` saved by openpyxl without a result
/// let sheet = workbook.sheets[0].evaluatingUncachedFormulas()
/// sheet.cells.first { $0.reference.description == "E6" }?.value   // .number("-353.99")
/// ```
struct FormulaEvaluator {
    /// What an expression gives, as Excel types it.
    private enum Value {
        case number(Decimal)
        case text(String)
        case boolean(Bool)
        case empty
    }

    /// Why an expression has no value here: not supported, or an error in Excel too. Either way the cell stays
    /// as the file has it.
    private struct Unevaluable: Error {}

    private var cells: [Cell]
    /// (row, column) → index in `cells`.
    private let indexByPosition: [Int64: Int]
    /// Results worked out so far, by index; a formula refers to another that is being worked out: a cycle.
    private var results: [Int: Value?] = [:]
    private var inProgress: Set<Int> = []
    /// Nesting of references and parentheses followed at once, capped so a hostile chain cannot exhaust the stack.
    private var depth = 0
    private static let deepest = 64
    private static let posix = Locale(identifier: "en_US_POSIX")

    init(cells: [Cell]) {
        self.cells = cells
        var index: [Int64: Int] = [:]
        index.reserveCapacity(cells.count)
        for (position, cell) in cells.enumerated() {
            index[FormulaEvaluator.key(row: cell.row, column: cell.column)] = position
        }
        indexByPosition = index
    }

    /// The cells with a value for every formula saved without one that can be evaluated.
    mutating func evaluated() -> [Cell] {
        for index in cells.indices where cells[index].formula != nil && cells[index].value.isEmpty {
            if let value = result(of: index) { cells[index].value = FormulaEvaluator.cellValue(value) }
        }
        return cells
    }

    private static func key(row: Int, column: Int) -> Int64 { Int64(row) << 20 | Int64(column) }

    private static func cellValue(_ value: Value) -> CellValue {
        switch value {
        case .number(let number): .number(number.description)
        case .text(let text): text.isEmpty ? .empty : .text(text)
        case .boolean(let flag): .boolean(flag)
        case .empty: .empty
        }
    }

    /// The result of the formula in cell `index` (nil when it cannot be evaluated).
    private mutating func result(of index: Int) -> Value? {
        if let known = results[index] { return known }
        guard let formula = cells[index].formula, !inProgress.contains(index), depth < FormulaEvaluator.deepest else {
            return nil
        }
        inProgress.insert(index)
        depth += 1
        var parser = Parser(text: Array(formula.utf8))
        let value = try? parser.expression(in: &self)
        let complete = parser.isAtEnd
        depth -= 1
        inProgress.remove(index)
        let result = complete ? value : nil
        results[index] = .some(result)
        return result
    }

    /// The value of the cell at `row`, `column` as a formula sees it.
    private mutating func value(row: Int, column: Int) throws(Unevaluable) -> Value {
        guard let index = indexByPosition[FormulaEvaluator.key(row: row, column: column)] else { return .empty }
        switch cells[index].value {
        case .empty:
            guard cells[index].formula != nil else { return .empty }
            guard let computed = result(of: index) else { throw Unevaluable() }
            return computed
        case .number(let text):
            guard let number = Decimal(string: text, locale: FormulaEvaluator.posix) else { throw Unevaluable() }
            return .number(number)
        case .text(let text): return .text(text)
        case .boolean(let flag): return .boolean(flag)
        case .error, .isoDate: throw Unevaluable()
        }
    }

    // MARK: - Operations

    /// A value in arithmetic: blanks are 0, TRUE is 1, text that reads as a number is that number.
    private static func number(_ value: Value) throws(Unevaluable) -> Decimal {
        switch value {
        case .number(let number): return number
        case .empty: return 0
        case .boolean(let flag): return flag ? 1 : 0
        case .text(let text):
            // The whole text must be a number (Decimal(string:) would take "12元" as 12; Double takes "nan").
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let first = trimmed.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                    || first == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
                  Double(trimmed) != nil, let number = Decimal(string: trimmed, locale: posix) else { throw Unevaluable() }
            return number
        }
    }

    private static func condition(_ value: Value) throws(Unevaluable) -> Bool {
        switch value {
        case .boolean(let flag): return flag
        case .text: throw Unevaluable()
        default: return try number(value) != 0
        }
    }

    private static func compare(_ left: Value, _ right: Value, _ operation: [UInt8]) throws(Unevaluable) -> Bool {
        func text(_ value: Value) -> String? {
            switch value {
            case .text(let text): text.lowercased()
            case .empty: ""
            default: nil
            }
        }
        let order: ComparisonResult
        switch (left, right) {
        case (.text, _), (_, .text):
            // Text compares with text (a blank is ""), ignoring case; Excel orders numbers before text, which
            // these forms never ask.
            guard let a = text(left), let b = text(right) else { throw Unevaluable() }
            order = a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        default:
            let a = try number(left), b = try number(right)
            order = a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        }
        switch operation {
        case Array("=".utf8): return order == .orderedSame
        case Array("<>".utf8): return order != .orderedSame
        case Array("<".utf8): return order == .orderedAscending
        case Array(">".utf8): return order == .orderedDescending
        case Array("<=".utf8): return order != .orderedDescending
        default: return order != .orderedAscending
        }
    }

    /// Excel's ROUND: half away from zero, to `places` decimals (negative: to tens, hundreds…).
    private static func round(_ value: Decimal, places: Decimal) throws(Unevaluable) -> Decimal {
        let digits = NSDecimalNumber(decimal: places).intValue
        guard abs(digits) <= 30 else { throw Unevaluable() }
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, digits, .plain)
        return output
    }

    // MARK: - Parsing

    /// A recursive-descent reader of one formula's text, computing as it reads.
    private struct Parser {
        let text: [UInt8]
        var position = 0

        var isAtEnd: Bool {
            var probe = self
            probe.skipSpaces()
            return probe.position == text.count
        }

        mutating func skipSpaces() {
            while position < text.count, text[position] == UInt8(ascii: " ") || text[position] == 10 || text[position] == 13 {
                position += 1
            }
        }

        mutating func peek() -> UInt8? {
            skipSpaces()
            return position < text.count ? text[position] : nil
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek() == byte else { return false }
            position += 1
            return true
        }

        /// comparison := sum (( = | <> | < | > | <= | >= ) sum)?
        mutating func expression(in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> Value {
            if position == 0, peek() == UInt8(ascii: "=") { position += 1 }   // a stored formula has no `=`; tolerate one
            let left = try sum(in: &evaluator)
            guard let first = peek(), first == UInt8(ascii: "=") || first == UInt8(ascii: "<") || first == UInt8(ascii: ">")
            else { return left }
            var operation = [first]
            position += 1
            if position < text.count, text[position] == UInt8(ascii: "=") || (first == UInt8(ascii: "<") && text[position] == UInt8(ascii: ">")) {
                operation.append(text[position])
                position += 1
            }
            let right = try sum(in: &evaluator)
            return .boolean(try FormulaEvaluator.compare(left, right, operation))
        }

        /// sum := product (( + | - ) product)*
        mutating func sum(in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> Value {
            var value = try product(in: &evaluator)
            while let next = peek(), next == UInt8(ascii: "+") || next == UInt8(ascii: "-") {
                position += 1
                let right = try FormulaEvaluator.number(try product(in: &evaluator))
                let left = try FormulaEvaluator.number(value)
                value = .number(next == UInt8(ascii: "+") ? left + right : left - right)
            }
            return value
        }

        /// product := unary (( * | / ) unary)*
        mutating func product(in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> Value {
            var value = try unary(in: &evaluator)
            while let next = peek(), next == UInt8(ascii: "*") || next == UInt8(ascii: "/") {
                position += 1
                let right = try FormulaEvaluator.number(try unary(in: &evaluator))
                let left = try FormulaEvaluator.number(value)
                if next == UInt8(ascii: "/") {
                    guard right != 0 else { throw Unevaluable() }   // #DIV/0! in Excel
                    value = .number(left / right)
                } else {
                    value = .number(left * right)
                }
            }
            return value
        }

        /// unary := ( - | + ) unary | primary %*
        mutating func unary(in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> Value {
            if take(UInt8(ascii: "-")) { return .number(-(try FormulaEvaluator.number(try unary(in: &evaluator)))) }
            if take(UInt8(ascii: "+")) { return try unary(in: &evaluator) }
            var value = try primary(in: &evaluator)
            while take(UInt8(ascii: "%")) { value = .number(try FormulaEvaluator.number(value) / 100) }
            return value
        }

        /// primary := number | "text" | ( expression ) | FUNCTION( arguments ) | reference
        mutating func primary(in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> Value {
            guard let first = peek() else { throw Unevaluable() }
            if first == UInt8(ascii: "(") {
                position += 1
                evaluator.depth += 1
                defer { evaluator.depth -= 1 }
                guard evaluator.depth < FormulaEvaluator.deepest else { throw Unevaluable() }
                let value = try expression(in: &evaluator)
                guard take(UInt8(ascii: ")")) else { throw Unevaluable() }
                return value
            }
            if first == UInt8(ascii: "\"") { return .text(try stringLiteral()) }
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: ".") {
                return .number(try numberLiteral())
            }
            let word = name()
            guard !word.isEmpty else { throw Unevaluable() }
            if peek() == UInt8(ascii: "(") {
                position += 1
                return try call(String(decoding: word, as: UTF8.self).uppercased(), in: &evaluator)
            }
            let upper = String(decoding: word, as: UTF8.self).uppercased()
            if upper == "TRUE" { return .boolean(true) }
            if upper == "FALSE" { return .boolean(false) }
            guard let reference = FormulaEvaluator.reference(word) else { throw Unevaluable() }
            guard peek() != UInt8(ascii: ":") else { throw Unevaluable() }   // a range outside a function
            return try evaluator.value(row: reference.row, column: reference.column)
        }

        /// Letters, digits, `$`, `.`, `_`, and `!` or `'`: a reference, a function name or something unsupported
        /// (a sheet-qualified reference keeps its `!` and is refused by ``reference(_:)``).
        mutating func name() -> ArraySlice<UInt8> {
            _ = peek()
            let start = position
            while position < text.count {
                let byte = text[position]
                let isWord = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "'") || byte >= 0x80
                guard isWord else { break }
                position += 1
            }
            return text[start..<position]
        }

        mutating func numberLiteral() throws(Unevaluable) -> Decimal {
            let start = position
            while position < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[position])
                    || text[position] == UInt8(ascii: ".") {
                position += 1
            }
            if position < text.count, text[position] | 0x20 == UInt8(ascii: "e") {   // 1.5E+3
                var probe = position + 1
                if probe < text.count, text[probe] == UInt8(ascii: "+") || text[probe] == UInt8(ascii: "-") { probe += 1 }
                if probe < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[probe]) {
                    position = probe
                    while position < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[position]) { position += 1 }
                }
            }
            let literal = String(decoding: text[start..<position], as: UTF8.self)
            guard let number = Decimal(string: literal, locale: FormulaEvaluator.posix) else { throw Unevaluable() }
            return number
        }

        /// `"text"`, with `""` for a quote inside.
        mutating func stringLiteral() throws(Unevaluable) -> String {
            position += 1
            var bytes: [UInt8] = []
            while position < text.count {
                if text[position] == UInt8(ascii: "\"") {
                    if position + 1 < text.count, text[position + 1] == UInt8(ascii: "\"") {
                        bytes.append(UInt8(ascii: "\""))
                        position += 2
                        continue
                    }
                    position += 1
                    return String(decoding: bytes, as: UTF8.self)
                }
                bytes.append(text[position])
                position += 1
            }
            throw Unevaluable()
        }

        /// One argument: a range (`C7:C10`, whose cells are listed) or an expression.
        enum Argument {
            case range([Value])
            case value(Value)
        }

        mutating func arguments(in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> [Argument] {
            var list: [Argument] = []
            if take(UInt8(ascii: ")")) { return list }
            repeat {
                list.append(try argument(in: &evaluator))
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: ")")) else { throw Unevaluable() }
            return list
        }

        mutating func argument(in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> Argument {
            let start = position
            let word = name()
            if let from = FormulaEvaluator.reference(word), take(UInt8(ascii: ":")) {
                guard let to = FormulaEvaluator.reference(name()) else { throw Unevaluable() }
                let rows = min(from.row, to.row)...max(from.row, to.row)
                let columns = min(from.column, to.column)...max(from.column, to.column)
                guard rows.count * columns.count <= 100_000 else { throw Unevaluable() }
                var values: [Value] = []
                for row in rows {
                    for column in columns { values.append(try evaluator.value(row: row, column: column)) }
                }
                return .range(values)
            }
            position = start
            return .value(try expression(in: &evaluator))
        }

        mutating func call(_ function: String, in evaluator: inout FormulaEvaluator) throws(Unevaluable) -> Value {
            evaluator.depth += 1
            defer { evaluator.depth -= 1 }
            guard evaluator.depth < FormulaEvaluator.deepest else { throw Unevaluable() }
            let list = try arguments(in: &evaluator)
            /// The numbers of the arguments as SUM, MIN and MAX take them: in ranges only numbers count; given
            /// directly, a value is taken as a number.
            func numbers() throws(Unevaluable) -> [Decimal] {
                var result: [Decimal] = []
                for argument in list {
                    switch argument {
                    case .range(let values):
                        for case .number(let number) in values { result.append(number) }
                    case .value(let value):
                        result.append(try FormulaEvaluator.number(value))
                    }
                }
                return result
            }
            func single(_ index: Int) throws(Unevaluable) -> Value {
                guard index < list.count, case .value(let value) = list[index] else { throw Unevaluable() }
                return value
            }
            switch function {
            case "SUM":
                return .number(try numbers().reduce(0, +))
            case "MIN", "MAX":
                let all = try numbers()
                guard let extreme = function == "MIN" ? all.min() : all.max() else { return .number(0) }
                return .number(extreme)
            case "ABS":
                guard list.count == 1 else { throw Unevaluable() }
                return .number(abs(try FormulaEvaluator.number(try single(0))))
            case "ROUND":
                guard list.count == 2 else { throw Unevaluable() }
                return .number(try FormulaEvaluator.round(try FormulaEvaluator.number(try single(0)),
                                                          places: try FormulaEvaluator.number(try single(1))))
            case "IF":
                guard (2...3).contains(list.count) else { throw Unevaluable() }
                if try FormulaEvaluator.condition(try single(0)) { return try single(1) }
                return list.count == 3 ? try single(2) : .boolean(false)
            default:
                throw Unevaluable()
            }
        }
    }

    /// `C5`, `$C$5` → its position; nil for anything else (a sheet-qualified reference, a name).
    private static func reference(_ word: ArraySlice<UInt8>) -> CellReference? {
        guard !word.isEmpty, !word.contains(UInt8(ascii: "!")), !word.contains(UInt8(ascii: "'")) else { return nil }
        return CellReference.parse(word.filter { $0 != UInt8(ascii: "$") })
    }
}
