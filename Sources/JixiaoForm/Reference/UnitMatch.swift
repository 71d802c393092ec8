/// How a form was matched to a unit of a reference list: which unit (its index in ``ReferenceList/units``) and by
/// what.
///
/// ```swift
/// let match = matcher.match(name: "黄埔区总工会", code: nil)
/// match?.unit    // 0
/// match?.kind    // .name
/// ```
public struct UnitMatch: Sendable, Hashable {
    /// How sure the match is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The same 单位编码.
        case code
        /// The same name once normalised: width, brackets, spaces, a 广州市 prefix, a district one name leaves out,
        /// either part of a bracketed alias.
        case name
        /// The one unit whose name is close (a few characters differ, or one name holds the other): for the
        /// officer to confirm.
        case fuzzy
        /// No usable name in the form (or no form: the file could not be read), but the file's name holds the
        /// unit's name, and no other unit's as long.
        case fileName
    }

    /// The unit's index in the list.
    public var unit: Int
    public var kind: Kind

    public init(unit: Int, kind: Kind) {
        self.unit = unit
        self.kind = kind
    }
}
