/// jixiao's exit codes, the same for every command, documented in `--help` and the README.
public enum ExitStatus: Int32, Sendable {
    /// Everything read, no finding of severity error.
    case success = 0
    /// Some file has a finding of severity error.
    case findings = 1
    /// Some file could not be read, or the command line was wrong.
    case unreadableOrUsage = 2
}
