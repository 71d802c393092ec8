import Foundation

/// A value shared between threads, reached only through ``withLock(_:)``, under an `NSLock`.
///
/// It stands where `Synchronization.Mutex` would. On Linux `Mutex` waits on a futex without ThreadSanitizer's
/// annotations, so `make test-tsan` reported accesses under it as races (the idle workers of `WorkerPool` in a
/// bulk run, the results of `BatchRunner`). `NSLock` is a pthread mutex, whose ordering ThreadSanitizer
/// follows. Every module of the package uses this one type (`package` access) for state shared between threads.
///
/// ```swift
/// let counts = Locked<[String: Int]>([:])
/// counts.withLock { $0["黄埔区", default: 0] += 1 }
/// let total = counts.withLock { $0.values.reduce(0, +) }   // 1
/// ```
///
/// The value never leaves the lock by reference; a value `body` returns is the caller's own copy (a class
/// instance returned is shared, as with `Mutex`, and must be safe to share).
///
/// `@usableFromInline`, with ``withLock(_:)`` inlinable, so that each use is specialised in its own module:
/// Swift 6.3 inlines no `@inlinable` member of a `package` type that is not, and an unspecialised `withLock`
/// looked its value's and result's types up at run time on every call.
@usableFromInline
package final class Locked<Value>: @unchecked Sendable {
    @usableFromInline let lock = NSLock()
    @usableFromInline var value: Value

    /// - Parameter value: the value the lock guards from now on.
    package init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` on the value while holding the lock.
    /// - Parameter body: reads or changes the value; it must not call ``withLock(_:)`` on the same lock (the
    ///   lock is not recursive: that call would wait for ever).
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws, after the lock is released.
    @inlinable
    package func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
