import Foundation
import XLSXReader

/// Reading a reference list from a file, a workbook or CSV data.
extension ReferenceList {
    /// How many rows from the top a header row is looked for in (title rows and a unit line may come first).
    static let headerSearchRows = 20

    /// Reads an XLSX workbook or a CSV file, told apart by their first bytes (an XLSX is a zip: `PK`).
    /// - Throws: ``ReferenceError``: `unreadable` for a file that cannot be read, else the first fault found.
    public init(contentsOf url: URL, template: FormTemplate, vocabulary: ReferenceVocabulary) throws(ReferenceError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ReferenceError(.unreadable, detail: error.localizedDescription) }
        if data.starts(with: [0x50, 0x4B]) {
            let workbook: Workbook
            do { workbook = try Workbook(contentsOf: url) } catch { throw ReferenceError(.unreadable, detail: error.description) }
            try self.init(workbook: workbook, template: template, vocabulary: vocabulary)
        } else {
            try self.init(csv: data, template: template, vocabulary: vocabulary)
        }
    }

    /// Reads the first visible worksheet that has a name column.
    /// - Throws: ``ReferenceError``; `noNameColumn` when no sheet has one.
    public init(workbook: Workbook, template: FormTemplate, vocabulary: ReferenceVocabulary) throws(ReferenceError) {
        let reader = ReferenceColumnReader(template: template, vocabulary: vocabulary)
        for sheet in workbook.sheets where sheet.kind == .worksheet && sheet.state == .visible {
            var rows: [Int: [Int: Cell]] = [:]
            for cell in sheet.cells where !cell.value.isEmpty { rows[cell.row + 1, default: [:]][cell.column + 1] = cell }
            guard let table = try ReferenceList.read(rows, reader: reader, template: template, vocabulary: vocabulary) else {
                continue
            }
            self = table
            self.sheet = sheet.name
            return
        }
        throw ReferenceError(.noNameColumn)
    }

    /// Reads CSV text: UTF-8 with or without a byte-order mark, or GB 18030 (as ``CSVTable`` reads it).
    /// - Throws: ``ReferenceError``.
    public init(csv data: Data, template: FormTemplate, vocabulary: ReferenceVocabulary) throws(ReferenceError) {
        guard let text = CSVTable.decode(data) else { throw ReferenceError(.unreadable, detail: "not UTF-8 or GB 18030 text") }
        var rows: [Int: [Int: Cell]] = [:]
        for (index, record) in CSVTable.parse(text).enumerated() {
            for (column, field) in record.enumerated() where field.unicodeScalars.contains(where: { !TextCleaner.isWhitespaceOrNewline($0) }) {
                rows[index + 1, default: [:]][column + 1] = Cell(row: index, column: column, value: .text(field))
            }
        }
        let reader = ReferenceColumnReader(template: template, vocabulary: vocabulary)
        guard let table = try ReferenceList.read(rows, reader: reader, template: template, vocabulary: vocabulary) else {
            throw ReferenceError(.noNameColumn)
        }
        self = table
    }

    /// Reads one table: cells by 1-based row and column. Nil when no header row has a name column.
    private static func read(_ rows: [Int: [Int: Cell]], reader: ReferenceColumnReader, template: FormTemplate,
                             vocabulary: ReferenceVocabulary) throws(ReferenceError) -> ReferenceList? {
        let order = rows.keys.sorted()
        func text(_ cell: Cell?) -> String? {
            guard let cell else { return nil }
            return TextCleaner.clean(cell.value.text ?? cell.value.displayText)
        }
        // The header: the first row (of the top ones) with a name column and a code or figure column; failing
        // that, the first with a name column (a unit line written `单位` | `元` has a name column only).
        var header: (row: Int, columns: [Int: ReferenceColumn])?
        for row in order.prefix(headerSearchRows) {
            let columns = (rows[row] ?? [:]).mapValues { reader.column(for: text($0) ?? "") }
            guard columns.values.contains(where: { if case .name = $0 { true } else { false } }) else { continue }
            let others = columns.values.contains { column in
                switch column {
                case .code, .figure: true
                case .name, .unknown: false
                }
            }
            if others {
                header = (row, columns)
                break
            }
            header = header ?? (row, columns)
        }
        guard let header else { return nil }

        // A unit line above the header (单位：元, in one cell or across two) states the unit of every figure whose
        // header states none.
        let linePatterns = template.unit.linePatterns.compactMap(RegexCache.compiled)
        var listUnit: AmountUnit?
        for row in order where row < header.row && listUnit == nil {
            let cells = rows[row] ?? [:]
            let line = TextForm.compact(cells.keys.sorted().compactMap { text(cells[$0]) }.joined())
            let range = NSRange(line.startIndex..., in: line)
            for pattern in linePatterns {
                if let match = pattern.firstMatch(in: line, range: range), match.numberOfRanges > 1,
                   let unitRange = Range(match.range(at: 1), in: line) {
                    listUnit = AmountUnit(text: String(line[unitRange]), template: template)
                    break
                }
            }
        }

        // The columns: the likeliest name column, a code column, one column per figure.
        let headerCells = rows[header.row] ?? [:]
        var nameColumn: (column: Int, rank: Int)?
        var codeColumn: Int?
        var figureColumns: [(column: Int, key: FieldKey, unit: AmountUnit?)] = []
        var ignored: [Int] = []
        for column in header.columns.keys.sorted() {
            switch header.columns[column] ?? .unknown {
            case .name(let rank):
                if let current = nameColumn {
                    if rank < current.rank { ignored.append(current.column); nameColumn = (column, rank) } else { ignored.append(column) }
                } else {
                    nameColumn = (column, rank)
                }
            case .code:
                if let codeColumn {
                    throw ReferenceError(.duplicateColumn, row: header.row, column: column, header: text(headerCells[column]),
                                         detail: text(headerCells[codeColumn]))
                }
                codeColumn = column
            case .figure(let key, let unit):
                if let other = figureColumns.first(where: { $0.key == key }) {
                    throw ReferenceError(.duplicateColumn, row: header.row, column: column, header: text(headerCells[column]),
                                         detail: text(headerCells[other.column]))
                }
                figureColumns.append((column, key, unit ?? listUnit))
            case .unknown:
                ignored.append(column)
            }
        }
        guard let nameColumn else { return nil }

        // The units.
        let figureReader = FigureReader(template: template)
        let normalizer = LabelNormalizer(stripPatterns: template.normalisation.stripPatterns)
        let totalLabels = Set(template.fundsGrid.totalLabels.flatMap(LabelPattern.spellings).map(normalizer.normalise))
        // Normalising only removes, so a text holding none of the labels' first characters is no total: most
        // names are passed over without normalising.
        let totalInitials = Array(Set(totalLabels.compactMap(\.unicodeScalars.first)))
        func isTotal(_ text: String) -> Bool {
            text.unicodeScalars.contains(where: totalInitials.contains) && totalLabels.contains(normalizer.normalise(text))
        }
        let footers = template.footerPrefixes.map { Array(TextForm.compact($0).utf8) }
        var units: [ReferenceUnit] = []
        var names: [UnitName] = []
        let nameRules = UnitName.Rules(vocabulary)
        var rowByName: [TextBytes: Int] = [:]
        var rowByCode: [String: Int] = [:]
        // The rows up to the first one at fault; their names are worked out after, side by side (a name's
        // patterns cost more than the rest of its row), and then checked for units listed twice, so that the
        // first fault in the list's order is the one reported.
        var pending: [ReferenceUnit] = []
        var rowFault: ReferenceError?
        rows: for row in order where row > header.row {
            let cells = rows[row] ?? [:]
            let name = text(cells[nameColumn.column])
            let code = codeColumn.flatMap { text(cells[$0]) }
            // A total row (合计 in the name column or the row's first cell) or a note under the table is no unit.
            let first = cells.keys.min().flatMap { text(cells[$0]) }
            if [name, first].contains(where: { $0.map { isTotal($0) } ?? false }) { continue }
            if let name {
                let compact = TextForm.compact(name)
                // By bytes: `hasPrefix` compares by canonical equivalence, normalising both on every call.
                if footers.contains(where: { compact.utf8.starts(with: $0) }) { continue }
            }
            var figures: [FieldKey: ShownDecimal] = [:]
            var figureUnits: [FieldKey: AmountUnit] = [:]
            for figure in figureColumns {
                switch figureReader.read(cells[figure.column]) {
                case .blank, .notApplicable: continue
                case .figure(let value):
                    figures[figure.key] = value.value
                    if let unit = figure.unit { figureUnits[figure.key] = unit }
                case .unreadable(let written):
                    rowFault = ReferenceError(.notANumber, row: row, column: figure.column, header: text(headerCells[figure.column]),
                                              detail: written)
                    break rows
                }
            }
            guard let name else {
                if code != nil || !figures.isEmpty {
                    rowFault = ReferenceError(.emptyName, row: row, column: nameColumn.column,
                                              header: text(headerCells[nameColumn.column]))
                    break rows
                }
                continue
            }
            pending.append(ReferenceUnit(name: name, code: code, row: row, figures: figures, figureUnits: figureUnits))
        }
        let workedOut = UnitName.workedOut(pending.map(\.name), rules: nameRules)
        for (unit, unitName) in zip(pending, workedOut) {
            let row = unit.row, code = unit.code
            let exact = TextBytes(unitName.key)
            if let code, let first = rowByCode[code] {
                throw ReferenceError(.duplicateUnit, row: row, column: codeColumn, header: codeColumn.flatMap { text(headerCells[$0]) },
                                     detail: String(first))
            }
            if let first = rowByName[exact] {
                throw ReferenceError(.duplicateUnit, row: row, column: nameColumn.column, header: text(headerCells[nameColumn.column]),
                                     detail: String(first))
            }
            rowByName[exact] = row
            if let code { rowByCode[code] = row }
            units.append(unit)
            names.append(unitName)
        }
        if let rowFault { throw rowFault }
        guard !units.isEmpty else {
            throw ReferenceError(.noUnits, row: header.row, column: nameColumn.column, header: text(headerCells[nameColumn.column]))
        }
        var figureHeaders: [FieldKey: String] = [:]
        for figure in figureColumns { figureHeaders[figure.key] = text(headerCells[figure.column]) }
        var list = ReferenceList(units: units, ignoredColumns: ignored.compactMap { text(headerCells[$0]) },
                                 hasCodes: codeColumn != nil, codeHeader: codeColumn.flatMap { text(headerCells[$0]) },
                                 figureHeaders: figureHeaders)
        list.names = names
        return list
    }
}
