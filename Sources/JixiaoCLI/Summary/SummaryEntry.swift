import Foundation

/// What one report adds to the summary workbook: its 汇总 row, its 图表 data row, its 问题清单 rows, each as the
/// cells to write with their styles, in the order they are written. Made by ``SummaryEntryRenderer`` where the
/// report is made (in a worker process, see ``WorkerPool``) and written by ``SummaryWorkbook`` in the parent,
/// which only places the cells: every text, figure and link is settled here.
///
/// Kept as bytes (``WireWriter``'s form), so it crosses from a worker to the parent as it is.
///
/// ```swift
/// var entry = SummaryEntry()
/// entry.begin(.summary)
/// entry.text("a.xlsx", column: 0, style: 0)
/// entry.end()
/// for row in entry.rows { print(row.kind, row.cells.count) }   // summary 1
/// ```
struct SummaryEntry: Sendable, Equatable {
    static func == (left: SummaryEntry, right: SummaryEntry) -> Bool { left.bytes == right.bytes }

    /// The sheet a row goes to.
    enum RowKind: UInt8 {
        case summary = 1, chart, finding
    }

    /// A cell's content.
    enum Value: Equatable {
        /// An empty cell that only carries its style (a row's fill).
        case blank
        case text(String)
        case double(Double)
        /// A figure whose text is too long for a double's route: written through ``XLSXWriter``'s decimal writer.
        case decimal(Decimal)
        case integer(Int)
        /// A `HYPERLINK` formula; its cached text is the workbook's link text.
        case link(String)
    }

    struct Cell: Equatable {
        var column: Int
        /// ``Styles/Base/index`` × fills + ``RowFill`` raw value: one prepared format each.
        var style: Int
        var value: Value
    }

    struct Row: Equatable {
        var kind: RowKind
        var cells: [Cell]
    }

    private(set) var wire = WireWriter()

    init() {}

    init(bytes: [UInt8]) {
        wire.bytes = bytes
    }

    var bytes: [UInt8] { wire.bytes }

    // Tags: 0 ends a row; a cell starts with its value's tag.
    private static let endOfRow: UInt8 = 0

    mutating func begin(_ kind: RowKind) { wire.byte(kind.rawValue) }
    mutating func end() { wire.byte(Self.endOfRow) }

    mutating func blank(column: Int, style: Int) { cell(1, column, style) }

    mutating func text(_ text: String, column: Int, style: Int) {
        cell(2, column, style)
        wire.text(text)
    }

    mutating func double(_ value: Double, column: Int, style: Int) {
        cell(3, column, style)
        wire.double(value)
    }

    mutating func decimal(_ value: Decimal, column: Int, style: Int) {
        cell(4, column, style)
        wire.decimal(value)
    }

    mutating func integer(_ value: Int, column: Int, style: Int) {
        cell(5, column, style)
        wire.integer(value)
    }

    mutating func link(_ formula: String, column: Int, style: Int) {
        cell(6, column, style)
        wire.text(formula)
    }

    private mutating func cell(_ tag: UInt8, _ column: Int, _ style: Int) {
        wire.byte(tag)
        wire.count(column)
        wire.count(style)
    }

    /// The rows in writing order; nil when the bytes are not an entry (cut short, unknown tag).
    var rows: [Row]? {
        var reader = WireReader(wire.bytes)
        var rows: [Row] = []
        while !reader.isAtEnd {
            guard let kind = RowKind(rawValue: reader.byte()) else { return nil }
            var cells: [Cell] = []
            while true {
                let tag = reader.byte()
                if tag == Self.endOfRow || reader.isDamaged { break }
                let column = reader.count()
                let style = reader.count()
                let value: Value
                switch tag {
                case 1: value = .blank
                case 2: value = .text(reader.text())
                case 3: value = .double(reader.double())
                case 4: value = .decimal(reader.decimal())
                case 5: value = .integer(reader.integer())
                case 6: value = .link(reader.text())
                default: return nil
                }
                cells.append(Cell(column: column, style: style, value: value))
            }
            guard !reader.isDamaged else { return nil }
            rows.append(Row(kind: kind, cells: cells))
        }
        return rows
    }
}
