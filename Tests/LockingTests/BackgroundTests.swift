import Foundation
import Locking
import Testing

/// `Background` works its value out on another thread as soon as it is made, and every reader, on any thread,
/// gets that one value.
@Suite("Background")
struct BackgroundTests {
    @Test func theValueIsWorkedOutOnceAndEveryReaderGetsIt() {
        let runs = Locked(0)
        let started = DispatchSemaphore(value: 0)
        let sum = Background { () -> Int in
            started.signal()
            runs.withLock { $0 += 1 }
            return (1...1_000).reduce(0, +)
        }
        // Started without anyone asking for it.
        #expect(started.wait(timeout: .now() + 10) == .success)
        let seen = Locked<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let value = sum.value
            seen.withLock { $0.append(value) }
        }
        #expect(seen.withLock { $0 } == Array(repeating: 500_500, count: 8))
        #expect(runs.withLock { $0 } == 1)
    }

    @Test func aReaderWaitsForWorkStillGoing() {
        let release = DispatchSemaphore(value: 0)
        let value = Background { () -> String in
            release.wait()
            return "黄埔区"
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { release.signal() }
        #expect(value.value == "黄埔区")
    }
}
