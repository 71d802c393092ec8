import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// Old workbooks (Excel 97–2003 `.xls`, WPS `.et`) read through LibreOffice: the built `jixiao` converts each
/// to a temporary `.xlsx` and reads that, so a form saved as `.xls` (by LibreOffice, or written by xlwt)
/// validates like its `.xlsx` original, with the report saying it was converted. With LibreOffice hidden
/// (`JIXIAO_SOFFICE=/nonexistent`) the file is reported unreadable with how to install it. These tests need
/// LibreOffice: `make test` installs it (Scripts/setup.sh --for-tests); without it they fail, saying so.
/// One at a time: each starts LibreOffice, and a dozen at once on a busy machine would pass the time limit.
@Suite("Old .xls and .et workbooks (end to end)", .serialized)
struct LegacyWorkbookTests {
    static let hidden = ["JIXIAO_SOFFICE": "/nonexistent/soffice"]

    /// Fails the test when LibreOffice is missing, rather than skipping it.
    static func requireLibreOffice() throws {
        let places = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/soffice" }
            + ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        try #require(places.contains { FileManager.default.isExecutableFile(atPath: $0) },
                     "LibreOffice (soffice) is not installed: run `make test`, which installs it (Scripts/setup.sh --for-tests)")
    }

    static func legacy(_ name: String) -> String { "Tests/Fixtures/legacy/" + name }

    /// The run's `files` entries from `--format json`, with its exit status. A generous time limit unless one
    /// is given: LibreOffice starting on a machine busy with the rest of the suite is slow.
    static func entries(_ arguments: [String], environment: [String: String] = [:]) throws -> ([[String: Any]], Int32) {
        let limit = arguments.contains("--time-limit") ? [] : ["--time-limit", "120"]
        let result = try CommandRunner.run(["validate"] + arguments + ["--format", "json"] + limit, environment: environment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                    "\(result.stderr)")
        return (try #require(document["files"] as? [[String: Any]]), result.status)
    }

    /// What makes two reports of one form alike: each finding's rule, cell, stated and expected value.
    static func findings(_ entry: [String: Any]) -> [String] {
        ((entry["findings"] as? [[String: Any]]) ?? []).map { finding in
            ["rule", "cell", "stated", "expected"].map { key in
                finding[key].map { $0 is NSNull ? "-" : "\($0)" } ?? "-"
            }.joined(separator: " ")
        }
    }

    static func formText(_ entry: [String: Any]) throws -> String {
        let form = try #require(entry["form"] as? [String: Any])
        return String(decoding: try JSONSerialization.data(withJSONObject: form, options: .sortedKeys), as: UTF8.self)
    }

    @Test(arguments: [
        ("huangpu-2021.libreoffice.xls", "Tests/Fixtures/forms/huangpu-2021.xlsx", "xls"),
        ("huangpu-2021.xlwt.xls", "Tests/Fixtures/forms/huangpu-2021.xlsx", "xls"),
        ("huangpu-2021.wps.et", "Tests/Fixtures/forms/huangpu-2021.xlsx", "et"),
        ("panyu-2021.libreoffice.xls", "Tests/Fixtures/forms/panyu-2021.xlsx", "xls"),
    ])
    func validatesLikeItsOriginal(name: String, original: String, format: String) throws {
        try Self.requireLibreOffice()
        let (converted, convertedStatus) = try Self.entries([Self.legacy(name)])
        let (read, readStatus) = try Self.entries([original])
        let entry = try #require(converted.first)
        let originalEntry = try #require(read.first)
        #expect(convertedStatus == readStatus)
        #expect(entry["status"] as? String == originalEntry["status"] as? String, "\(entry["error"] ?? "")")
        #expect(entry["convertedFrom"] as? String == format)
        #expect(originalEntry["convertedFrom"] == nil)
        #expect(Self.findings(entry) == Self.findings(originalEntry))
        #expect(try Self.formText(entry) == Self.formText(originalEntry))
    }

    @Test func theHuangpuFindingsAreTheSeedsOwn() throws {
        try Self.requireLibreOffice()
        let (entries, status) = try Self.entries([Self.legacy("huangpu-2021.xlwt.xls")])
        #expect(status == 0)
        #expect(Self.findings(try #require(entries.first)) == ["adjustment-amount E6 353.99 -353.99", "indicator-unmet D12 - -"])
    }

    @Test func theTextReportSaysItWasConverted() throws {
        try Self.requireLibreOffice()
        let chinese = try CommandRunner.run(["validate", Self.legacy("panyu-2021.libreoffice.xls")])
        #expect(chinese.stdout.hasPrefix("\(Self.legacy("panyu-2021.libreoffice.xls"))  通过\n    已由 LibreOffice 从 .xls 转换为 .xlsx 后读取\n"))
        #expect(chinese.status == 0)
        let english = try CommandRunner.run(["validate", Self.legacy("huangpu-2021.wps.et"), "--lang", "en"])
        #expect(english.stdout.contains("2 findings\n    converted from .et to .xlsx by LibreOffice before reading\n"))
    }

    @Test func anXLSNamedXLSXIsConvertedByItsContent() throws {
        try Self.requireLibreOffice()
        let folder = TestFolder()
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("legacy/huangpu-2021.xlwt.xls"),
                                         to: folder.file("黄埔区.xlsx"))
        let (entries, _) = try Self.entries([folder.file("黄埔区.xlsx").path])
        let entry = try #require(entries.first)
        #expect(entry["status"] as? String == "findings")
        #expect(entry["convertedFrom"] as? String == "xls")
    }

    @Test func withoutLibreOfficeTheMessageSaysHowToInstallIt() throws {
        let (entries, status) = try Self.entries([Self.legacy("huangpu-2021.libreoffice.xls"), "Tests/Fixtures/forms/huangpu-2021.xlsx"],
                                                 environment: Self.hidden)
        #expect(status == 2)
        #expect(entries.count == 2)
        let legacy = try #require(entries.first { ($0["path"] as? String)?.hasSuffix(".xls") == true })
        #expect(legacy["status"] as? String == "unreadable")
        #expect(legacy["convertedFrom"] == nil)
        let error = try #require(legacy["error"] as? String)
        #expect(error.contains("另存为 .xlsx"))
        #expect(error.contains("sudo apt-get install libreoffice-calc-nogui"))
        // The rest of the run goes on.
        let seed = try #require(entries.first { ($0["path"] as? String)?.hasSuffix(".xlsx") == true })
        #expect(seed["status"] as? String == "findings")
        let english = try CommandRunner.run(["validate", Self.legacy("huangpu-2021.wps.et"), "--lang", "en"], environment: Self.hidden)
        #expect(english.status == 2)
        #expect(english.stdout.contains("install LibreOffice and jixiao converts it itself (Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui"))
    }

    @Test func aFolderWithOldWorkbooksAmongNewOnes() throws {
        try Self.requireLibreOffice()
        let folder = TestFolder()
        let forms = folder.file("回收")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        for (source, name) in [("forms/huangpu-2021.xlsx", "黄埔区.xlsx"), ("legacy/panyu-2021.libreoffice.xls", "番禺区.xls"),
                               ("legacy/huangpu-2021.wps.et", "黄埔区-wps.et"), ("forms/panyu-2021.xlsx", "番禺区-新.xlsx")] {
            try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent(source), to: forms.appendingPathComponent(name))
        }
        let result = try CommandRunner.run(["validate", "回收", "--json", "r.json", "--summary", "s.xlsx"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONDiff.parse(contentsOf: folder.file("r.json")) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["回收/番禺区-新.xlsx", "回收/番禺区.xls", "回收/黄埔区-wps.et", "回收/黄埔区.xlsx"])
        #expect(files.map { $0["convertedFrom"] as? String } == [nil, "xls", "et", nil])
        #expect(files.map { $0["status"] as? String } == ["ok", "ok", "findings", "findings"])
        // The summary lists every file, converted ones among them.
        let summary = try Workbook(contentsOf: folder.file("s.xlsx")).sheets[0]
        let names = summary.cells.filter { $0.reference.column == 0 && $0.reference.row > 0 }
            .compactMap { if case .text(let text) = $0.value { text } else { nil } }
        #expect(Set(names).isSuperset(of: ["回收/番禺区.xls", "回收/黄埔区-wps.et"]))
        // Their 说明 says they were converted (after the rules with findings, when there are any).
        func note(of file: String) throws -> String? {
            let row = try #require(summary.cells.first { $0.reference.column == 0 && $0.value == .text(file) }).reference.row
            let notes = summary.cells.filter { $0.reference.row == row }.compactMap { cell -> String? in
                if case .text(let text) = cell.value, text.contains("LibreOffice") { text } else { nil }
            }
            return notes.first
        }
        #expect(try note(of: "回收/番禺区.xls") == "已由 LibreOffice 从 .xls 转换为 .xlsx 后读取")
        #expect(try note(of: "回收/黄埔区-wps.et")?.hasSuffix("；已由 LibreOffice 从 .et 转换为 .xlsx 后读取") == true)
        #expect(try note(of: "回收/黄埔区.xlsx") == nil)
    }

    @Test func aStuckConversionIsKilledAtTheTimeLimitWithItsChildren() throws {
        let folder = TestFolder()
        let fake = try Self.stuckSoffice(in: folder)
        let childRecord = folder.file("child.pid")
        let temporary = folder.file("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let started = ContinuousClock.now
        let (entries, status) = try Self.entries(
            [Self.legacy("huangpu-2021.libreoffice.xls"), "Tests/Fixtures/forms/panyu-2021.xlsx", "--time-limit", "2"],
            environment: ["JIXIAO_SOFFICE": fake.path, "TMPDIR": temporary.path])
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(status == 2)
        let legacy = try #require(entries.first { ($0["path"] as? String)?.hasSuffix(".xls") == true })
        #expect((legacy["error"] as? String)?.contains("读取超时") == true)
        #expect((legacy["error"] as? String)?.contains("converting with LibreOffice") == true)
        #expect(entries.first { ($0["path"] as? String)?.hasSuffix("panyu-2021.xlsx") == true }?["status"] as? String == "ok")
        // The fake's child went with it, and the conversion's folder is gone.
        #expect(try Self.endsSoon(Self.pid(in: childRecord)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    /// A fake LibreOffice that never finishes: it starts a child (as soffice starts soffice.bin), writes the
    /// child's pid to `child.pid` and waits.
    static func stuckSoffice(in folder: TestFolder) throws -> URL {
        let fake = folder.file("soffice")
        try "#!/bin/sh\nsleep 300 &\necho $! > '\(folder.file("child.pid").path)'\nwait\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        return fake
    }

    static func pid(in file: URL) throws -> Int32 {
        try #require(Int32(try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Whether the process ends (or is a zombie: dead, waiting for whoever adopted it to reap it) within 5 s.
    static func endsSoon(_ pid: Int32) -> Bool {
        for _ in 0..<50 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let state = stat.split(separator: ")").last?.split(separator: " ").first, state != "Z"
            else { return true }
            usleep(100_000)
        }
        return false
    }

    @Test func anInterruptedRunEndsItsConversionsAndRemovesTheirFolders() throws {
        let folder = TestFolder()
        let fake = try Self.stuckSoffice(in: folder)
        let temporary = folder.file("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = CommandRunner.jixiao
        process.arguments = ["validate", Self.legacy("huangpu-2021.libreoffice.xls"), "Tests/Fixtures/forms/panyu-2021.xlsx"]
        process.currentDirectoryURL = Fixtures.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_SOFFICE"] = fake.path
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupted (Ctrl-C) once the conversion is under way.
        var waited = 0
        while !FileManager.default.fileExists(atPath: folder.file("child.pid").path), waited < 200 {
            usleep(100_000)
            waited += 1
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGINT)
        #expect(try Self.endsSoon(Self.pid(in: folder.file("child.pid"))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    @Test func theTemporaryFoldersAreGoneAfterARun() throws {
        try Self.requireLibreOffice()
        let folder = TestFolder()
        let temporary = folder.file("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let result = try CommandRunner.run(["validate", Self.legacy("huangpu-2021.xlwt.xls"), Self.legacy("not-a-workbook.xls"),
                                            Self.legacy("panyu-2021.libreoffice.xls")],
                                           environment: ["TMPDIR": temporary.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("panyu-2021.libreoffice.xls  通过"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    @Test func aDamagedOldWorkbookIsReportedNotReadAsText() throws {
        try Self.requireLibreOffice()
        let result = try CommandRunner.run(["validate", Self.legacy("not-a-workbook.xls"), "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("not-a-workbook.xls: LibreOffice could not convert this old Excel workbook (.xls or .et) to .xlsx"))
    }

    @Test func fixWritesACorrectedXLSXFromAnOldWorkbook() throws {
        try Self.requireLibreOffice()
        let folder = TestFolder()
        let input = Fixtures.root.appendingPathComponent("legacy/huangpu-2021.libreoffice.xls")
        let before = try Data(contentsOf: input)
        let result = try CommandRunner.run(["fix", input.path, "Tests/Fixtures/forms/huangpu-2021.xlsx", "--out", folder.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: input) == before)
        #expect(folder.contents == ["huangpu-2021.corrected.xlsx", "huangpu-2021.libreoffice.corrected.xlsx"])
        // The corrected table of the .xls is the corrected table of the .xlsx: the same findings when checked.
        let (fromOld, _) = try Self.entries([folder.file("huangpu-2021.libreoffice.corrected.xlsx").path])
        let (fromNew, _) = try Self.entries([folder.file("huangpu-2021.corrected.xlsx").path])
        #expect(Self.findings(try #require(fromOld.first)) == Self.findings(try #require(fromNew.first)))
        #expect(try Self.formText(try #require(fromOld.first)) == Self.formText(try #require(fromNew.first)))
        let corrected = try Workbook(contentsOf: folder.file("huangpu-2021.libreoffice.corrected.xlsx"))
        #expect(corrected.sheets.map(\.name).contains("校验结果"))
    }

    @Test func fixWithoutLibreOfficeSaysHowToInstallIt() throws {
        let folder = TestFolder()
        let result = try CommandRunner.run(["fix", Self.legacy("huangpu-2021.xlwt.xls"), "--out", folder.url.path],
                                           environment: Self.hidden)
        #expect(result.status == 2)
        #expect(result.stderr.contains("libreoffice-calc-nogui"))
        #expect(folder.contents == [])
    }

    @Test(arguments: ["huangpu-2021.xlwt.xls", "huangpu-2021.libreoffice.xls"])
    func cellsListsAnOldWorkbookAsItsOriginal(name: String) throws {
        try Self.requireLibreOffice()
        let old = try CommandRunner.run(["cells", Self.legacy(name)])
        let original = try CommandRunner.run(["cells", "Tests/Fixtures/forms/huangpu-2021.xlsx"])
        #expect(old.status == 0, "\(old.stderr)")
        #expect(old.stdout.hasPrefix(Self.legacy(name) + "\n"))
        #expect(old.stdout.split(separator: "\n").dropFirst() == original.stdout.split(separator: "\n").dropFirst())
        #expect(old.stdout.contains("  C5      n  1505.02   [0.00]\n"))
    }
}
