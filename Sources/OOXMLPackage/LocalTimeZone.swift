import Foundation

/// What a program that opens many workbooks should do once, first thing.
package enum LocalTimeZone {
    /// Sets `TZ` to the system zone file when it is unset. Call it before starting any thread (setenv is not
    /// thread-safe).
    ///
    /// libzip converts every entry's DOS time with `mktime` while opening a package, and glibc re-reads
    /// `/etc/localtime` (a `stat`, under a process-wide lock) on every call while `TZ` is unset: ten system calls
    /// for a form of eleven parts, with the workers of a bulk run queuing on that lock. With `TZ` naming the
    /// same file the zone is read once, and local time is what it was.
    ///
    /// ```swift
    /// LocalTimeZone.pin()   // in main, before any reading
    /// ```
    package static func pin() {
        if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
    }
}
