/// One sheet of a workbook as read: its name, state, cells in file order, merged ranges and layout.
///
/// ```swift
/// let sheet = try Workbook(contentsOf: url).sheets[0]
/// for cell in sheet.cells { print(cell.reference, cell.value.displayText) }
/// sheet.merges.map(\.description)   // ["A1:F1", "A2:F2", ...]
/// sheet.layout.isRowHidden(3)       // whether sheet row 4 is hidden
/// ```
public struct Sheet: Sendable, Hashable {
    public var name: String
    public var state: SheetState
    public var kind: SheetKind
    /// Non-empty cells in the order the file stores them (row by row in every producer seen).
    public var cells: [Cell]
    /// Merged ranges in file order.
    public var merges: [CellRange]
    /// Styled cells that hold nothing (a bordered blank), value ``CellValue/empty`` and no formula, in file order;
    /// kept only when read with ``ReadOptions/keepsStyledBlanks`` (empty otherwise).
    public var styledBlanks: [Cell]
    /// The runs of the cells whose text is rich (pieces in their own fonts), by cell; kept only when read with
    /// ``ReadOptions/keepsRichText`` (empty otherwise). The cells' values hold their whole text as always.
    public var richTexts: [CellReference: [TextRun]]
    /// The workbook's date system, needed to turn serials into dates.
    public var date1904: Bool
    /// What the sheet looks like on screen and on paper: widths, heights, hidden rows and columns, views, print
    /// setup, data validations, comments.
    public var layout: SheetLayout {
        get { layoutBox.layout }
        set { layoutBox = LayoutBox(newValue) }
    }

    /// The layout behind one reference: a layout holds dozens of strings and arrays, and a sheet is copied
    /// wherever it is passed (recognition does so per form), so a copy retains one object instead of each.
    private var layoutBox: LayoutBox

    public init(name: String, state: SheetState = .visible, kind: SheetKind = .worksheet, cells: [Cell] = [],
                merges: [CellRange] = [], date1904: Bool = false, layout: SheetLayout = SheetLayout(),
                styledBlanks: [Cell] = [], richTexts: [CellReference: [TextRun]] = [:]) {
        self.name = name
        self.state = state
        self.kind = kind
        self.cells = cells
        self.merges = merges
        self.date1904 = date1904
        self.styledBlanks = styledBlanks
        self.richTexts = richTexts
        layoutBox = LayoutBox(layout)
    }

    /// The ISO 8601 date a date-formatted number cell shows (`2022-01-01T00:00:00`), nil otherwise.
    public func date(of cell: Cell) -> String? {
        var bytes: [UInt8] = []
        guard cell.appendISODate(date1904: date1904, to: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A random-access view with merged ranges resolved.
    public var grid: Grid { Grid(self) }

    /// A layout in an immutable box, equal and hashed by the layout it holds.
    private final class LayoutBox: Hashable, Sendable {
        let layout: SheetLayout

        init(_ layout: SheetLayout) { self.layout = layout }

        static func == (lhs: LayoutBox, rhs: LayoutBox) -> Bool { lhs === rhs || lhs.layout == rhs.layout }
        func hash(into hasher: inout Hasher) { hasher.combine(layout) }
    }
}
