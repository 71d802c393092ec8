/// One derived cell that a corrected or filled table writes differently from the submission.
///
/// ```swift
/// change.field          // .adjustment
/// change.original       // "353.99"
/// change.corrected      // .number(-353.99)
/// change.kind           // .corrected
/// ```
public struct CellChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A stated value was wrong and is replaced.
        case corrected
        /// The cell was blank and is filled with the computed value.
        case filled
    }

    /// The field whose cell changes.
    public var field: FieldKey
    public var kind: Kind
    /// The submission's value as it read, nil for a blank cell.
    public var original: FindingValue?
    /// The value written.
    public var corrected: FindingValue
    /// The finding that asked for the change (nil for a blank cell filled in).
    public var finding: Finding?

    public init(field: FieldKey, kind: Kind, original: FindingValue?, corrected: FindingValue, finding: Finding? = nil) {
        self.field = field
        self.kind = kind
        self.original = original
        self.corrected = corrected
        self.finding = finding
    }
}
