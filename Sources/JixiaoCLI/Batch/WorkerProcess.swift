import Foundation

/// One worker process: this same executable run as `jixiao _worker …` (see ``WorkerCommand``), which reads the
/// files it is sent one at a time and answers each over a socket. If reading a file kills it (a trap inside a
/// library, a signal) or it does not answer in time, only that file is lost: the parent reports it and starts
/// another worker.
///
/// ```swift
/// guard let worker = WorkerProcess.start(executable: path, arguments: ["_worker", "validate"]) else { … }
/// switch worker.ask(Array("a.xlsx".utf8), within: .seconds(33)) {
/// case .answer(let bytes): …
/// case .timedOut: …                  // killed after the time limit
/// case .ended(let ending): …         // it crashed or exited: ending.signal, ending.exitStatus
/// }
/// worker.stop()
/// ```
final class WorkerProcess: Sendable {
    let pid: pid_t
    private let channel: WorkerChannel

    /// The first message a worker sends, once it is ready for files; anything else means it is not a worker
    /// of this build.
    static let greeting = Array("jixiao-worker 1".utf8)

    private init(pid: pid_t, channel: WorkerChannel) {
        self.pid = pid
        self.channel = channel
    }

    enum Outcome {
        case answer([UInt8])
        /// No answer in the time allowed: the worker was killed (and reaped).
        case timedOut
        /// The worker ended (and was reaped) before answering: how.
        case ended(Ending)
    }

    /// Starts a worker and waits for its greeting.
    /// - Parameters:
    ///   - executable: the program (this executable, see ``WorkerPool/executable``).
    ///   - arguments: its arguments after the program name.
    ///   - startLimit: how long it may take to get ready.
    /// - Returns: nil when it cannot be started or does not greet (then the caller reads in process).
    static func start(executable: String, arguments: [String], startLimit: Duration = .seconds(120)) -> WorkerProcess? {
        var sockets: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &sockets) == 0 else {
            return nil
        }
        let (parentEnd, childEnd) = (sockets[0], sockets[1])
        guard let pid = spawn(executable, arguments, channel: childEnd) else {
            close(parentEnd)
            close(childEnd)
            return nil
        }
        close(childEnd)
        let worker = WorkerProcess(pid: pid, channel: WorkerChannel(descriptor: parentEnd))
        guard worker.channel.receive(within: startLimit) == .message(greeting) else {
            worker.kill()
            return nil
        }
        return worker
    }

    /// Runs `executable` with the child's end of the socket as its standard input, standard output and error
    /// on `/dev/null` (a dying worker's own messages are not the user's), no other descriptor of the parent,
    /// default signal handling, and Swift's crash backtracer off (it would spend seconds on a trap the parent
    /// reports anyway).
    private static func spawn(_ executable: String, _ arguments: [String], channel: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, channel, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        _ = closeFrom?(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGALRM, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        return status == 0 ? pid : nil
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift does not import: looked
    /// up by name, and left out where the C library lacks it (the parent's own descriptors are close-on-exec).
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// Sends one request and waits for its answer, at most `limit` (nil: as long as it takes). When the worker dies, exits, or is still
    /// busy at the limit (then it is killed), it is reaped and the outcome says so.
    func ask(_ request: [UInt8], within limit: Duration?) -> Outcome {
        if channel.send(request) {
            switch channel.receive(within: limit) {
            case .message(let answer): return .answer(answer)
            case .timedOut:
                kill()
                return .timedOut
            case .closed: break
            }
        }
        close(channel.descriptor)
        return .ended(waitForExit())
    }

    /// Closes the worker's socket, which ends it, and reaps it.
    func stop() {
        close(channel.descriptor)
        _ = waitForExit()
    }

    /// Ends the worker at once and reaps it.
    func kill() {
        Glibc.kill(pid, SIGKILL)
        stop()
    }

    /// How a process ended: by a signal, or with an exit status.
    struct Ending: CustomStringConvertible {
        var signal: Int32?
        var exitStatus: Int32?

        var description: String {
            if let signal { return Self.signalName(signal) }
            return "exit status \(exitStatus ?? -1)"
        }

        static func signalName(_ signal: Int32) -> String {
            let names: [Int32: String] = [
                SIGILL: "SIGILL", SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
                SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP", SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM",
                SIGINT: "SIGINT", SIGHUP: "SIGHUP", SIGSYS: "SIGSYS", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ",
            ]
            return names[signal] ?? "signal \(signal)"
        }
    }

    private func waitForExit() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return Ending(exitStatus: -1) }
        }
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which Swift does not import.
        let signal = status & 0x7F
        if signal != 0 && signal != 0x7F { return Ending(signal: signal) }
        return Ending(exitStatus: (status >> 8) & 0xFF)
    }
}
