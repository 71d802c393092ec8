import Foundation

/// A value worked out on another thread from the moment it is made, and waited for where it is first needed:
/// work a run needs later (at its end) kept off the path to its first result.
///
/// ```swift
/// let matcher = Background { UnitMatcher(list: list, vocabulary: vocabulary) }   // starts now
/// // … other work …
/// matcher.value.match(name: "黄埔区总工会")                                          // waits if still working
/// ```
package final class Background<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Locked<Value?>(nil)

    /// Starts `make` on a global queue.
    package init(_ make: @escaping @Sendable () -> Value) {
        let result = result
        DispatchQueue.global().async(group: done) {
            let value = make()
            result.withLock { $0 = value }
        }
    }

    /// The value, once `make` has returned (the first caller waits for it).
    package var value: Value {
        done.wait()
        // Set before the group was left.
        return result.withLock { $0! }
    }
}
