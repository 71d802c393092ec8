/// What a column of the summary's 抽查建议 sheet holds: the keys `summary-layout.json` may give its
/// `signalColumns`.
///
/// ```swift
/// SignalColumnKey(rawValue: "message")   // .message
/// ```
public enum SignalColumnKey: String, CaseIterable, Sendable {
    /// `kind` is the signal's kind in words; `units` the units involved; `file` their files.
    case kind, units, file, message
}
