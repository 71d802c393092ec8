import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// A bulk run survives the death of one file's reading: the built `jixiao`, with the test-only fault hooks
/// (`JIXIAO_TEST_CRASH_ON`, `JIXIAO_TEST_HANG_ON`, read by worker processes only) making chosen files kill or
/// hang their worker. Every other result is kept, in path order; the file is reported unreadable with the
/// reason; no worker is left behind.
@Suite("Worker processes (end to end)")
struct WorkerProcessTests {
    /// A folder `forms/` of good and bad forms, plus `names` copied from the huangpu form.
    static func folder(extra names: [String], function: String = #function) throws -> TestFolder {
        let folder = TestFolder(function)
        let forms = folder.file("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        for source in ["forms/huangpu-2021.xlsx", "forms/panyu-2021.xlsx", "forms/blank-form.xlsx",
                       "variants/wrong-rates.openpyxl.xlsx", "hostile/truncated.xlsx"] {
            try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent(source),
                                             to: forms.appendingPathComponent((source as NSString).lastPathComponent))
        }
        for name in names {
            try FileManager.default.copyItem(at: Fixtures.form("huangpu-2021.xlsx"), to: forms.appendingPathComponent(name))
        }
        return folder
    }

    static func json(_ folder: TestFolder, _ name: String = "r.json") throws -> [[String: Any]] {
        let document = try #require(try JSONDiff.parse(contentsOf: folder.file(name)) as? [String: Any])
        return try #require(document["files"] as? [[String: Any]])
    }

    /// The 汇总 sheet's column A (the file) below the header.
    static func summaryFiles(_ folder: TestFolder) throws -> [String] {
        let sheet = try Workbook(contentsOf: folder.file("s.xlsx")).sheets[0]
        return sheet.cells.filter { $0.reference.column == 0 && $0.reference.row > 0 }
            .sorted { $0.reference.row < $1.reference.row }
            .compactMap { if case .text(let text) = $0.value { text } else { nil } }
    }

    /// Processes whose command line mentions `marker` (workers carry the summary's folder in theirs).
    static func processes(mentioning marker: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let bytes = commandLine(of: pid) else { return false }
            return String(decoding: bytes.map { $0 == 0 ? 32 : $0 }, as: UTF8.self).contains(marker)
        }
    }

    /// The bytes of `/proc/PID/cmdline`, nil once the process is gone. Read with `open`/`read`:
    /// `FileManager.contents(atPath:)` (FoundationEssentials) leaks its 4 KB buffer when reading a zero-size
    /// procfs file fails, as it does for a process that ends between the listing and the read, and
    /// LeakSanitizer (`make test-asan`) reports every one.
    static func commandLine(of pid: Int32) -> [UInt8]? {
        let descriptor = open("/proc/\(pid)/cmdline", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return count == 0 ? bytes : nil }
            bytes += buffer[..<count]
        }
    }

    @Test func aFileThatKillsItsWorkerIsReportedAndEveryOtherResultKept() throws {
        let folder = try Self.folder(extra: ["crash-me.xlsx"])
        let clean = try CommandRunner.run(["validate", "forms", "--summary", "clean.xlsx", "--json", "clean.json"], in: folder.url,
                                          environment: ["JIXIAO_TEST_CRASH_ON": "no-such-name"])
        #expect(clean.status == 2)   // truncated.xlsx is unreadable in any case
        let result = try CommandRunner.run(["validate", "forms", "--summary", "s.xlsx", "--json", "r.json"], in: folder.url,
                                           environment: ["JIXIAO_TEST_CRASH_ON": "crash-me"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("共 6 个文件：1 个通过，3 个有问题，2 个无法读取"))
        let files = try Self.json(folder)
        #expect(files.map { $0["path"] as? String } == ["forms/blank-form.xlsx", "forms/crash-me.xlsx", "forms/huangpu-2021.xlsx",
                                                         "forms/panyu-2021.xlsx", "forms/truncated.xlsx",
                                                         "forms/wrong-rates.openpyxl.xlsx"])
        let crashed = files[1]
        #expect(crashed["status"] as? String == "unreadable")
        #expect(crashed["error"] as? String
                == "forms/crash-me.xlsx：读取此文件时程序异常终止，文件可能已损坏，请让报送单位重新发送 [详情: SIGILL]")
        #expect(crashed["form"] is NSNull)
        // Every other file's entry is what a run without the crash gives.
        let cleanFiles = try Self.json(folder, "clean.json").filter { $0["path"] as? String != "forms/crash-me.xlsx" }
        #expect(cleanFiles.count == 5)
        for entry in cleanFiles {
            let same = try #require(files.first { $0["path"] as? String == entry["path"] as? String })
            #expect(NSDictionary(dictionary: same).isEqual(to: entry), "\(entry["path"] ?? "")")
        }
        #expect(try Self.summaryFiles(folder) == files.compactMap { $0["path"] as? String })
        #expect(Self.processes(mentioning: folder.url.path).isEmpty)

        let english = try CommandRunner.run(["validate", "forms/crash-me.xlsx", "forms/panyu-2021.xlsx", "--lang", "en"],
                                            in: folder.url, environment: ["JIXIAO_TEST_CRASH_ON": "crash-me"])
        #expect(english.status == 2)
        #expect(english.stdout.contains(
            "forms/crash-me.xlsx: reading this file made the program stop abnormally; the file may be damaged, ask the sender for a new copy [detail: SIGILL]"))
        #expect(english.stdout.contains("forms/panyu-2021.xlsx  ok"))
        #expect(english.stderr.contains("1 file unreadable"))
    }

    /// A real file that traps FoundationXML (an invalid UTF-8 byte in an element name, made by
    /// `Tests/Fixtures/trapping/make_trapping.py`): the run writes its summary and JSON with every file,
    /// whether the reader refuses the file itself or its worker dies on it.
    @Test func aRealTrappingFileLosesOnlyItself() throws {
        let folder = try Self.folder(extra: [])
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("trapping/element-name-invalid-utf8.xlsx"),
                                         to: folder.file("forms/element-name-invalid-utf8.xlsx"))
        let result = try CommandRunner.run(["validate", "forms", "--summary", "s.xlsx", "--json", "r.json"], in: folder.url)
        #expect(result.status == 2)
        let files = try Self.json(folder)
        #expect(files.count == 6)
        let trapping = try #require(files.first { $0["path"] as? String == "forms/element-name-invalid-utf8.xlsx" })
        #expect(trapping["status"] as? String == "unreadable")
        #expect((trapping["error"] as? String)?.hasPrefix("forms/element-name-invalid-utf8.xlsx：") == true)
        #expect(files.filter { $0["status"] as? String == "unreadable" }.count == 2)   // and truncated.xlsx
        #expect(try Self.summaryFiles(folder).count == 6)
    }

    /// Even a single file: the run reports it rather than dying with it.
    @Test func aSingleFileThatKillsItsWorker() throws {
        let folder = try Self.folder(extra: ["crash-me.xlsx"])
        let result = try CommandRunner.run(["validate", "forms/crash-me.xlsx", "--format", "csv", "--csv-keys"], in: folder.url,
                                           environment: ["JIXIAO_TEST_CRASH_ON": "crash-me"])
        #expect(result.status == 2)
        #expect(result.stdout == """
            path,status,severity,rule,field,sheet,cell,stated,expected,kind,message
            forms/crash-me.xlsx,unreadable,,,,,,,,,forms/crash-me.xlsx：读取此文件时程序异常终止，文件可能已损坏，请让报送单位重新发送 [详情: SIGILL]

            """)
    }

    @Test func severalFilesThatKillTheirWorkers() throws {
        let folder = try Self.folder(extra: ["crash-1.xlsx", "crash-2.xlsx", "crash-3.xlsx", "z-good.xlsx"])
        let result = try CommandRunner.run(["validate", "forms", "--summary", "s.xlsx", "--json", "r.json", "--csv", "r.csv"],
                                           in: folder.url, environment: ["JIXIAO_TEST_CRASH_ON": "crash-"])
        #expect(result.status == 2)
        let files = try Self.json(folder)
        #expect(files.count == 9)
        let statuses = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as? String ?? "", $0["status"] as? String ?? "") })
        for name in ["crash-1", "crash-2", "crash-3", "truncated"] { #expect(statuses["forms/\(name).xlsx"] == "unreadable") }
        #expect(statuses["forms/z-good.xlsx"] == "findings")
        #expect(statuses["forms/huangpu-2021.xlsx"] == "findings")
        #expect(statuses["forms/panyu-2021.xlsx"] == "ok")
        #expect(try Self.summaryFiles(folder).count == 9)
        let csv = try String(contentsOf: folder.file("r.csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "[详情: SIGILL]").count == 4)
        #expect(Self.processes(mentioning: folder.url.path).isEmpty)
    }

    /// A worker stuck past the time limit is ended and its file reported as timed out; while it is stuck the
    /// worker that crashed before it has been reaped (no zombie), and after the run no worker is left.
    @Test func aWorkerStuckPastTheTimeLimitIsEnded() throws {
        let folder = try Self.folder(extra: ["a-crash.xlsx", "hang-me.xlsx"])
        let process = Process()
        process.executableURL = CommandRunner.jixiao
        process.arguments = ["validate", "forms", "--summary", "s.xlsx", "--json", "r.json", "--time-limit", "1", "--lang", "en"]
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_TEST_CRASH_ON"] = "a-crash"
        environment["JIXIAO_TEST_HANG_ON"] = "hang-me"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        // Children of the run, by state, once a worker is stuck in the hanging file.
        var sawStuckWorker = false
        var zombies: [String] = []
        while process.isRunning && Date().timeIntervalSince(start) < 20 {
            let children = Self.children(of: process.processIdentifier)
            if children.contains(where: { $0.state == "S" }) && Date().timeIntervalSince(start) > 1.5 {
                sawStuckWorker = true
                zombies = children.filter { $0.state == "Z" }.map(\.pid)
                break
            }
            usleep(100_000)
        }
        process.waitUntilExit()
        let elapsed = Date().timeIntervalSince(start)
        #expect(sawStuckWorker)
        #expect(zombies.isEmpty)
        #expect(process.terminationStatus == 2)
        #expect(elapsed < 15)
        let files = try Self.json(folder)
        #expect(files.count == 7)
        let hung = try #require(files.first { $0["path"] as? String == "forms/hang-me.xlsx" })
        #expect(hung["status"] as? String == "unreadable")
        #expect(hung["error"] as? String
                == "forms/hang-me.xlsx: reading took longer than the time limit; the file was skipped [detail: limit 1.0 seconds]")
        let crashed = try #require(files.first { $0["path"] as? String == "forms/a-crash.xlsx" })
        #expect((crashed["error"] as? String)?.hasSuffix("[detail: SIGILL]") == true)
        #expect(files.filter { $0["status"] as? String != "unreadable" }.count == 4)
        #expect(Self.processes(mentioning: folder.url.path).isEmpty)
    }

    /// `/proc/*/stat` of the processes whose parent is `parent`: pid and state letter.
    static func children(of parent: Int32) -> [(pid: String, state: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int32($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            // "pid (name) state ppid ...": the name may hold spaces, so read after its closing parenthesis.
            guard let close = text.range(of: ")", options: .backwards) else { return nil }
            let fields = text[close.upperBound...].split(separator: " ")
            guard fields.count > 1, Int32(fields[1]) == parent else { return nil }
            return (pid, String(fields[0]))
        }
    }

    @Test func fixGoesOnPastAFileThatKillsItsWorker() throws {
        let folder = try Self.folder(extra: ["crash-me.xlsx"])
        let result = try CommandRunner.run(["fix", "forms", "--out", "out"], in: folder.url,
                                           environment: ["JIXIAO_TEST_CRASH_ON": "crash-me"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("forms/crash-me.xlsx：读取此文件时程序异常终止，文件可能已损坏，请让报送单位重新发送 [详情: SIGILL]"))
        #expect(result.stdout.contains("forms/huangpu-2021.xlsx → out/huangpu-2021.corrected.xlsx：更正 1 处"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path).sorted()
        #expect(written == ["blank-form.corrected.xlsx", "huangpu-2021.corrected.xlsx", "panyu-2021.corrected.xlsx",
                            "wrong-rates.openpyxl.corrected.xlsx"])
    }

    /// The hidden worker command is not shown to people.
    @Test func theWorkerCommandIsHidden() throws {
        let help = try CommandRunner.run(["--help"])
        #expect(!help.stdout.contains("_worker"))
        #expect(help.stdout.contains("validate"))
    }
}
