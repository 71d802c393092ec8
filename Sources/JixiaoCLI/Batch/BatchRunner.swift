import Foundation
import Locking

/// Runs one piece of work per input on every core and hands the results back in input order.
///
/// Results are emitted as soon as every earlier input is done, so a caller can stream them to a file; at most
/// `window` results wait in memory for a slow file ahead of them, which keeps memory bounded whatever the
/// number of inputs. The work closure must not throw: a bad input is a result like any other.
///
/// ```swift
/// let runner = BatchRunner(workers: 2)
/// runner.run(files, work: { url in validate(url) }) { index, report in
///     print(index, report.status)          // called in order 0, 1, 2, ...
/// }
/// ```
struct BatchRunner: Sendable {
    /// Worker threads; defaults to the active processor count.
    var workers: Int
    /// How many finished results may wait for an earlier, slower one.
    var window: Int

    init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? self.workers * 8)
    }

    /// - Parameters:
    ///   - inputs: the items, in the order results must come out.
    ///   - work: runs on a worker thread, once per item.
    ///   - emit: runs on the calling thread, once per item, in input order.
    func run<Input: Sendable, Output: Sendable>(_ inputs: [Input], work: @escaping @Sendable (Input) -> Output,
                                                 emit: (Int, Output) -> Void) {
        guard !inputs.isEmpty else { return }
        let state = Locked(State<Output>())
        let resultReady = DispatchSemaphore(value: 0)
        let slotFree = DispatchSemaphore(value: window)
        let group = DispatchGroup()
        let inputs = inputs

        for _ in 0..<min(workers, inputs.count) {
            group.enter()
            Thread.detachNewThread {
                while true {
                    slotFree.wait()
                    let index = state.withLock { shared -> Int? in
                        guard shared.nextInput < inputs.count else { return nil }
                        defer { shared.nextInput += 1 }
                        return shared.nextInput
                    }
                    guard let index else {
                        slotFree.signal()
                        break
                    }
                    let output = work(inputs[index])
                    state.withLock { $0.finished[index] = output }
                    resultReady.signal()
                }
                group.leave()
            }
        }

        var nextToEmit = 0
        while nextToEmit < inputs.count {
            resultReady.wait()
            while let output = state.withLock({ $0.finished.removeValue(forKey: nextToEmit) }) {
                emit(nextToEmit, output)
                nextToEmit += 1
                slotFree.signal()
            }
        }
        group.wait()
    }

    /// The next input to hand out and the results waiting to be emitted, shared by the worker threads and the
    /// emitting one (behind `Locked`: ThreadSanitizer follows its lock, not `Synchronization.Mutex`'s).
    private struct State<Output> {
        var nextInput = 0
        var finished: [Int: Output] = [:]
    }
}
