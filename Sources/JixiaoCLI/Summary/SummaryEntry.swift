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
/// entry.rows?.map(\.kind)   // [.summary]
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
        /// A `HYPERLINK` formula and the text it shows (which names the file).
        case link(String, text: String)
    }

    struct Cell: Equatable {
        var column: Int
        /// ``SummaryStyles/Base/index`` × fills + ``RowFill`` raw value: one prepared format each.
        var style: Int
        var value: Value
    }

    struct Row: Equatable {
        var kind: RowKind
        var cells: [Cell]
    }

    /// The entry being made, or the one received.
    private var wire = WireWriter()
    private var received: ArraySlice<UInt8>?

    init() {}

    /// An entry as it arrived from a worker.
    init(bytes: ArraySlice<UInt8>) {
        received = bytes
    }

    var bytes: ArraySlice<UInt8> { received ?? wire.bytes[...] }

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

    mutating func link(_ formula: String, text: String, column: Int, style: Int) {
        cell(6, column, style)
        wire.text(formula)
        wire.text(text)
    }

    private mutating func cell(_ tag: UInt8, _ column: Int, _ style: Int) {
        wire.byte(tag)
        wire.count(column)
        wire.count(style)
    }

    /// Reads the entry row by row and cell by cell, in writing order, without gathering them first.
    ///
    /// ```swift
    /// var reader = entry.reader
    /// while let kind = reader.nextRow() {
    ///     while let cell = reader.nextCell() { … }
    /// }
    /// if reader.isDamaged { … }
    /// ```
    struct Reader {
        private var wire: WireReader
        /// Whether the bytes are not an entry (cut short, an unknown tag): reading stops there.
        private(set) var isDamaged = false

        fileprivate init(_ bytes: ArraySlice<UInt8>) {
            wire = WireReader(bytes)
        }

        /// The next row's sheet; nil at the end (or when damaged).
        mutating func nextRow() -> RowKind? {
            guard !isDamaged, !wire.isAtEnd else { return nil }
            guard let kind = RowKind(rawValue: wire.byte()) else {
                isDamaged = true
                return nil
            }
            return kind
        }

        /// The row's next cell; nil at its end (or when damaged).
        mutating func nextCell() -> Cell? {
            guard !isDamaged else { return nil }
            let tag = wire.byte()
            if tag == SummaryEntry.endOfRow && !wire.isDamaged { return nil }
            let column = wire.count()
            let style = wire.count()
            let value: Value
            switch tag {
            case 1: value = .blank
            case 2: value = .text(wire.text())
            case 3: value = .double(wire.double())
            case 4: value = .decimal(wire.decimal())
            case 5: value = .integer(wire.integer())
            case 6:
                let formula = wire.text()
                value = .link(formula, text: wire.text())
            default:
                isDamaged = true
                return nil
            }
            guard !wire.isDamaged else {
                isDamaged = true
                return nil
            }
            return Cell(column: column, style: style, value: value)
        }
    }

    var reader: Reader { Reader(bytes) }

    /// Every row at once; nil when the bytes are not an entry.
    var rows: [Row]? {
        var reader = reader
        var rows: [Row] = []
        while let kind = reader.nextRow() {
            var cells: [Cell] = []
            while let cell = reader.nextCell() { cells.append(cell) }
            rows.append(Row(kind: kind, cells: cells))
        }
        return reader.isDamaged ? nil : rows
    }
}
