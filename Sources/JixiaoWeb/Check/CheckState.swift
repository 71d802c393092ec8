import Foundation

/// Where a round's check stands, as the round page's progress endpoint (`/rounds/<id>/status`) reports it and
/// as `check.json` in the round folder keeps it across restarts.
///
/// ```json
/// {"phase": "running", "done": 120, "total": 300, "upload": 2}
/// ```
struct CheckState: Codable, Sendable, Equatable {
    enum Phase: String, Codable, Sendable {
        /// Never checked (no file yet).
        case none
        /// Waiting for the check before it to end.
        case queued
        case running
        /// The CLI ran to its end (exit 0, 1 or 2): report.json and the rest are the round's results.
        case done
        /// The CLI crashed or could not be started: ``message`` says how.
        case failed
    }

    var phase: Phase = .none
    var done = 0
    var total = 0
    /// The upload count of the round when this check started: a later upload needs another.
    var upload = 0
    /// The CLI's exit status once done.
    var status: Int32?
    /// Why a check failed (the CLI's last words on standard error).
    var message: String?
    var finished: Date?
}
