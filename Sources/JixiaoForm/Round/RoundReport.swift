/// A round checked against a reference list, whole: the list (its path as given, its units), what accounting
/// gave (``RoundOutcome``) and the signals for 抽查 (``RoundSignal``). What JSON's `summary.round`, the text
/// report's closing lines, the CSV's round rows and the summary's 收表情况 and 抽查建议 sheets are made from.
///
/// ```swift
/// let round = RoundReport(reference: "名单.xlsx", list: list, outcome: outcome, signals: signals)
/// round.outcome.summary.missing   // 1
/// round.unitName(of: round.outcome.units[0])   // "广州市某某局档案馆"
/// ```
public struct RoundReport: Sendable, Hashable {
    /// The list's path as the command line gave it.
    public var reference: String
    public var list: ReferenceList
    public var outcome: RoundOutcome
    public var signals: [RoundSignal]

    public init(reference: String, list: ReferenceList, outcome: RoundOutcome, signals: [RoundSignal]) {
        self.reference = reference
        self.list = list
        self.outcome = outcome
        self.signals = signals
    }

    /// The list's unit a line is about; nil for a unit not on the list.
    public func listUnit(of line: RoundUnit) -> ReferenceUnit? {
        line.unit.flatMap { list.units.indices.contains($0) ? list.units[$0] : nil }
    }

    /// What a line calls its unit: the list's name, else the form's 部门名称, else the file's path.
    public func unitName(of line: RoundUnit) -> String {
        if let unit = listUnit(of: line) { return unit.name }
        guard let entry = line.counted.map({ outcome.entries[$0] }) else { return "" }
        return entry.department ?? entry.path
    }
}
