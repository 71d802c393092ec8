import Foundation
import Synchronization

/// A value made on a thread of its own while the caller goes on with other work; ``value`` waits for it.
///
/// ```swift
/// let validator = BackgroundValue { FormValidator() }   // loading templates…
/// let inputs = listFolders()                            // …while the folders are listed
/// validator.value.validate(fileAt: inputs[0])
/// ```
final class BackgroundValue<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let ready = DispatchSemaphore(value: 0)

    /// Starts `make` on a new thread.
    init(_ make: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = make()
            result.withLock { $0 = value }
            ready.signal()
        }
    }

    /// The value, once made.
    var value: Value {
        if let value = result.withLock({ $0 }) { return value }
        ready.wait()
        ready.signal()   // for the next caller
        return result.withLock { $0! }
    }
}
