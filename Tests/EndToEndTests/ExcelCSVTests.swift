import Foundation
import JixiaoTestSupport
import Testing

/// The CSV reports of `validate` as Excel on Chinese Windows opens them: the bytes start with the UTF-8
/// byte-order mark (without it Excel reads the file as GBK and garbles every Chinese character), the rest is
/// valid UTF-8, the header and the values are Chinese by default and English with `--lang en`; `--csv-keys`
/// is the machine format scripts read. A folder holding such a report skips it as jixiao's own output.
@Suite("CSV reports for Excel (end to end)")
struct ExcelCSVTests {
    static let huangpu = Fixtures.form("huangpu-2021.xlsx").path
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The rows of a CSV after its byte-order mark, split as RFC 4180 says (no field here holds a line break).
    static func rows(_ bytes: [UInt8]) throws -> [[String]] {
        #expect(bytes.starts(with: byteOrderMark), "the CSV starts with the UTF-8 byte-order mark")
        let text = try #require(String(validating: bytes.dropFirst(3), as: UTF8.self), "the rest is valid UTF-8")
        return text.split(separator: "\n").map { line in
            var fields: [String] = [], field = "", quoted = false
            for character in line {
                switch character {
                case "\"": quoted.toggle()
                case "," where !quoted:
                    fields.append(field)
                    field = ""
                default: field.append(character)
                }
            }
            return fields + [field]
        }
    }

    @Test func chineseByDefault() throws {
        let result = try CommandRunner.run(["validate", Self.huangpu, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.rows(Array(result.stdout.utf8))
        #expect(rows.first == ["文件", "部门", "工作表", "状态", "严重程度", "规则", "规则名称", "字段", "字段名称", "单元格",
                               "填写值", "应为", "类型", "说明"])
        #expect(rows.count == 3)
        #expect(Array(rows[1].prefix(13)) == [Self.huangpu, "广州市黄埔区总工会（广州开发区总工会）", "Sheet1", "有问题", "警告",
                                              "adjustment-amount", "年度调整额核对", "funds.adjustment", "年度调整额", "E6",
                                              "353.99", "-353.99", "符号相反"])
        #expect(rows[1][13].hasPrefix("年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99"))
        #expect(Array(rows[2][3...9]) == ["有问题", "警告", "indicator-unmet", "关键指标未达标", "keyIndicators[0]", "关键指标", "D12"])
    }

    /// A text from a submitted file that Excel would take for a formula (a department named `=1+2`, a file
    /// named `-x.xlsx`) is written with a leading apostrophe in the person's CSV, so it never runs; the
    /// machine format keeps it as it is.
    @Test func textsThatLookLikeFormulasStayText() throws {
        let folder = TestFolder()
        let data = folder.file("data.csv")
        try Data("部门名称,年度,单位,整体支出年度预算数,年初预算数,实际支出数\n=1+2,2021,万元,100,100,90\n".utf8).write(to: data)
        let fill = try CommandRunner.run(["fill", "--data", data.path, "--out", folder.url.path])
        #expect(fill.status == 0, "\(fill.stderr)")
        let written = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).first { $0.hasSuffix(".xlsx") })
        try FileManager.default.moveItem(at: folder.file(written), to: folder.file("-x.xlsx"))
        let person = try CommandRunner.run(["validate", "--format", "csv", "--", "-x.xlsx"], in: folder.url)
        let row = try #require(try Self.rows(Array(person.stdout.utf8)).dropFirst().first)
        #expect(Array(row.prefix(2)) == ["'-x.xlsx", "'=1+2"])
        let machine = try CommandRunner.run(["validate", "--format", "csv", "--csv-keys", "--", "-x.xlsx"], in: folder.url)
        #expect(machine.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("-x.xlsx,") == true)
    }

    @Test func englishWithLangEn() throws {
        let result = try CommandRunner.run(["validate", Self.huangpu, "--format", "csv", "--lang", "en"])
        let rows = try Self.rows(Array(result.stdout.utf8))
        #expect(rows.first == ["File", "Department", "Sheet", "Status", "Severity", "Rule", "Rule name", "Field", "Field name",
                               "Cell", "Stated", "Expected", "Kind", "Message"])
        #expect(Array(rows[1][3...12]) == ["findings", "warning", "adjustment-amount", "Budget adjustment amount",
                                           "funds.adjustment", "budget adjustment", "E6", "353.99", "-353.99", "sign reversed"])
    }

    /// Statuses of files without findings, and a rate stated and computed: plain fractions Excel reads as numbers.
    @Test func statusesAndRates() throws {
        let files = ["Tests/Fixtures/forms/panyu-2021.xlsx", "Tests/Fixtures/hostile/truncated.xlsx",
                     "Tests/Fixtures/layouts/sources-as-columns-wrong-rate.openpyxl.xlsx"]
        let result = try CommandRunner.run(["validate"] + files + ["--format", "csv"])
        #expect(result.status == 2)
        let rows = try Self.rows(Array(result.stdout.utf8)).dropFirst()
        let byFile = Dictionary(grouping: rows, by: { $0[0] })
        #expect(byFile[files[0]]?.map { $0[3] } == ["通过"])
        #expect(byFile[files[1]]?.first.map { [$0[3], $0[4], $0[5]] } == ["无法读取", "", ""])
        #expect(byFile[files[1]]?.first?[13].hasPrefix("\(files[1])：") == true)
        let rate = try #require(byFile[files[2]]?.first { $0[5] == "completion-rate" })
        #expect(Array(rate[4...11]) == ["错误", "completion-rate", "预算完成率核对", "funds.completionRate", "预算完成率", "E8",
                                        "0.9500", "0.9689"])
    }

    /// `--csv-keys`: the keys' header, raw values, no mark: exactly the format scripts read before (the golden
    /// `validate-examples.csv` holds it too), from standard output and from `--csv` alike, read in worker
    /// processes.
    @Test func csvKeysIsTheMachineFormat() throws {
        let folder = TestFolder()
        let result = try CommandRunner.run(["validate", "Examples", "--format", "csv", "--csv-keys",
                                            "--csv", folder.file("r.csv").path])
        #expect(result.status == 0)
        #expect(result.stdout == """
            path,status,severity,rule,field,sheet,cell,stated,expected,kind,message
            Examples/huangpu-2021.xlsx,findings,warning,adjustment-amount,funds.adjustment,Sheet1,E6,353.99,-353.99,sign,\
            年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 353.99（符号相反）。请将 E6 改为 −353.99
            Examples/huangpu-2021.xlsx,findings,warning,indicator-unmet,keyIndicators[0],Sheet1,D12,,,,\
            关键指标「各类活动次数」未达到预期：预期实现值 161场次，完成情况 159场次（159场次 < 161场次）。请在「存在问题」中说明未达到预期的原因
            Examples/panyu-2021.xlsx,ok,,,,,,,,,
            Examples/名单.csv,skipped,,,,,,,,,Examples/名单.csv：跳过：不是 Excel 工作簿（只读取 .xlsx 和 .xls）

            """)
        #expect(try Data(contentsOf: folder.file("r.csv")) == Data(result.stdout.utf8))
        // Without --csv-keys the file is the person's, the same rows as standard output.
        let person = try CommandRunner.run(["validate", "Examples", "--format", "csv", "--csv", folder.file("p.csv").path])
        #expect(try Data(contentsOf: folder.file("p.csv")) == Data(person.stdout.utf8))
        #expect(try Self.rows(Array(person.stdout.utf8)).count == 5)
    }

    /// Reports saved in the folder being checked, under any name, are skipped as jixiao's own: the Chinese and
    /// the English CSV (with the mark) and the keys' CSV.
    @Test func reportsInTheFolderAreSkippedAsOurOwn() throws {
        let folder = TestFolder()
        let returned = folder.file("returned")
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.huangpu), to: returned.appendingPathComponent("a.xlsx"))
        for (name, extra) in [("中文报告.xlsx", [String]()), ("english.xlsx", ["--lang", "en"]), ("keys.xlsx", ["--csv-keys"])] {
            let run = try CommandRunner.run(["validate", Self.huangpu, "--format", "csv"] + extra)
            try Data(run.stdout.utf8).write(to: returned.appendingPathComponent(name))
        }
        let result = try CommandRunner.run(["validate", "returned"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["中文报告.xlsx", "english.xlsx", "keys.xlsx"] {
            #expect(result.stdout.contains("returned/\(name)  跳过\n    jixiao 写出的 JSON 或 CSV 报告，不是工作簿"), "\(name)")
        }
        #expect(result.stdout.contains("jixiao 的报告 3 个"))
    }
}
