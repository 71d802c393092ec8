/// The outcome for one file: `ok` (no finding), `findings` (at least one finding of any severity),
/// `unreadable` (not read at all: not an XLSX, an old .xls, encrypted, damaged, no form found).
public enum FileStatus: String, Sendable, Hashable, CaseIterable {
    case ok, findings, unreadable
}
