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

/// `jixiao cells --formats`: each cell's format for an officer (text, Chinese or English) or a script (JSON).
@Suite("jixiao cells --formats (end to end)")
struct CellsFormatsCommandTests {
    static let file = "Tests/Fixtures/formats/formats.xlsxwriter.xlsx"

    @Test func textNamesTheFormatUnderEachCell() throws {
        let result = try CommandRunner.run(["cells", Self.file, "--formats"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let a6 = try #require(lines.firstIndex(of: "  A6      s  四边"))
        #expect(lines[a6 + 1] == "          样式 6：字体 Calibri 11 颜色 FF000000（主题 1）；边框 左 thin FFFF0000 右 medium "
            + "FF00B050 上 dashed FF0070C0 下 double FF7030A0")
        #expect(lines.contains("          样式 14：字体 Calibri 11 颜色 FF000000（主题 1）；保护 未锁定 隐藏公式"))
        let english = try CommandRunner.run(["cells", Self.file, "--formats", "--lang", "en"])
        #expect(english.stdout.contains("\n  A1      s  粗斜下划删除\n          style 1: font 宋体 14 bold italic "
            + "underline single strike colour FFFF0000\n"))
        #expect(english.stdout.contains("          style 10: font Calibri 11 colour FF000000 (theme 1); alignment rotation 135\n"))
    }

    @Test func withoutTheFlagTheTextIsAsBefore() throws {
        let plain = try CommandRunner.run(["cells", Self.file])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("样式"))
        #expect(plain.stdout.contains("\n  A20     n  0.25   [0.0%]\n"))
    }

    @Test func jsonHasAStyleObjectPerCell() throws {
        let result = try CommandRunner.run(["cells", "Tests/Fixtures/formats/formats.openpyxl.xlsx", "--formats",
                                            "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
        let sheets = try #require(document["sheets"] as? [[String: Any]])
        let cells = try #require(sheets[0]["cells"] as? [[String: Any]])
        let a1 = try #require(cells.first { $0["ref"] as? String == "A1" })
        let style = try #require(a1["style"] as? [String: Any])
        #expect(style["index"] as? Int == 1)
        let fill = try #require(style["fill"] as? [String: Any])
        #expect(fill["pattern"] as? String == "solid")
        let fg = try #require(fill["fg"] as? [String: Any])
        #expect(fg["theme"] as? Int == 4 && fg["argb"] as? String == "FF95B3D7")
        #expect(result.stdout.contains("\"fg\": {\"theme\": 4, \"tint\": 0.3999755851924192, \"argb\": \"FF95B3D7\"}"))
        let protection = try #require((cells.first { $0["ref"] as? String == "A7" })?["style"] as? [String: Any])
        #expect(protection["protection"] as? [String: Bool] == ["locked": true, "hidden": true])
        let plain = try CommandRunner.run(["cells", "Tests/Fixtures/formats/formats.openpyxl.xlsx", "--format", "json"])
        #expect(!plain.stdout.contains("\"style\""))
    }

    @Test func csvRefusesTheFlag() throws {
        let result = try CommandRunner.run(["cells", Self.file, "--formats", "--format", "csv"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--formats 只用于文本或 JSON 输出"))
        let english = try CommandRunner.run(["cells", Self.file, "--formats", "--format", "csv", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("--formats is for text or JSON output"))
    }
}
