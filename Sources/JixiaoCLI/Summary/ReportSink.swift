import JixiaoForm

/// Receives each report as a bulk run produces it (in path order, a workbook's forms in their order), then the
/// run's totals.
///
/// A sink says what it needs from a report (``configure(_:)``); that is made where the report is made, in a
/// worker process (``ReportRendering``), and the sink gets it ready to write (``add(_:)``). Sinks write as they
/// go and keep nothing per file, so memory stays flat whatever the number of files. ``finish(_:)`` completes
/// and publishes the output (an atomic rename for files); ``discard()`` drops it.
protocol ReportSink: AnyObject {
    /// Asks for the pieces of ``RenderedReport`` this output writes.
    func configure(_ rendering: inout ReportRendering)
    func add(_ report: RenderedReport) throws
    /// - Parameter round: the round accounted for against the reference list (`--reference`); nil without one.
    func finish(_ totals: ValidationSummary, round: RoundReport?) throws
    func discard()
}
