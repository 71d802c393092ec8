/// The round in five numbers, as JSON's `summary.round` gives them.
///
/// ```swift
/// outcome.summary.expected     // 5: units on the list
/// outcome.summary.submitted    // 4: units with at least one readable form
/// outcome.summary.missing      // 1
/// outcome.summary.duplicates   // 1: units with more than one form
/// outcome.summary.unknown      // 1: forms whose unit is not on the list
/// ```
public struct RoundSummary: Sendable, Hashable {
    public var expected: Int
    public var submitted: Int
    public var missing: Int
    public var duplicates: Int
    public var unknown: Int

    public init(expected: Int = 0, submitted: Int = 0, missing: Int = 0, duplicates: Int = 0, unknown: Int = 0) {
        self.expected = expected
        self.submitted = submitted
        self.missing = missing
        self.duplicates = duplicates
        self.unknown = unknown
    }
}
