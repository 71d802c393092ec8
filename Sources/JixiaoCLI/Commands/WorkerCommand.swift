import ArgumentParser
import Foundation
import JixiaoForm
import XLSXReader

/// `jixiao _worker JOB …`: a worker process of a bulk run (``WorkerPool``), not for people (hidden from
/// `--help`). It reads paths from the socket on its standard input, does the job on each file and answers
/// on the same socket, until the parent closes it. If a file kills it, the parent reports that file and starts
/// another worker.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_worker",
        abstract: "A worker process of a bulk run (internal).",
        shouldDisplay: false)

    enum Job: String, ExpressibleByArgument {
        case validate, fix
    }

    @Argument var job: Job
    /// The parent's ``WorkerPool/buildIdentity()``: a worker of another build (the executable replaced during
    /// the run) does not start, and the parent reads in process.
    @Option var build: String
    @Option var maxFileSize: Double = 100
    @Option var timeLimit: Double?
    @Flag var json = false
    @Flag var csv = false
    @Flag var text = false
    @Flag var colour = false
    @Option var summaryFolder: String?
    @Option var out: String?
    @Flag var force = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard build == WorkerPool.buildIdentity() else { throw ExitCode(3) }
        let language = global.lang
        var readOptions = ReadOptions()
        readOptions.maxFileSize = UInt64(maxFileSize * 1_048_576)
        readOptions.timeLimit = timeLimit.map { .nanoseconds(Int64($0 * 1_000_000_000)) }
        let validator = FormValidator(language: language.messages, readOptions: readOptions)
        let answer: @Sendable (String) -> [UInt8]
        switch job {
        case .validate:
            let rendering = try ReportRendering(json: json, csv: csv, text: text, colour: colour,
                                                summaryFolder: summaryFolder, language: language)
            let validation = ValidationJob(validator: validator, rendering: rendering)
            answer = validation.answer(for:)
        case .fix:
            let fix = FixJob(validator: validator, writer: try FormWorkbookWriter.forCommand(language), language: language,
                             folder: out, overwrite: force)
            answer = fix.answer(for:)
        }
        let faults = FaultInjection()
        // A file still being read this long after the time limit ends the worker by its own alarm (SIGALRM),
        // which the parent reports as timed out: a worker whose parent is gone never lives on stuck.
        let alarmSeconds = timeLimit.map { UInt32(min(($0 + 2).rounded(.up), 1_000_000)) }
        let channel = WorkerChannel(descriptor: STDIN_FILENO)
        guard channel.send(WorkerProcess.greeting) else { return }
        while case .message(let request) = channel.receive() {
            let path = String(decoding: request, as: UTF8.self)
            if let alarmSeconds { alarm(alarmSeconds) }
            faults.apply(to: path)
            let bytes = answer(path)
            alarm(0)
            guard channel.send(bytes) else { return }
        }
    }
}
