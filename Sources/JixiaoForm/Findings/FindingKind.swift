/// A finer classification of a finding, where the contract has one: `sign` for an adjustment written
/// with the wrong sign; `title` for a required field read from the title line; `no-total-row` for a
/// required figure of a funds grid that has no total row.
///
/// ```swift
/// FindingKind.sign.rawValue   // "sign"
/// ```
public struct FindingKind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// Only the sign differs from the computed value (353.99 stated, −353.99 computed).
    public static let sign = FindingKind(rawValue: "sign")
    /// The value was taken from the title line, the form having no field of its own for it (a department
    /// named only in the title).
    public static let title = FindingKind(rawValue: "title")
    /// The field is a total of a funds grid that lists its parts and no total row.
    public static let noTotalRow = FindingKind(rawValue: "no-total-row")

    /// Every kind a rule gives (the rule catalog names each, see `RuleCatalog.kindName(_:in:)`).
    package static let all: [FindingKind] = [.sign, .title, .noTotalRow]
}
