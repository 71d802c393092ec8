import Foundation
import JixiaoForm
import XLSXReader

/// `jixiao _worker JOB …`: a worker process of a bulk run (``WorkerPool``), not for people: it is not a
/// subcommand of ``Jixiao`` (so not in `--help`), and its options are read by hand (``init(arguments:)``),
/// which spares each worker ArgumentParser's start-up (about 18 M instructions, three forms' work).
/// It reads paths from the socket on its standard input, does the job on each file and answers on the same
/// socket, until the parent closes it. If a file kills it, the parent reports that file and starts another.
struct WorkerCommand {
    /// The first argument that makes `jixiao` a worker.
    static let name = "_worker"

    enum Job: String {
        case validate, fix
    }

    var job: Job
    /// The parent's ``WorkerPool/buildIdentity()``: a worker of another build (the executable replaced during
    /// the run) does not start, and the parent reads in process.
    var build = ""
    var language = Language.zh
    var maxFileSize: Double = 100
    var timeLimit: Double?
    var json = false
    var csv = false
    var csvKeys = false
    var text = false
    var colour = false
    var summaryFolder: String?
    var summaryUnit = SummaryUnit.tenThousandYuan
    var reference: String?
    var preparedReference: String?
    var feedback = false
    var out: String?
    var force = false
    var layout = CorrectedLayout.own
    /// `--pair TABLE=REPORT`, repeated: a report's table by the report's path.
    var pairs: [String: String] = [:]

    /// The options ``WorkerPool`` passes (after `_worker`); nil for anything else.
    init?(arguments: [String]) {
        guard let first = arguments.first, let job = Job(rawValue: first) else { return nil }
        self.job = job
        var rest = arguments.dropFirst()
        while let option = rest.popFirst() {
            switch option {
            case "--json": json = true
            case "--csv": csv = true
            case "--csv-keys": csvKeys = true
            case "--text": text = true
            case "--colour": colour = true
            case "--force": force = true
            case "--feedback": feedback = true
            default:
                guard let value = rest.popFirst() else { return nil }
                switch option {
                case "--build": build = value
                case "--lang": guard let parsed = Language(rawValue: value) else { return nil }; language = parsed
                case "--max-file-size": guard let parsed = Double(value) else { return nil }; maxFileSize = parsed
                case "--time-limit": guard let parsed = Double(value) else { return nil }; timeLimit = parsed
                case "--summary-folder": summaryFolder = value
                case "--summary-unit": guard let parsed = SummaryUnit(rawValue: value) else { return nil }; summaryUnit = parsed
                case "--reference": reference = value
                case "--reference-prepared": preparedReference = value
                case "--out": out = value
                case "--layout": guard let parsed = CorrectedLayout(rawValue: value) else { return nil }; layout = parsed
                case "--pair":
                    guard let (table, report) = PairOption.parse(value) else { return nil }
                    pairs[ReportPairing.key(report)] = table
                default: return nil
                }
            }
        }
    }

    func run() throws {
        guard build == WorkerPool.buildIdentity() else { throw CommandFailure(message: "", status: .unreadableOrUsage) }
        var readOptions = ReadOptions()
        readOptions.maxFileSize = UInt64(maxFileSize * 1_048_576)
        readOptions.timeLimit = timeLimit.map { .nanoseconds(Int64($0 * 1_000_000_000)) }
        let validator = FormValidator(language: language.messages,
                                      readOptions: job == .fix ? layout.readOptions(readOptions) : readOptions)
        let answer: @Sendable (WorkerRequest) -> [UInt8]
        switch job {
        case .validate:
            let rendering = try ReportRendering(json: json, csv: csv, csvKeys: csvKeys, text: text, colour: colour,
                                                summaryFolder: summaryFolder, summaryUnit: summaryUnit, reference: reference,
                                                preparedReference: preparedReference, feedback: feedback,
                                                language: language)
            let validation = ValidationJob(validator: validator, rendering: rendering, pairs: pairs,
                                           timeLimit: .nanoseconds(Int64((timeLimit ?? 30) * 1_000_000_000)))
            answer = { validation.answer(for: $0) }
        case .fix:
            let fix = FixJob(validator: validator, writer: try FormWorkbookWriter.forCommand(language), layout: layout,
                             language: language, folder: out, overwrite: force)
            answer = { fix.answer(for: $0.path, named: $0.named, converted: $0.converted) }
        }
        let faults = FaultInjection()
        // A file still being read this long after the time limit ends the worker by its own alarm (SIGALRM),
        // which the parent reports as timed out: a worker whose parent is gone never lives on stuck.
        let alarmSeconds = timeLimit.map { UInt32(min(($0 + 2).rounded(.up), 1_000_000)) }
        let channel = WorkerChannel(descriptor: STDIN_FILENO)
        guard channel.send(WorkerProcess.greeting) else { return }
        while case .message(let request) = channel.receive() {
            guard let request = WorkerRequest(bytes: request) else { return }
            if let alarmSeconds { alarm(alarmSeconds) }
            faults.apply(to: request.path)
            let bytes = answer(request)
            alarm(0)
            guard channel.send(bytes) else { return }
        }
    }
}
