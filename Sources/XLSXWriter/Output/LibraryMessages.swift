import CXlsxWriter
import Foundation
import Locking
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps libxlsxwriter's own failure lines off the user's screen.
///
/// libxlsxwriter 1.1.4 prints a failure to C's `stderr` before returning its code
/// (`[ERROR] workbook_close(): Error creating '….tmp'. System error = Read-only file system`). The writer turns
/// the code, and the system's `errno`, into an ``XLSXWriterError`` that the program words for its user, so the
/// raw line is only noise naming a temporary file. The calls that can fail that way (creating a workbook or a
/// constant-memory sheet, closing) run inside ``quietly(_:)``: C's `stderr` points at `/dev/null` while at
/// least one such call runs on any thread, and back at the real stream when the last one returns. Swift's own
/// output never goes through C's `stderr` (it uses `FileHandle.standardError`).
///
/// ```swift
/// let result = LibraryMessages.quietly { workbook_close(handle) }
/// ```
enum LibraryMessages {
    private struct State {
        var running = 0
        var saved: UnsafeMutablePointer<FILE>?
        var sink: UnsafeMutablePointer<FILE>?
    }

    private static let state = Locked(State())

    /// Runs `body` with C's `stderr` silenced.
    static func quietly<T>(_ body: () -> T) -> T {
        state.withLock { state in
            if state.running == 0 {
                if state.sink == nil { state.sink = fopen("/dev/null", "w") }
                if let sink = state.sink {
                    state.saved = jixiao_c_stderr()
                    jixiao_set_c_stderr(sink)
                }
            }
            state.running += 1
        }
        defer {
            state.withLock { state in
                state.running -= 1
                if state.running == 0, let saved = state.saved {
                    jixiao_set_c_stderr(saved)
                    state.saved = nil
                }
            }
        }
        return body()
    }
}
