/// Small numbers by cell position ("which cell is at C8", "which merged range covers D12"), answered in
/// constant time.
///
/// A form is a few hundred positions looked up thousands of times while labels are matched, so a dense
/// row-major table over the used rectangle is kept whenever it is not much larger than the entries it will
/// hold; a sparse sheet (one value at XFD1048576) or a position outside the rectangle uses a dictionary.
///
/// ```swift
/// var anchors = PositionMap(rows: 27, columns: 6, expectedEntries: 90)
/// anchors[4, 2] = 17          // C5 → 17
/// anchors[CellReference("C5")!]   // 17
/// anchors[0, 0]               // nil
/// ```
public struct PositionMap: Sendable {
    private var rows: Int
    private var columns: Int
    /// Row-major slots holding value + 1 (0 = nothing), when dense; empty otherwise.
    private var slots: [Int32]
    private var sparse: [CellReference: Int] = [:]

    /// A map for positions in `rows` × `columns` (0-based, from A1), about to receive `expectedEntries` values.
    public init(rows: Int, columns: Int, expectedEntries: Int) {
        let area = max(rows, 0).multipliedReportingOverflow(by: max(columns, 0))
        if !area.overflow && area.partialValue <= max(4 * expectedEntries, 1 << 12) {
            self.rows = max(rows, 0)
            self.columns = max(columns, 0)
            slots = [Int32](repeating: 0, count: area.partialValue)
        } else {
            self.rows = 0
            self.columns = 0
            slots = []
            sparse.reserveCapacity(expectedEntries)
        }
    }

    private var isDense: Bool { !slots.isEmpty }

    public subscript(row: Int, column: Int) -> Int? {
        get {
            guard isDense else { return sparse.isEmpty ? nil : sparse[CellReference(row: row, column: column)] }
            guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
            let slot = slots[row &* columns &+ column]
            return slot == 0 ? nil : Int(slot) - 1
        }
        set {
            if isDense, row >= 0, row < rows, column >= 0, column < columns {
                guard let newValue else {
                    slots[row &* columns &+ column] = 0
                    return
                }
                if newValue >= 0, let slot = Int32(exactly: newValue + 1) {
                    slots[row &* columns &+ column] = slot
                    return
                }
            }
            if isDense { moveToDictionary() }
            sparse[CellReference(row: row, column: column)] = newValue
        }
    }

    public subscript(_ reference: CellReference) -> Int? {
        get { self[reference.row, reference.column] }
        set { self[reference.row, reference.column] = newValue }
    }

    /// Leaves the table for the dictionary: a position outside the rectangle, or a value too large for a slot.
    private mutating func moveToDictionary() {
        for index in slots.indices where slots[index] != 0 {
            sparse[CellReference(row: index / columns, column: index % columns)] = Int(slots[index]) - 1
        }
        slots = []
        rows = 0
        columns = 0
    }
}
