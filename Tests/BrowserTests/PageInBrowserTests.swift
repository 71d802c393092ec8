import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// `jixiao serve` driven in a real Chromium (headless, over WebDriver): rounds uploaded through the page's own
/// inputs and compared with what the CLI reports for the same files, file for file and finding for finding; a
/// file's highlighted cells; the corrected table downloaded and read back; hostile uploads; the English page.
/// Each test starts its own round; the suite shares one server and one browser (``BrowserScope``).
@Suite("The page in a browser", .serialized, .browser)
struct PageInBrowserTests {
    static let forms = Fixtures.forms
    static let browserFixtures = Fixtures.root.appendingPathComponent("browser")
    static let referenceList = Fixtures.packageRoot.appendingPathComponent("Examples/名单.csv")

    /// A file's status as the page shows it: `warningsOnly` for findings that are all warnings.
    static func shownStatus(_ file: [String: Any]) -> String {
        let status = file["status"] as? String ?? ""
        return status == "findings" && count("error", file) == 0 && count("warning", file) > 0 ? "warningsOnly" : status
    }

    static func count(_ severity: String, _ file: [String: Any]) -> Int {
        findings(file).filter { $0["severity"] as? String == severity }.count
    }

    static func findings(_ file: [String: Any]) -> [[String: Any]] { file["findings"] as? [[String: Any]] ?? [] }

    static func name(_ path: Any?) -> String { URL(fileURLWithPath: path as? String ?? "").lastPathComponent }

    /// The numbers in a line of text, in order.
    static func numbers(_ text: String) -> [Int] { text.matches(of: /\d+/).compactMap { Int($0.0) } }

    /// The rows of table `#id`, each cell's text under its column's `data-key`, with the row's `data-status`
    /// (as `rowStatus`) and the link in its file cell (`href`).
    static let tableRows = """
        var table = document.getElementById(arguments[0]);
        if (!table) return [];
        var keys = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.getAttribute('data-key'); });
        return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
          var o = {};
          keys.forEach(function (key, i) { o[key] = row.cells[i].textContent.trim(); });
          o.rowStatus = row.getAttribute('data-status') || '';
          var a = row.cells[keys.indexOf('file')].querySelector('a');
          o.href = a ? a.getAttribute('href') : '';
          return o;
        });
        """

    /// What a file page shows: its findings (severity, message, the cell link's target) and its highlighted
    /// cells (the sheet they are drawn under, the cell, the classes), its unreadable reason.
    static let filePage = """
        return {
          findings: Array.prototype.map.call(document.querySelectorAll('li.finding-item'), function (li) {
            var link = li.querySelector('a.cell-link');
            return { severity: li.className.replace('finding-item', '').trim(),
                     message: li.querySelector('p.message').textContent,
                     cell: link ? link.getAttribute('data-cell') : '' };
          }),
          cells: Array.prototype.map.call(document.querySelectorAll('td.finding'), function (td) {
            return { id: td.id, sheet: td.closest('section.sheet').querySelector('h2').textContent,
                     classes: td.className, finding: td.getAttribute('data-finding') };
          }),
          unreadable: (document.querySelector('p.unreadable') || { textContent: '' }).textContent
        };
        """

    /// Nothing a hostile file carried ran or was made an element: no alert, no `window.__pwned`, the page's
    /// own script its only one, no image, no handler attribute.
    static func expectNothingInjected(_ run: BrowserRun, _ page: String) async throws {
        #expect(try await run.session.alertText() == nil, "\(page): an alert is open")
        let probe: [String: Any] = try await run.session.execute("""
            return { pwned: typeof window.__pwned, scripts: Array.prototype.map.call(document.scripts, function (s) { return s.getAttribute('src') || 'inline'; }),
                     images: document.querySelectorAll('img, iframe, object, embed').length,
                     handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
                     svgs: Array.prototype.map.call(document.querySelectorAll('svg'), function (s) { return s.getAttribute('class') || ''; }) };
            """)
        #expect(probe["pwned"] as? String == "undefined", "\(page): window.__pwned was set")
        #expect(probe["scripts"] as? [String] == ["/assets/app.js"], "\(page): \(probe["scripts"] ?? "")")
        #expect(probe["images"] as? Int == 0, "\(page)")
        #expect(probe["handlers"] as? Int == 0, "\(page)")
        #expect((probe["svgs"] as? [String] ?? []).allSatisfy { $0.contains("chart") }, "\(page): \(probe["svgs"] ?? "")")
    }

    @Test("A round uploaded through the page shows what the CLI reports, file for file and finding for finding")
    func roundMatchesTheCLI() async throws {
        let run = try #require(BrowserRun.current)
        // Forms from three other producers (XlsxWriter, openpyxl, LibreOffice), a truncated workbook and a text
        // file renamed .xlsx; staged in the order the CLI reads a folder, so the server numbers them alike.
        let text = run.folder.appendingPathComponent("work/说明.txt")
        try Data("这不是工作簿，只是改了扩展名的文字。\n".utf8).write(to: text)
        let files = try run.stage([(Self.forms.appendingPathComponent("huangpu-2021.libreoffice.xlsx"), nil),
                                   (Self.forms.appendingPathComponent("huangpu-2021.openpyxl.xlsx"), nil),
                                   (Self.forms.appendingPathComponent("panyu-2021.xlsx"), nil),
                                   (Fixtures.root.appendingPathComponent("hostile/truncated.xlsx"), "truncated.xlsx"),
                                   (text, "说明.xlsx")])
        let report = try await run.validate(files, reference: Self.referenceList)
        let round = try await run.upload(files, reference: Self.referenceList, name: "浏览器测试 第一轮")
        try await run.screenshot("round")

        // The 汇总 table: one row per file, in the CLI's order.
        let cliFiles = try #require(report["files"] as? [[String: Any]])
        let rows: [[String: String]] = try await run.session.execute(Self.tableRows, ["files"])
        #expect(rows.map { $0["file"] ?? "" } == cliFiles.map { Self.name($0["path"]) })
        for (row, file) in zip(rows, cliFiles) {
            let name = Self.name(file["path"])
            #expect(row["rowStatus"] == Self.shownStatus(file), "\(name)")
            #expect(row["department"] == (file["form"] as? [String: Any])?["department"] as? String ?? "", "\(name)")
            #expect(row["errors"] == String(Self.count("error", file)), "\(name)")
            #expect(row["warnings"] == String(Self.count("warning", file)), "\(name)")
            #expect(row["infos"] == String(Self.count("info", file)), "\(name)")
            #expect(row["href"]?.hasPrefix(round + "/files/") == true, "\(name)")
        }
        #expect(cliFiles.map { $0["status"] as? String ?? "" } == ["findings", "findings", "findings", "unreadable", "unreadable"])

        // The counts: the totals line and the 收表情况's, number for number.
        let summary = try #require(report["summary"] as? [String: Any])
        let totals: [String] = try await run.session.execute(
            "return Array.prototype.map.call(document.querySelectorAll('p.totals'), function (p) { return p.textContent; })")
        #expect(totals.count == 2)
        #expect(Self.numbers(totals.first ?? "") == ["files", "ok", "withFindings", "unreadable", "errors", "warnings", "infos"]
            .map { summary[$0] as? Int ?? -1 })
        let roundSummary = try #require(summary["round"] as? [String: Any])
        #expect(Self.numbers(totals.last ?? "") == ["expected", "submitted", "missing", "duplicates", "unknown"]
            .map { roundSummary[$0] as? Int ?? -1 })
        #expect(Self.numbers(totals.last ?? "") == [3, 2, 1, 1, 0])

        // The 收表情况 table: one row per unit of the list, its status, file and department.
        let units = try #require(roundSummary["units"] as? [[String: Any]])
        let unitRows: [[String: String]] = try await run.session.execute(Self.tableRows, ["units"])
        #expect(unitRows.count == units.count)
        for (row, unit) in zip(unitRows, units) {
            let label = unit["unit"] as? String ?? ""
            #expect(row["unit"] == label)
            #expect(row["code"] == unit["code"] as? String ?? "", "\(label)")
            #expect(row["rowStatus"] == unit["status"] as? String, "\(label)")
            #expect(row["file"] == (unit["path"] is String ? Self.name(unit["path"]) : ""), "\(label)")
            #expect(row["department"] == unit["department"] as? String ?? "", "\(label)")
        }
        // The round's findings (missing and duplicate units), in the CLI's words.
        let roundFindings: [String] = try await run.session.execute(
            "return Array.prototype.map.call(document.querySelectorAll('ul.round-findings li'), function (li) { return li.textContent; })")
        let cliRoundFindings = roundSummary["findings"] as? [[String: Any]] ?? []
        #expect(roundFindings.count == cliRoundFindings.count)
        for (shown, finding) in zip(roundFindings, cliRoundFindings) {
            let message = finding["message"] as? String ?? "?"
            // The server stores files under their own names, so a message naming files names them as the CLI does.
            #expect(shown.hasSuffix(message), "\(shown)")
        }
        #expect(try await run.consoleErrors() == [])

        // Each file's page: its findings in the CLI's order and words, each highlighted at its own cell.
        for (row, file) in zip(rows, cliFiles) {
            let name = Self.name(file["path"])
            try await run.open(row["href"] ?? "")
            let page: [String: Any] = try await run.session.execute(Self.filePage)
            let shown = page["findings"] as? [[String: String]] ?? []
            let expected = Self.findings(file)
            #expect(shown.map { $0["message"] ?? "" } == expected.map { $0["message"] as? String ?? "" }, "\(name)")
            #expect(shown.map { $0["severity"] ?? "" } == expected.map { $0["severity"] as? String ?? "" }, "\(name)")
            // Every finding with a cell links to it, and exactly those cells are highlighted, under their sheet.
            let cells = page["cells"] as? [[String: String]] ?? []
            func key(_ cell: [String: String]) -> String { "\(cell["sheet"] ?? "")!\((cell["id"] ?? "").split(separator: "-").last ?? "")" }
            let findingCells = expected.map { finding in
                (finding["cell"] as? String).map { "\(finding["sheet"] as? String ?? file["sheet"] as? String ?? "")!\($0)" }
            }
            #expect(Set(cells.map(key)) == Set(findingCells.compactMap { $0 }), "\(name)")
            #expect(Set(shown.map { $0["cell"] ?? "" }.filter { !$0.isEmpty }) == Set(cells.map { $0["id"] ?? "" }), "\(name)")
            // A cell with several findings shows the gravest.
            let rank = ["info", "warning", "error"]
            for cell in cells {
                let gravest = expected.indices.filter { findingCells[$0] == key(cell) }
                    .compactMap { expected[$0]["severity"] as? String }
                    .max { (rank.firstIndex(of: $0) ?? 0) < (rank.firstIndex(of: $1) ?? 0) }
                #expect(cell["classes"]?.split(separator: " ").contains { $0 == gravest ?? "?" } == true, "\(name) \(cell)")
            }
            if file["status"] as? String == "unreadable" {
                let reason = (file["error"] as? String ?? "").split(separator: "：", maxSplits: 1).last.map(String.init) ?? "?"
                #expect((page["unreadable"] as? String ?? "").contains(reason), "\(name): \(page["unreadable"] ?? "")")
            }
            if name == "panyu-2021.xlsx" { try await run.screenshot("file-panyu") }
        }
        #expect(try await run.consoleErrors() == [])
    }

    @Test("A file's page: choosing a finding shows its cell, and the corrected table downloaded holds the value")
    func findingCellAndCorrectedTable() async throws {
        let run = try #require(BrowserRun.current)
        let files = try run.stage([(Self.forms.appendingPathComponent("huangpu-2021.openpyxl.xlsx"), nil)])
        let report = try await run.validate(files)
        let round = try await run.upload(files, name: "更正表")
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        let adjustment = try #require(Self.findings(file).first { $0["rule"] as? String == "adjustment-amount" })
        #expect(adjustment["cell"] as? String == "E6")
        try await run.open(round + "/files/1")

        // The finding's link shows its cell: selected, in view, named in the address.
        try await run.session.find("li.finding-item a.cell-link[data-cell='c-E6']").click()
        let shown = try await run.session.waitUntil("cell E6 to be selected and scrolled into view") { () async throws -> Bool? in
            let state: [String: Any] = try await run.session.execute("""
                var td = document.getElementById('c-E6'), box = td.getBoundingClientRect();
                return { selected: td.classList.contains('selected'), hash: location.hash,
                         inView: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
                         item: (document.querySelector('li.finding-item.selected') || { id: '' }).id };
                """)
            return state["selected"] as? Bool == true && state["inView"] as? Bool == true && state["hash"] as? String == "#c-E6"
                && state["item"] as? String == "f-0" ? true : nil
        }
        #expect(shown)
        try await run.screenshot("file-finding-chosen")
        // And the other way: the highlighted cell of the second finding selects it in the list.
        try await run.session.find("td.finding[data-finding='1']").click()
        let chosen = try await run.session.waitUntil("finding 2 to be selected") { () async throws -> String? in
            let id: String = try await run.session.execute("return (document.querySelector('li.finding-item.selected') || { id: '' }).id")
            return id == "f-1" ? id : nil
        }
        #expect(chosen == "f-1")

        // The corrected table, downloaded by the browser from the page's link, read back.
        try await run.session.find("ul.downloads a[href$='/corrected']").click()
        let downloaded = try await run.session.waitUntil("the corrected table's download") { () -> URL? in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: run.downloads.path)) ?? []
            return names.first { $0.hasSuffix(".corrected.xlsx") }.map { run.downloads.appendingPathComponent($0) }
        }
        #expect(downloaded.lastPathComponent == "huangpu-2021.openpyxl.corrected.xlsx")
        let workbook = try Workbook(contentsOf: downloaded)
        let sheet = try #require(workbook.sheet(named: "Sheet1"))
        let e6Reference = try #require(CellReference("E6"))
        let e6 = try #require(sheet.grid[e6Reference])
        #expect(e6.value.numberText.flatMap(Double.init) == adjustment["expected"] as? Double)
        #expect(adjustment["expected"] as? Double == -353.99)
        #expect(workbook.sheets.map(\.name).contains("校验结果"))
        // The file as uploaded is kept as it came.
        let stored = run.data.appendingPathComponent("rounds").appendingPathComponent(String(round.dropFirst("/rounds/".count)))
            .appendingPathComponent("files/huangpu-2021.openpyxl.xlsx")
        #expect(FileManager.default.contents(atPath: stored.path) == FileManager.default.contents(atPath: files[0].path))
        #expect(try await run.consoleErrors() == [])
    }

    @Test("Markup in cells, a sheet name and a file name is shown as text: nothing runs, nothing is injected")
    func hostileTextShownAsText() async throws {
        let run = try #require(BrowserRun.current)
        let hostileName = "<img src=x onerror=window.__pwned=4>.xlsx"
        let files = try run.stage([(Self.browserFixtures.appendingPathComponent("script-cells.xlsx"), hostileName)])
        let round = try await run.upload(files, name: "<script>window.__pwned=5</script>")
        try await Self.expectNothingInjected(run, "round page")
        let rows: [[String: String]] = try await run.session.execute(Self.tableRows, ["files"])
        #expect(rows.map { $0["file"] ?? "" } == [hostileName])
        #expect(try await run.session.find("h1").text() == "<script>window.__pwned=5</script>")
        try await run.screenshot("hostile-round")

        try await run.open(round + "/files/1")
        try await Self.expectNothingInjected(run, "file page")
        let shown: [String: String] = try await run.session.execute("""
            return { c4: document.getElementById('c-C4').textContent, b10: document.getElementById('c-B10').textContent,
                     sheet: document.querySelector('section.sheet h2').textContent, title: document.title };
            """)
        #expect(shown["c4"] == "<script>window.__pwned=1</script>广州市黄埔区总工会")
        #expect(shown["b10"] == "<img src=x onerror=\"window.__pwned=2\">")
        #expect(shown["sheet"] == "<svg onload=__pwned=3>")
        #expect(shown["title"]?.contains(hostileName) == true)
        try await run.screenshot("hostile-file")
        // A CSP violation would be a console error: there is none.
        #expect(try await run.consoleErrors() == [])
    }

    @Test("A zip climbing out with ../ entries stays in its round, and an oversized file is refused")
    func traversalAndOversizedRefused() async throws {
        let run = try #require(BrowserRun.current)
        let outside = ["/tmp/jixiao-escape-2.xlsx", "/tmp/jixiao-escape-3.xlsx"]
        for path in outside { try? FileManager.default.removeItem(atPath: path) }
        let round = try await run.upload([Self.browserFixtures.appendingPathComponent("traversal.zip")], name: "压缩包")
        let rows: [[String: String]] = try await run.session.execute(Self.tableRows, ["files"])
        #expect(Set(rows.map { $0["file"] ?? "" }) == ["escape-1.xlsx", "jixiao-escape-2.xlsx", "jixiao-escape-3.xlsx", "inside.xlsx"])
        #expect(rows.map { $0["rowStatus"] ?? "" } == ["warningsOnly", "warningsOnly", "warningsOnly", "warningsOnly"])
        for path in outside { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
        // Every file of the run's folder named after an entry lies inside the round's own folder.
        let roundFolder = "data/rounds/" + round.dropFirst("/rounds/".count) + "/"
        let written = (FileManager.default.enumerator(atPath: run.folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.contains("escape") || $0.hasSuffix("inside.xlsx") }
        #expect(written.count >= 4)
        #expect(written.filter { !$0.hasPrefix(roundFolder) } == [])

        // A file past --max-file-size: the page says why, no round is made, nothing of it is kept.
        let big = run.folder.appendingPathComponent("work/大文件.xlsx")
        try Data(repeating: 0x50, count: (BrowserRun.maxFileSizeMB + 1) << 20).write(to: big)
        let roundsBefore = try FileManager.default.contentsOfDirectory(atPath: run.data.appendingPathComponent("rounds").path).sorted()
        try await run.open("/?lang=zh")
        try await run.session.find("form[data-upload] input[type=file][name=files]:not([webkitdirectory])").sendKeys(big.path)
        try await run.session.find("form[data-upload] button[type=submit]").click()
        let refusal = try await run.session.waitUntil("the upload's refusal") { () async throws -> String? in
            let text: String = try await run.session.execute(
                "var p = document.querySelector('.upload-status.failed'); return p ? p.textContent : ''")
            return text.isEmpty ? nil : text
        }
        try await run.screenshot("oversized-refused")
        #expect(refusal.contains("大文件.xlsx") && refusal.contains("\(BrowserRun.maxFileSizeMB)"), "\(refusal)")
        #expect(try await run.currentPath() == "/?lang=zh")
        #expect(try FileManager.default.contentsOfDirectory(atPath: run.data.appendingPathComponent("rounds").path).sorted() == roundsBefore)
        let kept = (FileManager.default.enumerator(atPath: run.data.path)?.allObjects as? [String] ?? [])
            .filter { (try? FileManager.default.attributesOfItem(atPath: run.data.appendingPathComponent($0).path)[.size] as? Int) ?? 0 > 1 << 20 }
        #expect(kept == [])
        #expect(try await run.consoleErrors(expected: ["413"]) == [])
    }

    @Test("The language switch shows the pages in English, and back")
    func englishSwitch() async throws {
        let run = try #require(BrowserRun.current)
        let files = try run.stage([(Self.forms.appendingPathComponent("panyu-2021.xlsx"), nil)])
        let round = try await run.upload(files, name: "English")
        try await run.session.find("header a.lang").click()
        // The English report is made when first asked for (a second check in English): the page shows the
        // check's progress until it is there, then the round.
        let headings = try await run.session.waitUntil("the English round page") { () async throws -> [String]? in
            let state: [String: Any] = try await run.session.execute("""
                return { lang: document.documentElement.lang,
                         headings: Array.prototype.map.call(document.querySelectorAll('main h2'), function (h) { return h.textContent; }) };
                """)
            guard state["lang"] as? String == "en", let headings = state["headings"] as? [String],
                  headings.contains("Downloads") else { return nil }
            return headings
        }
        #expect(try await run.currentPath() == round + "?lang=en")
        #expect(headings.contains("Downloads"))
        #expect(try await run.session.find("header a.lang").text() == "中文")
        try await run.screenshot("round-english")
        // The choice is kept (a cookie): the start page is English too, until switched back.
        try await run.open("/")
        #expect(try await run.session.find("section.new-round h2").text() == "New round")
        try await run.screenshot("home-english")
        try await run.session.find("header a.lang").click()
        let chinese = try await run.session.waitUntil("the Chinese start page") { () async throws -> String? in
            let text = try await run.session.find("section.new-round h2").text()
            return text == "新建一轮" ? text : nil
        }
        #expect(chinese == "新建一轮")
        try await run.screenshot("home")
        #expect(try await run.consoleErrors() == [])
    }
}
