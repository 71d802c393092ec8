import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// `fill --data` takes a 财政局's reference list, the same file `validate --reference` checks the returned forms
/// against (issue 16, "one list both ways"): one form per unit named as the list names it, the list's figures
/// converted exactly into the money unit of the form written (the official layout's 万元, or the blank's own
/// unit line with `--template`), the list's other columns named and left out, a year given with `--year`.
/// A bad list is refused with its row and column, nothing written. Lists: `Tests/Fixtures/reference`
/// (openpyxl and Python's csv module, see `make_reference.py`).
@Suite("fill --data with a reference list (end to end)")
struct FillReferenceListTests {
    static func list(_ name: String) -> String { Fixtures.root.appendingPathComponent("reference/\(name)").path }
    static func blank(_ name: String) -> String { Fixtures.root.appendingPathComponent("own-layout/\(name)").path }

    /// The forms a folder holds, as `validate --format json` reads them back: by department, the form and the
    /// rules of its error findings.
    static func readBack(_ folder: URL) throws -> [String: (form: [String: Any], errors: Set<String>)] {
        let result = try CommandRunner.run(["validate", folder.path, "--format", "json"])
        let report = try #require(try JSONDiff.parse(result.stdout) as? [String: Any], "\(result.stderr)")
        var forms: [String: (form: [String: Any], errors: Set<String>)] = [:]
        for file in report["files"] as? [[String: Any]] ?? [] {
            let form = try #require(file["form"] as? [String: Any])
            let department = try #require(form["department"] as? String)
            let errors = Set((file["findings"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
                .compactMap { $0["rule"] as? String })
            forms[department] = (form, errors)
        }
        return forms
    }

    /// An amount of a form read back, exactly as written in the JSON (`1505.02`).
    static func amount(_ key: String, of form: [String: Any]) -> Decimal? {
        ((form["funds"] as? [String: Any])?[key]).flatMap { Decimal(string: "\($0)") }
    }

    static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    /// The round list (a title row, `单位：元`, 序号, 单位编码, 备注, a 合计 row) fills seven official forms in
    /// 万元: 15050200 元 is 1505.02, and every form validates without an error.
    @Test func aWorkbookListInYuanFillsOfficialFormsInTenThousandYuan() throws {
        let folder = TestFolder()
        let list = Self.list("round.openpyxl.xlsx")
        let result = try CommandRunner.run(["fill", "--data", list, "--year", "2021", "--out", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "\(list)：注意：名单中的「单位编码」、「序号」、「备注」不是表中的栏目，未使用\n")
        let out = folder.file("out").path
        #expect(result.stdout.split(separator: "\n").map(String.init) == [
            "某某局档案馆", "广州市某某局培训中心", "广州市 某某局 执法大队", "广州市某某局信息中心", "广州市某某局机关本级",
            "广州市黄埔区总工会【广州开发区总工会】", "广州市白云区总工会",
        ].map { "\(out)/\($0)-2021.xlsx" }, "one form per unit, in the list's order, the 合计 row none")

        let forms = try Self.readBack(folder.file("out"))
        #expect(forms.count == 7)
        let expected: [(unit: String, annual: String, initial: String, actual: String)] = [
            ("广州市黄埔区总工会【广州开发区总工会】", "1505.02", "1859.01", "1472.46"),
            ("某某局档案馆", "150", "140", "147"),
            ("广州市某某局培训中心", "300", "300", "271"),
        ]
        for row in expected {
            let form = try #require(forms[row.unit]?.form, "\(row.unit)")
            #expect(form["year"] as? Int == 2021)
            #expect(form["unit"] as? String == "万元")
            #expect(Self.amount("annualBudget", of: form) == Self.decimal(row.annual), "\(row.unit)")
            #expect(Self.amount("initialBudget", of: form) == Self.decimal(row.initial), "\(row.unit)")
            #expect(Self.amount("actual", of: form) == Self.decimal(row.actual), "\(row.unit)")
        }
        // The derived figures are the form's formulas over the converted amounts.
        let huangpu = try #require(forms["广州市黄埔区总工会【广州开发区总工会】"]?.form)
        #expect(Self.amount("adjustment", of: huangpu) == Self.decimal("-353.99"))
        #expect(Self.amount("completionRate", of: huangpu) == Self.decimal("0.978"))
        for (unit, entry) in forms { #expect(entry.errors.isEmpty, "\(unit): \(entry.errors)") }

        let english = try CommandRunner.run(["fill", "--data", list, "--year", "2021", "--out", "en", "--lang", "en"], in: folder.url)
        #expect(english.status == 0)
        #expect(english.stderr == "\(list): note: the list's '单位编码', '序号', '备注' are no fields of the form and were not used\n")
    }

    /// A GB 18030 CSV list whose headers state 万元 (and `funds.actual`, stating none: the form's own unit) fills
    /// the official forms with its figures as written; every column is used, so nothing is noted.
    @Test func aGB18030CSVListFillsTheFigures() throws {
        let folder = TestFolder()
        let result = try CommandRunner.run(["fill", "--data", Self.list("unions.gb18030.csv"), "--year", "2021", "--out", "out"],
                                           in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path).sorted()
                == ["广州市番禺区总工会-2021.xlsx", "黄埔区总工会-2021.xlsx"])
        let forms = try Self.readBack(folder.file("out"))
        for (unit, figures) in [("黄埔区总工会", ["1505.02", "1472.46", "1472.46"]), ("广州市番禺区总工会", ["1576.21", "1538.82", "1120.44"])] {
            let form = try #require(forms[unit]?.form, "\(unit)")
            #expect(["annualBudget", "actual", "generalPublicBudget"].map { Self.amount($0, of: form) } == figures.map(Self.decimal), "\(unit)")
        }
        // The list gives 番禺 one 其中 part of its 1538.82 (1120.44): the form checks the parts, fill invents none.
        #expect(forms["黄埔区总工会"]?.errors == [])
        #expect(forms["广州市番禺区总工会"]?.errors == ["breakdown-total"])
    }

    /// With `--template`, the figures land in the blank's own cells in the blank's unit: the list in 元 into the
    /// 花都 blank in 万元, and a list in 万元 (a title line above its header) into the MOF blank set to 元.
    @Test func aListFillsTheDistrictsBlankInTheBlanksUnit() throws {
        let folder = TestFolder()
        let runs: [(list: String, blank: String, unit: String, cells: [String: String])] = [
            (Self.list("round.openpyxl.xlsx"), Self.blank("huadu-style-blank.openpyxl.xlsx"), "广州市黄埔区总工会【广州开发区总工会】",
             ["自评表!C6": "1859.01", "自评表!C7": "1505.02", "自评表!C8": "1472.46"]),
            (Self.list("fill-wanyuan.gb18030.csv"), Self.list("mof-grid-blank.yuan.openpyxl.xlsx"), "广州市黄埔区总工会",
             ["Sheet1!C6": "18590100", "Sheet1!D6": "15050200", "Sheet1!E6": "14724600", "Sheet1!E7": "14724600"]),
        ]
        for (index, run) in runs.enumerated() {
            let out = folder.file("out\(index)")
            let result = try CommandRunner.run(["fill", "--data", run.list, "--year", "2021", "--template", run.blank, "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            let workbook = try Workbook(contentsOf: out.appendingPathComponent("\(run.unit)-2021.xlsx"))
            for (place, figure) in run.cells {
                let parts = place.split(separator: "!").map(String.init)
                let reference = try #require(CellReference(parts[1]))
                let cell = workbook.sheet(named: parts[0])?.grid[reference]
                #expect(cell?.value.asDecimal() == Self.decimal(figure), "\(run.blank) \(place)")
            }
            let forms = try Self.readBack(out)
            #expect(forms[run.unit] != nil)
            for (unit, entry) in forms { #expect(entry.errors.isEmpty, "\(run.blank) \(unit): \(entry.errors)") }
        }
        // The 万元 list's 序号 and 备注 are named as left out.
        let noted = try CommandRunner.run(["fill", "--data", Self.list("fill-wanyuan.gb18030.csv"), "--year", "2021", "--out", "again"],
                                          in: folder.url)
        #expect(noted.stderr.hasSuffix("：注意：名单中的「序号」、「备注」不是表中的栏目，未使用\n"), "\(noted.stderr)")
    }

    /// A list gives no year: `--year` is required (a plausible one), and nothing is written without it.
    @Test func aListNeedsAYear() throws {
        let folder = TestFolder()
        let list = Self.list("round.openpyxl.xlsx")
        let refused = try CommandRunner.run(["fill", "--data", list, "--out", "out"], in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.stderr == "\(list)：名单中没有年度，请用 --year 指定年度（如 --year 2021），用于表中的年度和文件名\n")
        let english = try CommandRunner.run(["fill", "--data", list, "--out", "out", "--lang", "en"], in: folder.url)
        #expect(english.status == 2)
        #expect(english.stderr == "\(list): a reference list gives no year: give one with --year (as in --year 2021) for the forms' 年度 and file names\n")
        let implausible = try CommandRunner.run(["fill", "--data", list, "--year", "1999", "--out", "out"], in: folder.url)
        #expect(implausible.status == 2)
        #expect(implausible.stderr.contains("--year 应为 2000 到"))
        #expect(folder.contents.isEmpty, "nothing written")
    }

    /// A bad list is refused before anything is written, naming the row and the column as the file shows them.
    @Test(arguments: [
        ("bad-not-a-number.openpyxl.xlsx", "不是金额：约300万。请填写数字（第 5 行，D 列「年度预算数」）",
         "not an amount: 约300万. Write a number (row 5, column D '年度预算数')"),
        ("bad-duplicate-name.csv", "与第 2 行是同一单位，名单中每个单位只能有一行。请删去多余的一行（第 4 行，A 列「部门名称」）",
         "the same unit as row 2; a list has one row per unit. Remove the extra row (row 4, column A '部门名称')"),
        ("bad-no-name-column.openpyxl.xlsx", "名单中找不到单位名称列：表头应有「部门名称」或「单位名称」等",
         "the list has no column for the unit's name: its header needs 部门名称 or 单位名称 (or the like)"),
    ])
    func aBadListIsRefusedNamingRowAndColumn(_ name: String, _ chinese: String, _ english: String) throws {
        let folder = TestFolder(name)
        let list = Self.list(name)
        let refused = try CommandRunner.run(["fill", "--data", list, "--year", "2021", "--out", "out"], in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.stderr == "\(list)：\(chinese)\n")
        #expect(refused.stdout.isEmpty)
        let inEnglish = try CommandRunner.run(["fill", "--data", list, "--year", "2021", "--out", "out", "--lang", "en"], in: folder.url)
        #expect(inEnglish.status == 2)
        #expect(inEnglish.stderr == "\(list): \(english)\n")
        #expect(folder.contents.isEmpty, "nothing written")
    }

    /// Form data stays form data (a 年度 column, no header only a list has), and `--year` gives the year of
    /// the rows that state none.
    @Test func formDataTakesTheYearOfRowsWithoutOne() throws {
        let folder = TestFolder()
        try Data("部门名称,年度,整体支出年度预算数,实际支出数\n甲局,2022,100,90\n乙局,,50,40\n".utf8).write(to: folder.file("d.csv"))
        let result = try CommandRunner.run(["fill", "--data", "d.csv", "--year", "2021", "--out", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path).sorted() == ["乙局-2021.xlsx", "甲局-2022.xlsx"])
    }
}
