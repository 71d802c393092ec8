/// What accounting for a round gave: the entries accounted, each unit's line of the 收表情况, the round's own
/// findings and its summary.
///
/// ```swift
/// let outcome = accounting.account(entries, modified: dates)
/// outcome.units[2].status     // .duplicate
/// outcome.units[2].counted    // 4: the entry that counts for the list's third unit
/// outcome.summary.missing     // 1
/// ```
public struct RoundOutcome: Sendable, Hashable {
    /// The entries given, in their order.
    public var entries: [RoundEntry]
    /// The list's units in the list's order, then a line per form of a unit not on the list.
    public var units: [RoundUnit]
    /// The round findings: missing and duplicate submissions in the list's order, then unknown units in the
    /// entries' order.
    public var findings: [RoundFinding]
    public var summary: RoundSummary

    public init(entries: [RoundEntry], units: [RoundUnit], findings: [RoundFinding], summary: RoundSummary) {
        self.entries = entries
        self.units = units
        self.findings = findings
        self.summary = summary
    }

    /// For each unit (by index in the list) that returned a readable form, the entry that counts.
    public var counted: [Int: Int] {
        Dictionary(uniqueKeysWithValues: units.compactMap { line in line.unit.flatMap { unit in line.counted.map { (unit, $0) } } })
    }

    /// A line's other readable forms (a duplicate's files that do not count), as entry indices.
    public func others(of line: RoundUnit) -> [Int] {
        line.entries.filter { $0 != line.counted && entries[$0].isReadable }
    }

    /// A line's files that could not be read, as entry indices.
    public func unreadable(of line: RoundUnit) -> [Int] {
        line.entries.filter { entries[$0].status == .unreadable }
    }

    /// The round findings about a line: its unit's (missing, duplicate), or, for a form of a unit not on the
    /// list, that form's.
    public func findings(of line: RoundUnit) -> [RoundFinding] {
        findings.filter { item in
            line.unit != nil ? item.unit == line.unit : item.unit == nil && item.forms.first == line.counted
        }
    }
}
