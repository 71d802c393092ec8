import Foundation
import Hummingbird
import HummingbirdTesting
@testable import JixiaoWeb
import JixiaoTestSupport
import Testing

/// A round made through the page: files, a .zip and a reference list uploaded, checked by the CLI as a child
/// process, and the page's report the same as the CLI's own for the same files.
@Suite("Web: rounds uploaded and checked")
struct RoundUploadTests {
    static let huangpu = Fixtures.form("huangpu-2021.xlsx")
    static let panyu = Fixtures.form("panyu-2021.xlsx")
    static let web = Fixtures.root.appendingPathComponent("web")
    static let referenceList = Fixtures.packageRoot.appendingPathComponent("Examples/名单.csv")

    /// The id in a `/rounds/<id>` location.
    static func roundID(_ location: String) throws -> RoundID {
        try #require(RoundID(String(location.dropFirst("/rounds/".count))))
    }

    @Test func uploadChecksLikeTheCLI() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [
                .field("name", "2021 年度自评"),
                try .file("files", Self.huangpu, as: "回收/黄埔区/huangpu-2021.xlsx"),
                try .file("files", Self.web.appendingPathComponent("traversal.zip")),
                try .file("reference", Self.referenceList),
                try .file("files", Fixtures.root.appendingPathComponent("hostile/truncated.xlsx"), as: "白云区.xlsx"),
            ])
            #expect(created.status == .seeOther)
            let id = try Self.roundID(created.location)
            let state = await web.server.checker.wait(id)
            #expect(state.phase == .done)
            let manifest = try #require(web.server.store.manifest(id))
            #expect(manifest.name == "2021 年度自评")
            #expect(manifest.files.map(\.displayName)
                    == ["huangpu-2021.xlsx", "evil.xlsx", "evil2.xlsx", "evil3.xlsx", "panyu-2021.xlsx", "说明.txt", "白云区.xlsx"])
            #expect(manifest.files.map(\.storedName).allSatisfy { !$0.contains("/") && !$0.contains("..") })
            #expect(manifest.reference?.displayName == "名单.csv")

            // The CLI run by hand on the round's own files gives the same document the page serves.
            let folder = web.server.store.folder(id)
            let cli = try CommandRunner.run(["validate", "files", "--format", "json", "--reference",
                                             "reference/" + manifest.reference!.storedName], in: folder)
            let expected = try JSONDecoder().decode(ValidationReportJSON.self, from: Data(cli.stdout.utf8))
            let served = try await client.execute(uri: "/rounds/\(id.value)/report", method: .get)
            #expect(served.status == .ok)
            let report = try JSONDecoder().decode(ValidationReportJSON.self, from: Data(buffer: served.body))
            #expect(report.summary.files == expected.summary.files)
            #expect(report.summary.errors == expected.summary.errors)
            #expect(report.summary.warnings == expected.summary.warnings)
            #expect(report.summary.withFindings == expected.summary.withFindings)
            #expect(report.files.map(\.path) == expected.files.map(\.path))
            #expect(report.files.map { $0.findings.count } == expected.files.map { $0.findings.count })
            #expect(report.summary.files == 6)
            #expect(report.summary.unreadable == 1)

            // The round page shows the counts and links each file to its page.
            let page = try await client.execute(uri: "/rounds/\(id.value)", method: .get)
            #expect(page.status == .ok)
            let totals = expected.summary
            #expect(page.text.contains("<p class=\"totals\">共 \(totals.files) 个文件：通过 \(totals.ok) 个，有问题 \(totals.withFindings) 个，"
                                       + "无法读取 \(totals.unreadable) 个；错误 \(totals.errors) 条，警告 \(totals.warnings) 条"))
            #expect(page.text.contains("href=\"/rounds/\(id.value)/files/1\""))
            // 收表情况 from the reference list, as the CLI counted it.
            let round = try #require(expected.summary.round)
            #expect(page.text.contains("名单 \(round.expected) 个单位：已交 \(round.submitted)，未交 \(round.missing)，"))
            #expect(round.expected == 3)
            let status = try await client.execute(uri: "/rounds/\(id.value)/status", method: .get)
            #expect(status.text.contains("\"phase\":\"done\""))

            // The file page: findings beside the sheet, their cells highlighted.
            let file = try await client.execute(uri: "/rounds/\(id.value)/files/1", method: .get)
            #expect(file.status == .ok)
            #expect(file.text.contains("<td id=\"c-E6\" class=\"al-r va-m finding warning\" colspan=\"2\" data-finding=\"0\""))
            #expect(file.text.contains("href=\"#c-E6\""))
            #expect(file.text.contains("年度调整额应为"))

            // A bad file is shown unreadable with its reason, under the name it was sent as; the round goes on.
            let bad = try await client.execute(uri: "/rounds/\(id.value)/files/7", method: .get)
            #expect(bad.text.contains("<p class=\"unreadable\">无法读取：文件已损坏或不完整（zip 目录损坏）"))
            #expect(!bad.text.contains("<table class=\"sheet\""))
            #expect(page.text.contains("<li><span class=\"file-name\">说明.txt</span>：不是 Excel 工作簿"))

            // Downloads: the summary workbook, and the corrected table of one file, named as uploaded.
            let summary = try await client.execute(uri: "/rounds/\(id.value)/download/summary", method: .get)
            #expect(summary.status == .ok)
            #expect(summary.headers[.contentDisposition]
                    == "attachment; filename=\"__.xlsx\"; filename*=UTF-8''%E6%B1%87%E6%80%BB.xlsx")
            #expect(Array(summary.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            let corrected = try await client.execute(uri: "/rounds/\(id.value)/files/1/corrected", method: .get)
            #expect(corrected.status == .ok)
            #expect(corrected.headers[.contentDisposition]?.contains("filename=\"huangpu-2021.corrected.xlsx\"") == true)
        }
    }

    @Test func progressIsAnsweredWhenItChanges() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [try .file("files", Self.huangpu), try .file("files", Self.panyu)])
            let id = try Self.roundID(created.location)
            // Asked with the state it has, the server holds the answer until the check moves on.
            let first = web.server.checker.state(id)
            let since = "\(first.phase.rawValue):\(first.done)"
            let asked = ContinuousClock.now
            let held = try await client.execute(uri: "/rounds/\(id.value)/status?since=\(since)", method: .get)
            let moved = try StoreJSON.decoder.decode(CheckState.self, from: Data(buffer: held.body))
            // Answered when the state moved on, or unchanged after the 10 s the server holds an answer at most
            // (a check that slow on a machine busy with other work).
            let unchanged = "\(moved.phase.rawValue):\(moved.done)" == since && (first.phase == .queued || first.phase == .running)
            #expect(!unchanged || ContinuousClock.now - asked >= .seconds(9.5))
            // An ended check is answered at once, whatever state is named.
            #expect(await web.server.checker.wait(id).phase == .done)
            let start = ContinuousClock.now
            let done = try await client.execute(uri: "/rounds/\(id.value)/status?since=done:2", method: .get)
            #expect(done.text.contains("\"phase\":\"done\""))
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test func resubmissionReplacesTheEarlierFile() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [try .file("files", Self.huangpu), try .file("files", Self.panyu)])
            let id = try Self.roundID(created.location)
            #expect(await web.server.checker.wait(id).phase == .done)
            // The same unit again, under another name: the check finds the unit and the earlier file is replaced.
            let again = try await session.upload(client, "/rounds/\(id.value)/files", [try .file("files", Self.huangpu, as: "黄埔区（第2版）.xlsx")])
            #expect(again.status == .seeOther)
            #expect(await web.server.checker.wait(id).phase == .done)
            let manifest = try #require(web.server.store.manifest(id))
            #expect(manifest.files.map(\.displayName) == ["panyu-2021.xlsx", "黄埔区（第2版）.xlsx"])
            #expect(manifest.files.last?.storedName == "黄埔区（第2版）.xlsx")
            #expect(manifest.files.last?.replaced?.map(\.storedName) == ["001-huangpu-2021.xlsx"])
            let kept = web.server.store.replacedFolder(id).appendingPathComponent("001-huangpu-2021.xlsx")
            #expect(try Data(contentsOf: kept) == Data(contentsOf: Self.huangpu))
            let report = try await client.execute(uri: "/rounds/\(id.value)/report", method: .get)
            #expect(try JSONDecoder().decode(ValidationReportJSON.self, from: Data(buffer: report.body)).summary.files == 2)
        }
    }

    @Test func oneNameTwiceInOneUploadKeepsBoth() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [
                try .file("files", Self.huangpu, as: "回收/黄埔区/自评表.xlsx"), try .file("files", Self.panyu, as: "回收/番禺区/自评表.xlsx"),
            ])
            let id = try Self.roundID(created.location)
            #expect(await web.server.checker.wait(id).phase == .done)
            #expect(web.server.store.manifest(id)?.files.map(\.storedName) == ["自评表.xlsx", "自评表 (2).xlsx"])
            // A later upload of the name replaces the latest file of that name.
            _ = try await session.upload(client, "/rounds/\(id.value)/files", [try .file("files", Self.panyu, as: "自评表.xlsx")])
            _ = await web.server.checker.wait(id)
            let manifest = try #require(web.server.store.manifest(id))
            #expect(manifest.files.map(\.storedName) == ["自评表.xlsx", "自评表 (2).xlsx"])
            #expect(manifest.files.map(\.number) == [1, 3])
            #expect(manifest.files.last?.replaced?.map(\.storedName) == ["002-自评表 (2).xlsx"])
            let kept = web.server.store.replacedFolder(id).appendingPathComponent("002-自评表 (2).xlsx")
            #expect(try Data(contentsOf: kept) == Data(contentsOf: Self.panyu))
        }
    }

    @Test func zipFromChineseWindowsKeepsItsNamesAndDates() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [try .file("files", Self.web.appendingPathComponent("gbk-names.zip"))])
            let id = try Self.roundID(created.location)
            #expect(await web.server.checker.wait(id).phase == .done)
            let manifest = try #require(web.server.store.manifest(id))
            #expect(manifest.files.map(\.displayName) == ["黄埔区总工会.xlsx", "说明.txt"])
            #expect(manifest.files.map(\.storedName) == ["黄埔区总工会.xlsx", "说明.txt"])
            #expect(manifest.files.map(\.archive) == ["gbk-names.zip", "gbk-names.zip"])
            // The entry's date becomes the stored file's modification time (the CLI's duplicates go by it).
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .current
            let date = try #require(calendar.date(from: DateComponents(year: 2021, month: 3, day: 1, hour: 9, minute: 30)))
            #expect(manifest.files.first?.lastModified == date)
            let stored = web.server.store.filesFolder(id).appendingPathComponent("黄埔区总工会.xlsx")
            let attributes = try FileManager.default.attributesOfItem(atPath: stored.path)
            #expect(attributes[.modificationDate] as? Date == date)
        }
    }

    @Test func browserDatesBecomeModificationTimes() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [
                try .file("files", Self.huangpu), try .file("files", Self.panyu),
                .field("lastModified", "1614591000000"), .field("lastModified", "1614677400000"),
            ])
            let id = try Self.roundID(created.location)
            let manifest = try #require(web.server.store.manifest(id))
            #expect(manifest.files.map(\.lastModified) == [Date(timeIntervalSince1970: 1_614_591_000), Date(timeIntervalSince1970: 1_614_677_400)])
            let stored = web.server.store.filesFolder(id).appendingPathComponent("panyu-2021.xlsx")
            #expect(try FileManager.default.attributesOfItem(atPath: stored.path)[.modificationDate] as? Date
                    == Date(timeIntervalSince1970: 1_614_677_400))
            _ = await web.server.checker.wait(id)
        }
    }

    @Test func restartKeepsRoundsAndRenameDeleteWork() async throws {
        let first = try WebTestServer()
        let id = try await first.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [.field("name", "第一轮"), try .file("files", Self.huangpu)])
            let id = try Self.roundID(created.location)
            _ = await first.server.checker.wait(id)
            return id
        }
        // The server stopped in the middle of a check: the next one checks the round again at start.
        let folder = first.server.store.folder(id)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("report.json"))
        try Data(#"{"phase":"running","done":0,"total":1,"upload":1}"#.utf8).write(to: folder.appendingPathComponent("check.json"))
        // A new server on the same data folder.
        let second = try WebTestServer(data: first.data)
        #expect(await second.server.checker.wait(id).phase == .done)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.json").path))
        try await second.test { client in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.text.contains("<a href=\"/rounds/\(id.value)\">第一轮</a>"))
            let session = try await Session.start(client)
            var headers = session.cookie
            headers[.contentType] = "application/x-www-form-urlencoded"
            let renamed = try await client.execute(uri: "/rounds/\(id.value)/rename?csrf=\(session.token)", method: .post,
                                                   headers: headers, body: ByteBuffer(string: "name=%E7%AC%AC%E4%BA%8C+%E8%BD%AE"))
            #expect(renamed.status == .seeOther)
            #expect(second.server.store.manifest(id)?.name == "第二 轮")
            let page = try await client.execute(uri: "/rounds/\(id.value)", method: .get)
            #expect(page.text.contains("<title>第二 轮 · jixiao</title>"))
            let deleted = try await client.execute(uri: "/rounds/\(id.value)/delete?csrf=\(session.token)", method: .post,
                                                   headers: session.cookie)
            #expect(deleted.status == .seeOther)
            #expect(!FileManager.default.fileExists(atPath: second.server.store.folder(id).path))
            let gone = try await client.execute(uri: "/rounds/\(id.value)", method: .get)
            #expect(gone.status == .notFound)
        }
    }
}
