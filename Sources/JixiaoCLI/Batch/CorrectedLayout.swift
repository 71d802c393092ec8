import ArgumentParser
import XLSXReader

/// The layout `fix` writes a corrected table in: the unit's own workbook changed only in the corrected cells
/// (the default), or the official layout drawn afresh.
///
/// ```swift
/// CorrectedLayout(rawValue: "official")   // .official
/// ```
enum CorrectedLayout: String, CaseIterable, Sendable, ExpressibleByArgument {
    case own
    case official

    /// What reading a submission for this layout needs besides `options`: the unit's own workbook is copied, so
    /// its styled blank cells, its rich-text runs and its package's parts (to name what the copy leaves out) are
    /// read too: what ``ReadOptions/copying`` turns on, kept with the limits of `options`.
    func readOptions(_ options: ReadOptions = ReadOptions()) -> ReadOptions {
        guard self == .own else { return options }
        var reading = options
        reading.keepsStyledBlanks = true
        reading.listsPackageParts = true
        reading.keepsRichText = true
        return reading
    }
}
