import Foundation
import JixiaoTestSupport
import Testing

/// `jixiao cells` as a user runs it: the built executable, its stdout, stderr and exit code.
@Suite("jixiao cells (end to end)")
struct CellsCommandTests {
    static let huangpu = "Tests/Fixtures/forms/huangpu-2021.xlsx"

    @Test func jsonFollowsTheContract() throws {
        let result = try CommandRunner.run(["cells", Self.huangpu, "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
        #expect(document["path"] as? String == Self.huangpu)
        #expect(document["date1904"] as? Bool == false)
        let sheets = try #require(document["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["Sheet1"])
        let cells = try #require(sheets[0]["cells"] as? [[String: Any]])
        let c8 = try #require(cells.first { $0["ref"] as? String == "C8" })
        #expect(c8["type"] as? String == "n")
        #expect(c8["value"] as? String == "0.978")
        #expect(c8["format"] as? String == "0.0%")
        let e5 = try #require(cells.first { $0["ref"] as? String == "E5" })
        #expect(e5["format"] as? String == "#,##0.00")
        #expect((sheets[0]["merges"] as? [String])?.first == "A1:F1")
    }

    /// For Excel the CSV starts with the UTF-8 byte-order mark; with `--csv-keys`, for scripts, it does not.
    /// Either way the header is the keys (coordinates and types, nothing to translate) and the rows the same.
    @Test func csvHasOneRowPerCell() throws {
        let excel = try CommandRunner.run(["cells", Self.huangpu, "--format", "csv"])
        #expect(excel.status == 0)
        #expect(excel.stdout.hasPrefix("\u{FEFF}sheet,ref,type,value,format,formula,date\n"))
        let result = try CommandRunner.run(["cells", Self.huangpu, "--format", "csv", "--csv-keys"])
        #expect(result.status == 0)
        #expect(excel.stdout == "\u{FEFF}" + result.stdout)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "sheet,ref,type,value,format,formula,date")
        #expect(lines.contains("Sheet1,C5,n,1505.02,0.00,,"))
        #expect(lines.contains("Sheet1,E5,n,1859.01,\"#,##0.00\",,"))
    }

    @Test func textIsReadable() throws {
        let result = try CommandRunner.run(["cells", Self.huangpu])
        #expect(result.status == 0)
        #expect(result.stdout.contains("== Sheet1"))
        #expect(result.stdout.contains("C8      n  0.978   [0.0%]"))
    }

    @Test func sheetOption() throws {
        let panyu = "Tests/Fixtures/forms/panyu-2021.xlsx"
        let result = try CommandRunner.run(["cells", panyu, "--sheet", "评分表", "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
        #expect((document["sheets"] as? [[String: Any]])?.map { $0["name"] as? String } == ["评分表"])

        let missing = try CommandRunner.run(["cells", panyu, "--sheet", "不存在"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("找不到指定的工作表"))
        #expect(missing.stderr.contains("自评表"), "lists the sheets there are")
    }

    @Test(arguments: [
        ("Tests/Fixtures/legacy/not-a-workbook.xls", "另存为 .xlsx", "save it as .xlsx"),
        ("Tests/Fixtures/conformance/bad/pass_protected.xlsx", "密码", "password"),
        ("Tests/Fixtures/conformance/bad/issue252.xlsx", "损坏", "damaged"),
        ("Tests/Fixtures/hostile/html-named-xlsx.xlsx", "不是 Excel 工作簿", "not an Excel workbook"),
        ("Tests/Fixtures/hostile/doctype-entity.xlsx", "DTD", "DTD"),
        ("Tests/Fixtures/hostile/truncated.xlsx", "损坏或不完整", "damaged or incomplete"),
        ("Tests/Fixtures/hostile/column-past-xfd.xlsx", "XFE1", "XFE1"),
        ("no/such/file.xlsx", "无法打开", "cannot be opened"),
        // These trapped (exit 132) or took seconds before the reader refused them.
        ("Tests/Fixtures/hostile/utf8-element-name.xlsx", "不合法的字符编码", "not valid text"),
        ("Tests/Fixtures/hostile/utf8-pi-target.xlsx", "不合法的字符编码", "not valid text"),
        ("Tests/Fixtures/hostile/nested-workbook.xlsx", "嵌套超过 64 层", "more than 64 levels"),
        ("Tests/Fixtures/hostile/sheets-4097.xlsx", "超过 4096 个", "more than 4,096 sheets"),
        ("Tests/Fixtures/hostile/sheets-one-part.xlsx", "指向同一部件", "are the same part"),
        ("Tests/Fixtures/hostile/lying-size.xlsx", "大小与声明不符", "size differs from what it declares"),
        ("Tests/Fixtures/hostile/duplicate-entry-case.xlsx", "两个同名的部件", "name the same part"),
        ("Tests/Fixtures/hostile/empty-workbook-part.xlsx", "部件是空的", "is empty"),
    ])
    func badInputExplainsItself(_ file: String, _ chinese: String, _ english: String) throws {
        let zh = try CommandRunner.run(["cells", file])
        #expect(zh.status == 2)
        #expect(zh.stdout.isEmpty)
        #expect(zh.stderr.contains(file) && zh.stderr.contains(chinese), "\(zh.stderr)")
        let en = try CommandRunner.run(["cells", file, "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.contains(english), "\(en.stderr)")
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try CommandRunner.run(["cells"]).status == 2)
        #expect(try CommandRunner.run(["cells", Self.huangpu, "--format", "yaml"]).status == 2)
        #expect(try CommandRunner.run(["no-such-command"]).status == 2)
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("退出码"))
    }
}
