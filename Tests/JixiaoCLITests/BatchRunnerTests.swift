import Foundation
import Synchronization
import Testing
@testable import JixiaoCLI

@Suite("Batch runner and progress")
struct BatchRunnerTests {
    @Test func resultsComeOutInInputOrderWhateverTheScheduling() {
        let inputs = Array(0..<200)
        var emitted: [Int] = []
        BatchRunner(workers: 4).run(inputs, work: { value -> Int in
            // Later items often finish first.
            usleep(UInt32((200 - value) % 7) * 200)
            return value * value
        }) { index, square in
            #expect(square == index * index)
            emitted.append(index)
        }
        #expect(emitted == inputs)
    }

    @Test func aSlowItemHoldsBackAtMostTheWindow() {
        let running = Mutex(0)
        let maximumAhead = Mutex(0)
        let emittedCount = Mutex(0)
        BatchRunner(workers: 3, window: 6).run(Array(0..<40), work: { value -> Int in
            if value == 0 { usleep(100_000) }
            running.withLock { $0 += 1 }
            let ahead = running.withLock { $0 } - emittedCount.withLock { $0 }
            maximumAhead.withLock { $0 = max($0, ahead) }
            return value
        }) { _, _ in
            emittedCount.withLock { $0 += 1 }
        }
        #expect(maximumAhead.withLock { $0 } <= 6)
        #expect(emittedCount.withLock { $0 } == 40)
    }

    @Test func emptyInputDoesNothing() {
        var calls = 0
        BatchRunner().run([Int](), work: { $0 }) { _, _ in calls += 1 }
        #expect(calls == 0)
    }

    @Test func progressLine() {
        #expect(ProgressBar.line(done: 120, total: 300, elapsedSeconds: 4, language: .zh, width: 10)
                == "[####......] 120/300  30.0 个/秒  剩余 6 秒")
        #expect(ProgressBar.line(done: 300, total: 300, elapsedSeconds: 10, language: .en, width: 10)
                == "[##########] 300/300  30.0 files/s")
    }
}
