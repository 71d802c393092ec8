/// One line of the round's 收表情况: a unit of the list with its status and the entries concerned, or a form of a
/// unit not on the list.
///
/// ```swift
/// let line = outcome.units[5]
/// line.unit          // 5 (the list's sixth unit)
/// line.status        // .duplicate
/// line.counted       // 7: the entry that counts
/// line.entries       // [7, 5]: the counted one first
/// ```
public struct RoundUnit: Sendable, Hashable {
    /// The unit's index in the list; nil for a form of a unit not on the list.
    public var unit: Int?
    public var status: RoundUnitStatus
    /// The entry that counts (the newest, or the one a version word marks); nil when the unit sent no readable form.
    public var counted: Int?
    /// The entries concerned, as indices into the entries accounted: the counted one first, then the other
    /// forms, then unreadable files that seem to be the unit's.
    public var entries: [Int]

    public init(unit: Int?, status: RoundUnitStatus, counted: Int? = nil, entries: [Int] = []) {
        self.unit = unit
        self.status = status
        self.counted = counted
        self.entries = entries
    }
}
