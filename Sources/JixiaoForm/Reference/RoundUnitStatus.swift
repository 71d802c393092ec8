/// Where a unit of the list stands in the round, as the 收表情况 sheet and JSON's `summary.round.units` give it:
/// the raw value is what JSON writes; the words are in `Templates/reference.json` (`statusWords`).
///
/// ```swift
/// outcome.units[0].status            // .passed
/// RoundUnitStatus.missing.rawValue    // "missing"
/// ```
public enum RoundUnitStatus: String, Sendable, Hashable, CaseIterable {
    /// One readable form, without findings (已交 · 通过).
    case passed
    /// One readable form, with findings (已交 · 有问题).
    case findings
    /// Files that seem to be the unit's (by their names), none readable (无法读取).
    case unreadable
    /// Nothing from the unit (未交).
    case missing
    /// Two or more readable forms (重复): one counts.
    case duplicate
    /// A form whose unit is not on the list (名单外): listed after the list's units.
    case unknown
}
