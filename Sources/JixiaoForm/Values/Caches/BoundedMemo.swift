import Locking

/// Results already worked out, shared by the threads of a bulk run: labels, indicator texts and names recur
/// from form to form, so each is worked out once. Bounded: only the keys `keeps` accepts are stored (short
/// texts), and a full table is emptied, so memory stays small whatever the run.
///
/// ```swift
/// let memo = BoundedMemo<String, String>(capacity: 20_000, keeps: { $0.utf8.count <= 192 })
/// let label = memo.value(for: raw) { normaliseAnew(raw) }
/// ```
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let table = Locked<[Key: Value]>([:])
    private let capacity: Int
    private let keeps: @Sendable (Key) -> Bool

    init(capacity: Int, keeps: @escaping @Sendable (Key) -> Bool = { _ in true }) {
        self.capacity = capacity
        self.keeps = keeps
    }

    /// The stored value for `key`, or what `make` gives (worked out outside the lock, then stored).
    func value(for key: Key, orMake make: () -> Value) -> Value {
        guard keeps(key) else { return make() }
        if let known = table.withLock({ $0[key] }) { return known }
        let value = make()
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }
}
