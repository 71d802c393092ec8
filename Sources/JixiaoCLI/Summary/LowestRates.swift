/// The units with the lowest computed 预算完成率 of a large round, kept as the rates arrive (a bounded list, so
/// memory does not grow with the round): lowest first, a tie in the order the units came.
///
/// ```swift
/// var lowest = LowestRates(limit: 2)
/// lowest.add(0.97, name: "甲", file: "a.xlsx")
/// lowest.add(0.55, name: "乙", file: "b.xlsx")
/// lowest.add(0.80, name: "丙", file: "c.xlsx")
/// lowest.entries.map(\.name)   // ["乙", "丙"]
/// ```
struct LowestRates {
    struct Entry: Equatable {
        var rate: Double
        var name: String
        var file: String
    }

    let limit: Int
    private(set) var entries: [Entry] = []

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    mutating func add(_ rate: Double, name: String, file: String) {
        guard limit > 0, entries.count < limit || rate < entries[entries.count - 1].rate else { return }
        // After every entry with a rate as low or lower: ties keep their order of arrival.
        let position = entries.firstIndex { $0.rate > rate } ?? entries.count
        entries.insert(Entry(rate: rate, name: name, file: file), at: position)
        if entries.count > limit { entries.removeLast() }
    }
}
