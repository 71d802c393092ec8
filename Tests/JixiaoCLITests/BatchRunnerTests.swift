import Foundation
@testable import JixiaoCLI
import JixiaoForm
import Locking
import Testing

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

    @Test func outputsFinishTogetherAndEveryFailureIsReported() {
        final class Output: ReportSink {
            let failure: Error?
            var finished = false
            var discarded = false
            init(failing failure: Error? = nil) { self.failure = failure }
            func configure(_ rendering: inout ReportRendering) {}
            func add(_ report: RenderedReport) throws {}
            func finish(_ totals: ValidationSummary, round: RoundReport?) throws {
                usleep(10_000)
                finished = true
                if let failure { throw failure }
            }
            func discard() { discarded = true }
        }
        let sinks = [Output(), Output(failing: OutputProblem(path: "a.json", reason: .system(EACCES))),
                     Output(failing: OutputProblem(path: "b.csv", reason: .system(ENOSPC))), Output()]
        let targets = [OutputTarget("-"), OutputTarget("a.json", option: "--json"), OutputTarget("b.csv", option: "--csv"),
                       OutputTarget("s.xlsx", option: "--summary")]
        let outputs = RunOutputs(Array(zip(sinks.map { $0 as ReportSink }, targets)))
        let failures = outputs.finish(.zero, language: .zh)
        #expect(failures == ["无法写出 --json a.json：没有写入权限", "无法写出 --csv b.csv：磁盘已满"])
        #expect(sinks.allSatisfy { $0.finished })
        #expect(sinks.map(\.discarded) == [false, true, true, false])
        #expect(outputs.written.map(\.path) == ["-", "s.xlsx"])
        let fine = RunOutputs([(Output(), OutputTarget("-")), (Output(), OutputTarget("x.json", option: "--json"))])
        #expect(fine.finish(.zero, language: .en).isEmpty)
    }

    @Test func aSlowItemHoldsBackAtMostTheWindow() {
        let running = Locked(0)
        let maximumAhead = Locked(0)
        let emittedCount = Locked(0)
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
        #expect(ProgressBar.line(done: 4, total: 300, elapsedSeconds: 10, language: .zh, width: 10)
                == "[..........] 4/300  0.4 个/秒")
    }

    /// No time left is shown until enough files are done and enough time has passed for a steady rate.
    @Test func remainingTimeOnlyOnceItMeansSomething() {
        #expect(ProgressBar.remainingSeconds(done: 0, total: 100, elapsedSeconds: 10) == nil)
        #expect(ProgressBar.remainingSeconds(done: 4, total: 100, elapsedSeconds: 60) == nil)
        #expect(ProgressBar.remainingSeconds(done: 50, total: 100, elapsedSeconds: 2.9) == nil)
        #expect(ProgressBar.remainingSeconds(done: 5, total: 100, elapsedSeconds: 3) == 57)
        #expect(ProgressBar.remainingSeconds(done: 10, total: 100, elapsedSeconds: 4) == 36)
        #expect(ProgressBar.remainingSeconds(done: 99, total: 100, elapsedSeconds: 99) == 1)
        #expect(ProgressBar.remainingSeconds(done: 100, total: 100, elapsedSeconds: 10) == nil)
    }
}
