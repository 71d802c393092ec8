import JixiaoForm

/// What `fix` did with one input.
enum FixOutcome: Sendable {
    /// What was done to one form: cells corrected and filled in, findings left for a person.
    struct Counts: Sendable {
        /// The form's sheet when the workbook holds several forms.
        var sheet: String?
        var corrected: Int
        var filled: Int
        var manual: Int
    }

    /// The input, the corrected workbook, one count per form, and the parts of the unit's own workbook that
    /// its copy could not carry, in words.
    case written(String, String, [Counts], uncarried: [String])
    /// The input and why it was left alone.
    case skipped(String, SkipReason)
    case failed(String, String)
}
