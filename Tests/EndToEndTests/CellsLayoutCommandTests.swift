import Foundation
import JixiaoTestSupport
import Testing

/// `jixiao cells FILE --layout`: each sheet's layout as text (Chinese, or English with `--lang en`) or JSON, from
/// the built executable.
@Suite("jixiao cells --layout (end to end)")
struct CellsLayoutCommandTests {
    static let xlsxWriter = "Tests/Fixtures/sheet-layout/xlsxwriter.xlsx"

    @Test func textInChineseAndEnglish() throws {
        let chinese = try CommandRunner.run(["cells", Self.xlsxWriter, "--layout", "--sheet", "自评表"])
        #expect(chinese.status == 0)
        #expect(chinese.stdout == """
            Tests/Fixtures/sheet-layout/xlsxwriter.xlsx

            == 自评表
              默认：行高 18 (自定)
              列：A 30.7109375 (自定)；B:C 13.28515625 (自定)；E 0 (自定) 隐藏
              行：1 39.75 (自定)；3 18 (自定)；6 15 (自定) 隐藏
              视图：冻结于 B4，缩放 85%，不显示网格线，选中
              标签颜色：FFFF0000
              打印：横向，纸张 9，适应 1×0 页
              页边距：左 0.5 右 0.4 上 1 下 0.9 页眉 0.3 页脚 0.3
              页眉：&C部门整体支出绩效自评表
              页脚：&C第 &P 页，共 &N 页
              打印区域：A1:F20；标题行 1:3；标题列 A:A
              分页符：行 10
              数据验证：D5:D9 list "是,否"；B5:B9 decimal 0 100
              批注：B3 财政局：请核对预算数
              筛选：A2:C9
              工作表受保护

            """)
        let english = try CommandRunner.run(["cells", Self.xlsxWriter, "--layout", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("  columns: A 30.7109375 (custom); B:C 13.28515625 (custom); E 0 (custom) hidden\n"))
        #expect(english.stdout.contains("  view: frozen at B4, zoom 85%, no gridlines, selected\n"))
        #expect(english.stdout.contains("  print area: A1:F20; title rows 1:3; title columns A:A\n"))
        #expect(english.stdout.contains("\n== Other\n"))
    }

    @Test func json() throws {
        let result = try CommandRunner.run(["cells", Self.xlsxWriter, "--layout", "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
        #expect(document["path"] as? String == Self.xlsxWriter)
        let sheets = try #require(document["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["自评表", "Other"])
        let columns = try #require(sheets[0]["columns"] as? [[String: Any]])
        #expect(columns.map { $0["columns"] as? String } == ["A", "B:C", "E"])
        #expect(columns.map { $0["width"] as? Double } == [30.7109375, 13.28515625, 0])
        #expect(columns.map { $0["hidden"] as? Bool } == [false, false, true])
        let rows = try #require(sheets[0]["rows"] as? [[String: Any]])
        #expect(rows.map { $0["row"] as? Int } == [1, 3, 6])
        #expect(rows.map { $0["hidden"] as? Bool } == [false, false, true])
        let pane = try #require(((sheets[0]["views"] as? [[String: Any]])?.first)?["pane"] as? [String: Any])
        #expect(pane["topLeftCell"] as? String == "B4" && pane["state"] as? String == "frozen")
        let print = try #require(sheets[0]["printSetup"] as? [String: Any])
        #expect(print["printArea"] as? [String] == ["A1:F20"])
        #expect(print["titleRows"] as? String == "1:3" && print["titleColumns"] as? String == "A:A")
        #expect((print["margins"] as? [String: Any])?["right"] as? Double == 0.4)
        let comments = try #require(sheets[0]["comments"] as? [[String: Any]])
        #expect(comments.first?["text"] as? String == "请核对预算数" && comments.first?["cell"] as? String == "B3")
    }

    @Test func csvIsAUsageError() throws {
        let result = try CommandRunner.run(["cells", Self.xlsxWriter, "--layout", "--format", "csv"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("错误：--layout 只能输出 text 或 json 格式\n用法：jixiao cells"))
        let english = try CommandRunner.run(["cells", Self.xlsxWriter, "--layout", "--format", "csv", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.hasPrefix("Error: --layout prints text or json only\n"))
    }

    @Test func unreadableFileIsExitTwo() throws {
        let result = try CommandRunner.run(["cells", "Tests/Fixtures/hostile/truncated.xlsx", "--layout"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("损坏或不完整"))
    }
}
