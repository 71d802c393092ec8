import Foundation
import Locking
import Testing

/// `Locked` keeps a value whole while threads change it side by side, and hands back what its body returns or
/// throws. Under `make test-tsan` these are also the accesses ThreadSanitizer must see ordered.
@Suite("Locked")
struct LockedTests {
    @Test func threadsChangingOneValueLoseNoChange() {
        let tally = Locked<[Int: Int]>([:])
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for step in 0..<2_000 { tally.withLock { $0[step % 10, default: 0] += thread + 1 } }
        }
        // Each of the 10 keys gets 200 steps from each thread, thread t adding t + 1: 200 × (1 + … + 8).
        #expect(tally.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<10).map { ($0, 200 * 36) }))
    }

    @Test func returnsWhatItsBodyReturns() {
        let names = Locked(["黄埔区"])
        let count = names.withLock { names -> Int in
            names.append("番禺区")
            return names.count
        }
        #expect(count == 2)
        #expect(names.withLock { $0 } == ["黄埔区", "番禺区"])
    }

    struct Refused: Error, Equatable { var reason: String }

    @Test func throwsWhatItsBodyThrowsAndIsFreeAfterwards() {
        let value = Locked(1)
        #expect(throws: Refused(reason: "negative")) {
            try value.withLock { (number: inout Int) throws(Refused) in
                number = 5
                throw Refused(reason: "negative")
            }
        }
        // The change made before the throw stays, and the lock was released: this call does not wait.
        #expect(value.withLock { $0 } == 5)
    }
}
