import Foundation
import Locking

/// Checks rounds by running the CLI itself as a child process, so the page shows exactly what `jixiao validate`
/// reports for the same files:
///
///     jixiao validate files --json report.json --summary 汇总.xlsx --csv report.csv
///            [--reference reference/<name>] --quiet --force --progress-lines
///
/// run in the round's folder, with `--lang zh`: the summary workbook, the downloads and the Chinese pages are
/// the CLI's Chinese. Once a round's page is asked for in English (``requestEnglish(_:)``), each of its checks is
/// followed by a second run, `jixiao validate files --json report.en.json --lang en [--reference …]`, which gives
/// the English page the CLI's own English: finding messages, unreadable reasons, the 收表情况's findings and the
/// signals. (The CLI renders each message once, in one language, inside its worker processes; the JSON carries
/// no message keys to re-render from, and unreadable reasons are worded by the CLI alone. So English is a
/// second run, made only for rounds someone reads in English and never for the Chinese pages or the benchmark.)
/// Exit 0, 1 and 2 are all a finished check; anything else (a crash, a signal, no
/// executable) is a failed one. One check at a time per round: a check asked for while one runs follows it.
/// When a check finds one unit in files from two uploads, the earlier file is replaced (moved to `replaced/`)
/// and the round checked again.
///
/// ```swift
/// let checker = RoundChecker(store: store, executable: "/usr/local/bin/jixiao")
/// checker.request(id)            // returns at once
/// checker.state(id).phase        // .running, then .done
/// ```
final class RoundChecker: Sendable {
    let store: RoundStore
    /// The `jixiao` executable; nil where none is known (the check then fails, saying so).
    let executable: String?
    private let states = Locked<[String: Entry]>([:])

    private struct Entry {
        var state = CheckState()
        /// Another check is wanted once this one ends.
        var again = false
        /// The round's pages are read in English: each check also writes `report.en.json`.
        var english = false
    }

    init(store: RoundStore, executable: String?) {
        self.store = store
        self.executable = executable
    }

    /// Where the round's check stands: in memory while this server runs, else as `check.json` left it.
    func state(_ id: RoundID) -> CheckState {
        if let entry = states.withLock({ $0[id.value] }) { return entry.state }
        guard let data = try? Data(contentsOf: stateURL(id)),
              let state = try? StoreJSON.decoder.decode(CheckState.self, from: data) else { return CheckState() }
        return state
    }

    /// Starts a check of the round, or marks one to follow the check under way.
    func request(_ id: RoundID) {
        let start = states.withLock { states -> Bool in
            var entry = states[id.value] ?? Entry()
            if entry.state.phase == .running || entry.state.phase == .queued {
                entry.again = true
                states[id.value] = entry
                return false
            }
            entry.state = CheckState(phase: .queued, upload: store.manifest(id)?.uploads ?? 0)
            states[id.value] = entry
            return true
        }
        guard start else { return }
        let thread = Thread { [self] in self.loop(id, checkFiles: true) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The report a page in `language` shows: `report.json`, or for English `report.en.json` while it is not
    /// older than `report.json`; nil where there is none (yet).
    /// The check's report in `language` as the page reads it (``reportURL(_:language:)``); nil before the first
    /// check, or in English before its run. Decoded once per version of the file: the round's page and each
    /// file's page read the same report.
    func report(_ id: RoundID, language: WebLanguage) -> ValidationReportJSON? {
        guard let url = reportURL(id, language: language) else { return nil }
        return reports.value(at: url.path) { try ValidationReportJSON.decode($0) }
    }

    private let reports = DecodedFileCache<ValidationReportJSON>(capacity: 2)

    func reportURL(_ id: RoundID, language: WebLanguage) -> URL? {
        let chinese = store.folder(id).appendingPathComponent("report.json")
        guard language == .en else { return chinese }
        let english = store.folder(id).appendingPathComponent("report.en.json")
        let date = { (url: URL) in (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date }
        guard let written = date(english), let checked = date(chinese), written >= checked else { return nil }
        return english
    }

    /// Marks the round as read in English, and makes its English report now where a finished check has none
    /// that is current (a check under way makes it when its Chinese run ends).
    func requestEnglish(_ id: RoundID) {
        let saved = state(id)
        let stale = reportURL(id, language: .en) == nil
            && FileManager.default.fileExists(atPath: store.folder(id).appendingPathComponent("report.json").path)
        let start = states.withLock { states -> Bool in
            var entry = states[id.value] ?? Entry(state: saved)
            entry.english = true
            defer { states[id.value] = entry }
            guard stale, entry.state.phase == .done else { return false }
            entry.state = CheckState(phase: .queued, upload: entry.state.upload)
            return true
        }
        guard start else { return }
        let thread = Thread { [self] in self.loop(id, checkFiles: false) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Checks every round whose last check was cut short (the server stopped) or is older than its last upload.
    func resumeUnfinished() {
        for (id, manifest) in store.list() where !manifest.files.isEmpty {
            let state = state(id)
            if state.phase == .queued || state.phase == .running || state.upload < manifest.uploads {
                request(id)
            }
        }
    }

    /// Waits until the round's check is no longer queued or running (for tests), at most `timeout` seconds;
    /// returns the state. Suspends rather than sleeps: a blocked thread of the cooperative pool (two on a two-core machine) could
    /// hold up the very requests a check waits behind.
    func wait(_ id: RoundID, timeout: TimeInterval = 300) async -> CheckState {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            let state = state(id)
            if state.phase != .queued && state.phase != .running { return state }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return state(id)
    }

    /// Runs the round's checks until none is wanted: the first checks the files (or, without `checkFiles`, only
    /// makes the English report), every later one both.
    private func loop(_ id: RoundID, checkFiles: Bool) {
        var checkFiles = checkFiles
        while true {
            var (ending, replaced) = run(id, checkFiles: checkFiles)
            checkFiles = true
            ending.finished = Date()
            // The run's end and whether another run follows are one step: a reader never sees `done` between two.
            let again = states.withLock { states -> Bool in
                var entry = states[id.value] ?? Entry()
                let again = entry.again || replaced
                entry.again = false
                entry.state = again ? CheckState(phase: .queued, upload: ending.upload) : ending
                states[id.value] = entry
                return again
            }
            save(ending, for: id)
            if !again { return }
        }
    }

    /// One check of the round: the CLI over its files in Chinese (unless only the English report is wanted), then
    /// in English where the round is read in English. How it ended, and whether it led to files being replaced
    /// (check again).
    private func run(_ id: RoundID, checkFiles: Bool) -> (CheckState, Bool) {
        guard let manifest = store.manifest(id) else { return (CheckState(), false) }
        let english = states.withLock { $0[id.value]?.english ?? false }
        let passes = (checkFiles ? 1 : 0) + (english ? 1 : 0)
        var state = CheckState(phase: .running, total: manifest.files.count * passes, upload: manifest.uploads)
        update(id) { $0 = state }
        guard !manifest.files.isEmpty else {
            state.phase = .none
            return (state, false)
        }
        guard let executable else {
            state.phase = .failed
            state.message = "jixiao executable not found"
            return (state, false)
        }
        var reference: [String] = []
        if let list = manifest.reference { reference = ["--reference", "reference/" + list.storedName] }
        if checkFiles {
            runCLI(executable, ["validate", "files", "--json", "report.json", "--summary", "汇总.xlsx", "--csv", "report.csv",
                                "--quiet", "--force", "--progress-lines", "--lang", "zh"] + reference,
                   id: id, state: &state, passes: passes)
            guard state.phase != .failed else { return (state, false) }
        }
        if english {
            let chinese = state
            runCLI(executable, ["validate", "files", "--json", "report.en.json", "--quiet", "--force", "--progress-lines",
                                "--lang", "en"] + reference, id: id, state: &state, passes: passes)
            // The Chinese run's words on standard error are the ones shown.
            if state.phase != .failed { state.message = chinese.message }
        }
        // Only files of two uploads can replace one another: a round of one upload needs no second read of its
        // report.
        let uploads = Set(manifest.files.map(\.upload)).count
        return (state, checkFiles && uploads > 1 && replaceResubmissions(id, manifest: manifest))
    }

    /// One run of the CLI in the round's folder: its progress counted in `state` after the passes before it
    /// (`passes` runs of the round's files in all), its end in `state.phase` (`.done` for exit 0, 1 or 2).
    private func runCLI(_ executable: String, _ arguments: [String], id: RoundID, state: inout CheckState, passes: Int) {
        let before = state.done
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = store.folder(id)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            state.phase = .failed
            state.message = "\(error)"
            return
        }
        var tail = ""
        var pending = Data()
        let reader = errors.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                if let progress = RoundChecker.progress(line) {
                    state.done = before + progress.done
                    state.total = progress.total * passes
                    let (done, total) = (state.done, state.total)
                    update(id) { $0.done = done; $0.total = total }
                } else {
                    tail = String((tail + line + "\n").suffix(2000))
                }
            }
        }
        process.waitUntilExit()
        let status = process.terminationStatus
        state.status = status
        guard process.terminationReason == .exit, (0...2).contains(status) else {
            state.phase = .failed
            state.message = tail.isEmpty ? "jixiao ended by signal \(status)" : tail
            return
        }
        state.phase = .done
        state.message = tail.isEmpty ? nil : tail
    }

    /// A unit found in files of two uploads keeps the later upload's file: the earlier go to `replaced/`.
    private func replaceResubmissions(_ id: RoundID, manifest: RoundManifest) -> Bool {
        guard let report = report(id, language: .zh) else { return false }
        var byUnit: [String: Set<Int>] = [:]
        let numbers = Dictionary(manifest.files.map { ($0.storedName, $0.number) }) { first, _ in first }
        for file in report.files {
            guard let unit = file.form?.department, !unit.isEmpty,
                  let number = numbers[StoredName.basename(of: file.path)] else { continue }
            byUnit[unit, default: []].insert(number)
        }
        var replacedAny = false
        for numbers in byUnit.values where numbers.count > 1 {
            let files = manifest.files.filter { numbers.contains($0.number) }
            guard let latest = files.map(\.upload).max(), files.contains(where: { $0.upload < latest }) else { continue }
            // Files of the latest upload stay (two of them are the CLI's duplicates to report); earlier ones go.
            let earlier = files.filter { $0.upload < latest }.map(\.number)
            guard let keeper = files.filter({ $0.upload == latest }).map(\.number).max() else { continue }
            if (try? store.replace(earlier, by: keeper, in: id)) != nil { replacedAny = true }
        }
        return replacedAny
    }

    /// `done/total` from a `--progress-lines` line.
    static func progress(_ line: String) -> (done: Int, total: Int)? {
        let parts = line.split(separator: "/")
        guard parts.count == 2, let done = Int(parts[0]), let total = Int(parts[1]) else { return nil }
        return (done, total)
    }

    /// Changes the round's state in memory; the start of a run is saved too (a stop then shows it cut short).
    private func update(_ id: RoundID, _ change: (inout CheckState) -> Void) {
        let state = states.withLock { states -> CheckState in
            var entry = states[id.value] ?? Entry()
            change(&entry.state)
            states[id.value] = entry
            return entry.state
        }
        if state.done == 0 { save(state, for: id) }
    }

    private func save(_ state: CheckState, for id: RoundID) {
        guard FileManager.default.fileExists(atPath: store.folder(id).path),
              let data = try? StoreJSON.encoder.encode(state) else { return }
        try? data.write(to: stateURL(id), options: .atomic)
    }

    private func stateURL(_ id: RoundID) -> URL { store.folder(id).appendingPathComponent("check.json") }
}
