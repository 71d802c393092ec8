import Foundation
import JixiaoTestSupport
import Testing

/// Nothing lost, nothing read twice, as a user runs the built `jixiao`: every output option of every command
/// pointed at an input is refused before any work with the inputs byte for byte as they were; jixiao's own
/// earlier outputs in an input folder are skipped and named; an output that cannot be written says why.
@Suite("Inputs and outputs (end to end)")
struct InputsOutputsTests {
    /// `t/` holding the two example forms, as the issue sets it up, with every file's bytes kept.
    final class Returned {
        let folder = TestFolder()
        let forms: URL
        private var before: [String: Data] = [:]

        init(_ extra: [String] = []) throws {
            forms = folder.file("t")
            try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
            for name in ["huangpu-2021.xlsx", "panyu-2021.xlsx"] {
                try FileManager.default.copyItem(at: Fixtures.form(name), to: forms.appendingPathComponent(name))
            }
            for name in extra {
                try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("outputs/\(name)"),
                                                 to: forms.appendingPathComponent(name))
            }
            before = try snapshot()
        }

        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.subpathsOfDirectory(atPath: folder.url.path) {
                let url = folder.url.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                // A link is recorded as where it leads, so a replaced link shows.
                if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
                    files[name] = Data(("link → " + link).utf8)
                } else if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                    files[name] = try Data(contentsOf: url)
                }
            }
            return files
        }

        /// Every file as it was: same names (no temporary file left), same bytes; `written` aside.
        func unchanged(except written: Set<String> = []) throws -> Bool {
            try snapshot().filter { !written.contains($0.key) } == before
        }

        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(arguments, in: folder.url)
        }
    }

    static let outputOptions = ["--output", "--summary", "--json", "--csv"]

    // MARK: - An output naming an input

    @Test(arguments: outputOptions)
    func validateRefusesAnOutputNamingAnInputDirectlyOrThroughAFolder(_ option: String) throws {
        let returned = try Returned()
        try FileManager.default.createSymbolicLink(atPath: returned.folder.file("link.xlsx").path,
                                                   withDestinationPath: "t/huangpu-2021.xlsx")
        try FileManager.default.linkItem(at: returned.forms.appendingPathComponent("panyu-2021.xlsx"),
                                         to: returned.folder.file("hard.xlsx"))
        let before = try returned.snapshot()
        for (inputs, target, input) in [
            (["t/"], "t/huangpu-2021.xlsx", "t/huangpu-2021.xlsx"),              // found in the folder
            (["t/panyu-2021.xlsx"], "t/panyu-2021.xlsx", "t/panyu-2021.xlsx"),   // named
            (["t/"], "link.xlsx", "t/huangpu-2021.xlsx"),                        // a symbolic link to one
            (["t"], "hard.xlsx", "t/panyu-2021.xlsx"),                           // a hard link to one
            (["t/panyu-2021.xlsx", "t/huangpu-2021.xlsx"], "./t/../t/huangpu-2021.xlsx", "t/huangpu-2021.xlsx"),
        ] {
            let result = try returned.run(["validate"] + inputs + [option, target])
            #expect(result.status == 2, "\(option) \(target)")
            #expect(result.stderr == "无法写出 \(option) \(target)：这是输入文件 \(input)，输入文件从不覆盖；请换一个输出文件名\n")
            #expect(result.stdout.isEmpty, "refused before any file is read")
            #expect(try returned.snapshot() == before)
        }
        let english = try returned.run(["validate", "t/", option, "t/huangpu-2021.xlsx", "--lang", "en"])
        #expect(english.stderr.contains("cannot write \(option) t/huangpu-2021.xlsx: it is the input file t/huangpu-2021.xlsx"))
        #expect(try returned.snapshot() == before)
    }

    @Test func validateRefusesTwoOutputsToOneFile() throws {
        let returned = try Returned()
        let result = try returned.run(["validate", "t/", "--json", "r.json", "--csv", "./t/../r.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("无法写出 --csv ./t/../r.json：与 --json 是同一个文件"))
        #expect(try returned.unchanged())
    }

    @Test func fixRefusesACorrectedNameThatIsAnInputOrTwoInputsSharingOne() throws {
        let returned = try Returned()
        let forms = returned.forms
        // A submission that happens to be called NAME.corrected.xlsx, named and found in a folder.
        try FileManager.default.copyItem(at: Fixtures.form("panyu-2021.xlsx"),
                                         to: forms.appendingPathComponent("huangpu-2021.corrected.xlsx"))
        try FileManager.default.createDirectory(at: returned.folder.file("b"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.form("panyu-2021.xlsx"), to: returned.folder.file("b/huangpu-2021.xlsx"))
        try FileManager.default.createDirectory(at: returned.folder.file("out"), withIntermediateDirectories: true)
        let before = try returned.snapshot()

        for arguments in [["t/huangpu-2021.xlsx", "t/huangpu-2021.corrected.xlsx"], ["t"]] {
            let result = try returned.run(["fix"] + arguments + ["--force"])
            #expect(result.status == 2)
            #expect(result.stderr == "无法写出 t/huangpu-2021.corrected.xlsx：这是输入文件 t/huangpu-2021.corrected.xlsx，输入文件从不覆盖；可用 --out 写到别的文件夹\n")
            #expect(result.stdout.isEmpty)
            #expect(try returned.snapshot() == before)
        }
        let shared = try returned.run(["fix", "t/huangpu-2021.xlsx", "b/huangpu-2021.xlsx", "--out", "out"])
        #expect(shared.status == 2)
        #expect(shared.stderr.contains("无法写出 out/huangpu-2021.corrected.xlsx：b/huangpu-2021.xlsx 与 t/huangpu-2021.xlsx 都会写到这个文件"))
        let outIsAnInput = try returned.run(["fix", "t/huangpu-2021.xlsx", "--out", "t/panyu-2021.xlsx"])
        #expect(outIsAnInput.status == 2)
        #expect(outIsAnInput.stderr.contains("无法写出 --out t/panyu-2021.xlsx：这是一个文件，这里应给出文件夹"))
        #expect(try returned.snapshot() == before)

        // One file named three ways is corrected once.
        try FileManager.default.createSymbolicLink(atPath: returned.folder.file("link.xlsx").path,
                                                   withDestinationPath: "t/panyu-2021.xlsx")
        let once = try returned.run(["fix", "t/panyu-2021.xlsx", "./t/panyu-2021.xlsx", "link.xlsx", "--out", "out"])
        #expect(once.status == 0, "\(once.stderr)")
        #expect(once.stdout.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: returned.folder.file("out/panyu-2021.corrected.xlsx").path))
    }

    /// A refused `fix --out NEW` leaves no `NEW` behind: two inputs sharing a corrected name are found before the
    /// folder is made, and a folder made for a path then refused is removed again. Once nothing is refused the
    /// folder, and the folders above it, are made and written to.
    @Test func aRefusedFixLeavesNoNewOutFolder() throws {
        let returned = try Returned()
        try FileManager.default.createDirectory(at: returned.folder.file("b"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.form("panyu-2021.xlsx"), to: returned.folder.file("b/huangpu-2021.xlsx"))
        let before = try returned.snapshot()
        for out in ["new", "new/sub/folder"] {
            let shared = try returned.run(["fix", "t/huangpu-2021.xlsx", "b/huangpu-2021.xlsx", "--out", out])
            #expect(shared.status == 2)
            #expect(shared.stderr == "无法写出 \(out)/huangpu-2021.corrected.xlsx：b/huangpu-2021.xlsx 与 t/huangpu-2021.xlsx 都会写到这个文件；请分开处理或换用不同的 --out 文件夹\n")
            #expect(shared.stdout.isEmpty)
            #expect(returned.folder.contents == ["b", "t"], "\(out)")
        }
        // `new` is made, then `new/../t/huangpu-2021.xlsx/sub` cannot be: `new` goes again.
        let throughAFile = try returned.run(["fix", "t/huangpu-2021.xlsx", "--out", "new/../t/huangpu-2021.xlsx/sub"])
        #expect(throughAFile.status == 2)
        #expect(throughAFile.stderr == "无法写出 --out new/../t/huangpu-2021.xlsx/sub：路径中有一部分不是文件夹\n")
        #expect(returned.folder.contents == ["b", "t"])
        #expect(try returned.snapshot() == before)

        let written = try returned.run(["fix", "t/huangpu-2021.xlsx", "--out", "new/sub"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.hasPrefix("t/huangpu-2021.xlsx → new/sub/huangpu-2021.corrected.xlsx：更正 "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: returned.folder.file("new/sub").path)
                    == ["huangpu-2021.corrected.xlsx"])
        #expect(try returned.snapshot().filter { $0.key != "new/sub/huangpu-2021.corrected.xlsx" } == before)
    }

    /// Links are compared by device and inode, not by path: a hard link to an input placed in the input folder
    /// under the name an output would take, and a `--out` folder holding a symbolic or hard link under the
    /// corrected name, are the input itself. Each is refused before any form is read, every file as it was.
    @Test func aLinkToAnInputIsTheInputWhereverItIsPlaced() throws {
        let returned = try Returned()
        let forms = returned.forms
        try FileManager.default.linkItem(at: forms.appendingPathComponent("huangpu-2021.xlsx"),
                                         to: forms.appendingPathComponent("huangpu-2021.corrected.xlsx"))
        try FileManager.default.createDirectory(at: returned.folder.file("o"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: returned.folder.file("o/panyu-2021.corrected.xlsx").path,
                                                   withDestinationPath: "../t/panyu-2021.xlsx")
        try FileManager.default.linkItem(at: forms.appendingPathComponent("huangpu-2021.xlsx"),
                                         to: returned.folder.file("o/huangpu-2021.corrected.xlsx"))
        let before = try returned.snapshot()

        for (arguments, output, input) in [
            (["t", "--force"], "t/huangpu-2021.corrected.xlsx", "t/huangpu-2021.corrected.xlsx"),
            (["t/huangpu-2021.xlsx", "--force"], "t/huangpu-2021.corrected.xlsx", "t/huangpu-2021.xlsx"),
            (["t/panyu-2021.xlsx", "--out", "o", "--force"], "o/panyu-2021.corrected.xlsx", "t/panyu-2021.xlsx"),
            (["t/huangpu-2021.xlsx", "--out", "o", "--force"], "o/huangpu-2021.corrected.xlsx", "t/huangpu-2021.xlsx"),
        ] {
            let result = try returned.run(["fix"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "无法写出 \(output)：这是输入文件 \(input)，输入文件从不覆盖；可用 --out 写到别的文件夹\n")
            #expect(result.stdout.isEmpty)
            #expect(try returned.snapshot() == before)
        }
        for option in Self.outputOptions {
            // Only the device and inode tell that the link in t/ is the form named.
            let result = try returned.run(["validate", "t/panyu-2021.xlsx", "t/huangpu-2021.xlsx",
                                           option, "t/huangpu-2021.corrected.xlsx"])
            #expect(result.status == 2)
            #expect(result.stderr == "无法写出 \(option) t/huangpu-2021.corrected.xlsx：这是输入文件 t/huangpu-2021.xlsx，输入文件从不覆盖；请换一个输出文件名\n")
            #expect(result.stdout.isEmpty)
            #expect(try returned.snapshot() == before)
        }
    }

    @Test func fillAndTemplateNeverWriteOverTheirInput() throws {
        let returned = try Returned()
        let report = try returned.run(["validate", "t/huangpu-2021.xlsx", "--format", "json"])
        // Form JSON saved under the name the form it holds would be written to.
        let data = returned.folder.file("广州市黄埔区总工会（广州开发区总工会）-2021.xlsx")
        try Data(report.stdout.utf8).write(to: data)
        let before = try returned.snapshot()
        let fill = try returned.run(["fill", "--data", data.lastPathComponent, "--out", ".", "--force"])
        #expect(fill.status == 2)
        #expect(fill.stderr.contains("这是输入文件 \(data.lastPathComponent)，输入文件从不覆盖"))
        let fillOut = try returned.run(["fill", "--data", data.lastPathComponent, "--out", data.lastPathComponent])
        #expect(fillOut.status == 2)
        #expect(fillOut.stderr.contains("这是一个文件，这里应给出文件夹"))
        let template = try returned.run(["template", "--out", "t"])
        #expect(template.status == 2)
        #expect(template.stderr.contains("无法写出 --out t：这是一个文件夹"))
        let existing = try returned.run(["template", "--out", "t/huangpu-2021.xlsx"])
        #expect(existing.status == 2)
        #expect(existing.stderr.contains("已存在"))
        #expect(try returned.snapshot() == before)
    }

    // MARK: - Earlier outputs in an input folder

    static let earlierOutputs = ["old-summary.xlsx", "summary.libreoffice.xlsx", "old-corrected.xlsx",
                                 "corrected.openpyxl.xlsx", "json-report.xlsx", "csv-report.xlsx"]

    @Test func earlierOutputsInTheFolderAreSkippedAndNamed() throws {
        let returned = try Returned(Self.earlierOutputs)
        try Data("notes".utf8).write(to: returned.forms.appendingPathComponent("说明.txt"))
        let json = try returned.run(["validate", "t", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONDiff.parse(json.stdout) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["path"] as? String } == ["t/huangpu-2021.xlsx", "t/panyu-2021.xlsx"])
        let skipped = try #require(document["skipped"] as? [[String: Any]])
        #expect(skipped.compactMap { $0["path"] as? String } == [
            "t/corrected.openpyxl.xlsx", "t/csv-report.xlsx", "t/json-report.xlsx", "t/old-corrected.xlsx",
            "t/old-summary.xlsx", "t/summary.libreoffice.xlsx", "t/说明.txt"])
        #expect(skipped.compactMap { $0["reason"] as? String } == [
            "corrected-table", "report", "report", "corrected-table", "summary", "summary", "not-a-workbook"])
        #expect(skipped.allSatisfy { ($0["message"] as? String)?.isEmpty == false })
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 2)
        #expect(summary["skipped"] as? Int == 7)

        let text = try returned.run(["validate", "t"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("t/old-summary.xlsx  跳过\n    jixiao 写出的汇总表（validate --summary），不是自评表"))
        #expect(text.stdout.contains("t/json-report.xlsx  跳过\n    jixiao 写出的 JSON 或 CSV 报告，不是工作簿"))
        #expect(!text.stdout.contains("t/说明.txt"), "files that are not workbooks are counted, not listed")
        #expect(text.stdout.hasSuffix(
            "共 2 个文件：1 个通过，1 个有问题，0 个无法读取；错误 0 个，警告 2 个，提示 0 个；跳过 7 个文件（jixiao 的汇总表 2 个，更正表 2 个，报告 2 个，非 Excel 文件 1 个）\n"))
        let english = try returned.run(["validate", "t", "--summary", "s.xlsx", "--lang", "en"])
        #expect(english.stdout.hasPrefix(
            "2 files: 1 ok, 1 with findings, 0 unreadable; 0 errors, 2 warnings, 0 notes; 7 files skipped (jixiao's own: 2 summary workbooks, 2 corrected tables, 2 reports; 1 file that is not a workbook)\n"))
        #expect(try returned.unchanged(except: ["s.xlsx", "t/说明.txt"]))
        #expect(returned.folder.contents == ["s.xlsx", "t"])
    }

    @Test func aFixWithoutOutDoesNotDoubleTheNextRun() throws {
        let returned = try Returned()
        let fix = try returned.run(["fix", "t"])
        #expect(fix.status == 0, "\(fix.stderr)")
        let json = try returned.run(["validate", "t", "--format", "json", "--summary", "t/汇总.xlsx"])
        let document = try #require(try JSONDiff.parse(json.stdout) as? [String: Any])
        #expect((document["files"] as? [Any])?.count == 2)
        let skipped = (document["skipped"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(skipped == ["t/huangpu-2021.corrected.xlsx", "t/panyu-2021.corrected.xlsx"])

        // The summary written into the folder and a corrected table under another name are skipped by the next
        // run; the corrected tables it would write again are its outputs, not its inputs.
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("outputs/corrected.openpyxl.xlsx"),
                                         to: returned.forms.appendingPathComponent("黄埔-更正.xlsx"))
        let again = try returned.run(["fix", "t"])
        #expect(again.status == 2)   // the two corrected tables exist: not replaced without --force
        #expect(again.stderr.components(separatedBy: "已存在").count == 3)
        #expect(again.stdout == """
            t/汇总.xlsx：跳过：jixiao 写出的汇总表（validate --summary），不是自评表
            t/黄埔-更正.xlsx：跳过：jixiao 写出的更正表（fix），不是报送的表，不重复计入；如需校验，请直接指定该文件
            跳过 2 个文件（jixiao 的汇总表 1 个，更正表 1 个）

            """)
        let forced = try returned.run(["fix", "t", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: returned.forms.appendingPathComponent("huangpu-2021.corrected.corrected.xlsx").path))
        #expect(returned.folder.contents == ["t"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: returned.forms.path).sorted() == [
            "huangpu-2021.corrected.xlsx", "huangpu-2021.xlsx", "panyu-2021.corrected.xlsx", "panyu-2021.xlsx",
            "汇总.xlsx", "黄埔-更正.xlsx"])
    }

    /// A 主管部门's workbook of several units' forms, corrected beside itself: the corrected workbook is skipped.
    @Test func aCorrectedWorkbookOfSeveralFormsIsSkippedToo() throws {
        let folder = TestFolder()
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("workbooks/two-units.openpyxl.xlsx"),
                                         to: folder.file("两个单位.xlsx"))
        let fix = try CommandRunner.run(["fix", "."], in: folder.url)
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(folder.contents == ["两个单位.corrected.xlsx", "两个单位.xlsx"])
        let json = try CommandRunner.run(["validate", ".", "--format", "json"], in: folder.url)
        let document = try #require(try JSONDiff.parse(json.stdout) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(Set(files.compactMap { $0["path"] as? String }) == ["./两个单位.xlsx"])
        let skipped = try #require(document["skipped"] as? [[String: Any]])
        #expect(skipped.compactMap { $0["path"] as? String } == ["./两个单位.corrected.xlsx"])
        #expect(skipped.compactMap { $0["reason"] as? String } == ["corrected-table"])
    }

    @Test func nothingToCheckIsExitTwoNamingWhatWasSkipped() throws {
        let folder = TestFolder()
        let documents = folder.file("材料")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data("a".utf8).write(to: documents.appendingPathComponent("a.txt"))
        try Data("%PDF".utf8).write(to: documents.appendingPathComponent("b.pdf"))
        for command in [["validate", "材料"], ["fix", "材料"]] {
            let result = try CommandRunner.run(command, in: folder.url)
            #expect(result.status == 2)
            let reports = command[0] == "validate" ? "，也没有绩效自评报告" : ""
            #expect(result.stderr == "没有可校验的文件：所给的文件夹中没有 .xlsx、.xls 或 .et 工作簿\(reports)；跳过 2 个文件（非 Excel 文件 2 个）：材料/a.txt、材料/b.pdf\n")
        }
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("outputs/old-summary.xlsx"),
                                         to: documents.appendingPathComponent("汇总.xlsx"))
        let onlySummary = try CommandRunner.run(["validate", "材料", "--lang", "en"], in: folder.url)
        #expect(onlySummary.status == 2)
        #expect(onlySummary.stderr.hasSuffix(
            "nothing to check: 3 files skipped (jixiao's own: 1 summary workbook; 2 files that are not workbooks)\n"))
    }

    // MARK: - Outputs that cannot be written

    @Test(arguments: outputOptions)
    func aMissingOrUnwritableFolderIsFoundBeforeAnyFormIsRead(_ option: String) throws {
        let returned = try Returned()
        let name = option == "--summary" ? "r.xlsx" : "r.json"
        for (folder, zh, en) in [("no-such-folder", "文件夹不存在", "the folder does not exist"),
                                 ("/sys", "没有写入权限", "no permission to write there"),
                                 ("t/huangpu-2021.xlsx", "路径中有一部分不是文件夹", "part of the path is not a folder")] {
            let target = folder + "/" + name
            let result = try returned.run(["validate", "t", option, target])
            #expect(result.status == 2)
            #expect(result.stderr == "无法写出 \(option) \(target)：\(zh)\n")
            #expect(result.stdout.isEmpty)
            let english = try returned.run(["validate", "t", option, target, "--lang", "en"])
            #expect(english.stderr == "cannot write \(option) \(target): \(en)\n")
        }
        #expect(try returned.unchanged())
        let template = try returned.run(["template", "--out", "/sys/t.xlsx"])
        #expect(template.status == 2)
        #expect(template.stderr == "无法写出 --out /sys/t.xlsx：没有写入权限\n")
        // sysfs refuses to make a folder with EPERM (as root) or EACCES.
        let fix = try returned.run(["fix", "t", "--out", "/sys/out"])
        #expect(fix.status == 2)
        #expect(["无法写出 --out /sys/out：没有写入权限\n", "无法写出 --out /sys/out：不允许写入（文件夹被锁定或受保护）\n"]
                    .contains(fix.stderr), "\(fix.stderr)")
        #expect(try returned.unchanged())
    }

    @Test func aFullDiskIsNamedAndTheOtherOutputsAreWritten() throws {
        let returned = try Returned()
        let result = try returned.run(["validate", "t", "--json", "/dev/full", "--csv", "r.csv"])
        #expect(result.status == 2)
        #expect(result.stderr == "无法写出 --json /dev/full：磁盘已满\n")
        #expect(result.stdout.contains("CSV已写入 r.csv\n"))
        #expect(!result.stdout.contains("JSON已写入"))
        #expect(try Data(contentsOf: returned.folder.file("r.csv")).starts(with: Array("\u{FEFF}文件,部门,工作表,状态,".utf8)))
        let standardOutput = try returned.run(["validate", "t", "--output", "/dev/full", "--lang", "en"])
        #expect(standardOutput.stderr == "cannot write --output /dev/full: the disk is full\n")
    }

    /// A workbook that fails while libxlsxwriter writes it (here a file-size limit, as a full disk would):
    /// the real reason, no raw `[ERROR]` line of the library, no file under the final name or beside it.
    @Test func aSummaryThatCannotBeWrittenSaysWhyAndLeavesNothing() throws {
        let returned = try Returned()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // dash counts the limit in 512-byte blocks: 4 KB, less than the summary of two forms. ThreadSanitizer's
        // runtime (`make test-tsan`) fills a 512 KB file in $TMPDIR, else $TEST_TMPDIR, at start-up to map over
        // the shadow of read-only memory; cut short by the limit, that mapping faults (SIGBUS) before `main`.
        // With TMPDIR unset and TEST_TMPDIR missing it maps nothing; jixiao's own temporary files go to /tmp.
        process.arguments = ["-c", """
            trap '' XFSZ; ulimit -f 8; exec env -u TMPDIR TEST_TMPDIR=/nonexistent "$0" validate t --summary 汇总.xlsx
            """, CommandRunner.jixiao.path]
        process.currentDirectoryURL = returned.folder.url
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr == "无法写出 --summary 汇总.xlsx：文件超过系统允许的大小\n")
        #expect(!stderr.contains("[ERROR]"))
        #expect(returned.folder.contents == ["t"], "no summary, no temporary file")
        #expect(try returned.unchanged())
    }
}
