/// Counts over a run, as the JSON `summary` gives them (form-model.md §4).
///
/// ```swift
/// let summary = ValidationSummary(reports)
/// summary.errors   // findings of severity error, over all files
/// ```
public struct ValidationSummary: Sendable, Hashable {
    /// Reports: one per file, or one per form of a workbook holding several forms; skipped files are not among
    /// them.
    public var files: Int
    /// Distinct files (paths) the reports come from.
    public var workbooks: Int
    public var ok: Int
    public var withFindings: Int
    public var unreadable: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// The files left out on purpose, by reason (see ``SkipReason``).
    public var skipped: [SkipReason: Int]

    /// How many files were left out on purpose.
    public var skippedCount: Int { skipped.values.reduce(0, +) }

    public init(_ reports: [FileReport]) {
        let read = reports.filter { $0.status != .skipped }
        files = read.count
        workbooks = Set(read.map(\.path)).count
        skipped = [:]
        for reason in reports.compactMap(\.skipReason) { skipped[reason, default: 0] += 1 }
        ok = reports.filter { $0.status == .ok }.count
        withFindings = reports.filter { $0.status == .findings }.count
        unreadable = reports.filter { $0.status == .unreadable }.count
        errors = reports.reduce(0) { $0 + $1.count(.error) }
        warnings = reports.reduce(0) { $0 + $1.count(.warning) }
        infos = reports.reduce(0) { $0 + $1.count(.info) }
    }
}
