import Foundation
import Locking

/// Ends the conversions under way and removes their folders when a run is interrupted (Ctrl-C's `SIGINT`,
/// `SIGTERM`, `SIGHUP`), then lets the signal end the run as it always did. LibreOffice runs in a process
/// group of its own (Foundation starts it so), which the terminal's Ctrl-C does not reach: without this, a
/// stuck conversion would outlive the run and its temporary folder stay behind.
///
/// Installed at a run's first conversion, so a run without old workbooks handles signals as before; a signal
/// the run was started ignoring (`nohup`'s `SIGHUP`) stays ignored.
///
/// ```swift
/// InterruptCleanup.begin(folder: folder.path)
/// defer { InterruptCleanup.end(folder: folder.path) }
/// try process.run()
/// InterruptCleanup.started(process.processIdentifier, folder: folder.path)
/// ```
enum InterruptCleanup {
    /// Each conversion's folder, with LibreOffice's process group once it is started (0 before).
    private static let conversions = Locked<[String: pid_t]>([:])
    /// The signal sources, kept for the run's life; empty until the first conversion.
    private static let sources = Locked<[any DispatchSourceSignal]?>(nil)
    /// Set once a signal has come: the run is ending by it.
    private static let interrupting = Locked(false)

    /// A conversion's folder is made: it is removed should the run be interrupted.
    static func begin(folder: String) {
        installOnce()
        conversions.withLock { $0[folder] = 0 }
    }

    /// LibreOffice started for the conversion in `folder`, leading process group `group`.
    static func started(_ group: pid_t, folder: String) {
        conversions.withLock { $0[folder] = group }
    }

    /// The conversion is over and its folder removed (or about to be, by its owner).
    static func end(folder: String) {
        conversions.withLock { _ = $0.removeValue(forKey: folder) }
    }

    /// Called when a conversion has ended: if it ended because the run was interrupted (its LibreOffice
    /// killed), waits for the signal to end the process, so the run does not go on to report a failure.
    static func holdIfInterrupted() {
        while interrupting.withLock({ $0 }) { sleep(1) }
    }

    private static func installOnce() {
        sources.withLock { sources in
            guard sources == nil else { return }
            sources = [SIGINT, SIGTERM, SIGHUP].compactMap { number in
                var previous = sigaction()
                guard sigaction(number, nil, &previous) == 0,
                      unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == 0   // SIG_DFL
                else { return nil }
                // Ignored, so the source (libdispatch's own handler) hears it rather than the default action
                // ending the process at once.
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { interrupted(by: number) }
                source.resume()
                return source
            }
        }
    }

    /// Kills every LibreOffice under way, removes every conversion's folder, and ends the process by the signal.
    private static func interrupted(by number: Int32) {
        interrupting.withLock { $0 = true }
        let pending = conversions.withLock { $0 }
        let groups = pending.values.filter { $0 > 0 }
        for group in groups { kill(-group, SIGKILL) }
        // A killed process may have been writing into its folder: a moment for it to be gone.
        if !groups.isEmpty { usleep(100_000) }
        for folder in pending.keys { try? FileManager.default.removeItem(atPath: folder) }
        // The default action again, the signal unblocked on this thread (libdispatch blocks it to hear it), and
        // raised here: the process ends by it, as it would have without the cleanup.
        signal(number, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(number)
    }
}
