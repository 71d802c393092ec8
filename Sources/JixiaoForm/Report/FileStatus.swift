/// The outcome for one file: `ok` (no finding), `findings` (at least one finding of any severity),
/// `unreadable` (not read at all: not an XLSX, an old .xls, encrypted, damaged, no form found), `skipped`
/// (left out on purpose, see ``SkipReason``: jixiao's own outputs, files that are not workbooks).
///
/// The JSON report's `files` hold the first three; skipped files are listed apart, under `skipped`.
public enum FileStatus: String, Sendable, Hashable, CaseIterable {
    case ok, findings, unreadable, skipped
}
