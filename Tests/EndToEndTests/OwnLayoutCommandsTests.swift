import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// `fix` in the unit's own layout, `fill --template` and `template --from` as a user runs them, on forms in
/// other districts' layouts (Tests/Fixtures/own-layout: MOF and Sichuan grids, a 花都-style form, the Panyu form
/// with its 评分表; colours, wrapped text, hidden rows, print setup; made by openpyxl, XlsxWriter and
/// LibreOffice): the written workbook reads back as the unit's own, and LibreOffice renders it like the
/// original outside the changed cells (under 1% of the page besides their area).
@Suite("jixiao fix in the unit's own layout, fill --template, template --from (end to end)")
struct OwnLayoutCommandsTests {
    static let folder = Fixtures.root.appendingPathComponent("own-layout")
    static let renderer = PageRenderer(dpi: 75)

    /// Each held-out form, the cells `fix` corrects or fills and what they read afterwards (README there).
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var cells: [String: String]
        var testDescription: String { file }
    }

    static let cases: [Case] = ["openpyxl", "xlsxwriter", "libreoffice"].flatMap { producer in [
        Case(file: "mof-grid-styled.\(producer).xlsx", cells: ["Sheet1!G6": "0.98", "Sheet1!H16": "97.8"]),
        Case(file: "sichuan-grid-styled.\(producer).xlsx", cells: ["Sheet1!I6": "200", "Sheet1!F6": "0.95"]),
        Case(file: "huadu-style.\(producer).xlsx", cells: ["自评表!C9": "0.9651", "自评表!F22": "优"]),
        Case(file: "panyu-2021-styled.\(producer).xlsx", cells: ["评分表!E3": "43.89"]),
    ] }

    static func cell(_ place: String, in workbook: Workbook) -> Cell? {
        let parts = place.split(separator: "!", maxSplits: 1).map(String.init)
        guard let sheet = workbook.sheet(named: parts[0]), let reference = CellReference(parts[1]) else { return nil }
        return sheet.grid[reference]
    }

    static func shown(_ cell: Cell?) -> String {
        guard let cell else { return "" }
        if let number = cell.value.asDecimal() { return "\(number)" }
        return cell.value.displayText
    }

    @Test(arguments: cases)
    func fixWritesTheUnitsOwnWorkbook(_ form: Case) throws {
        let source = Self.folder.appendingPathComponent(form.file)
        let folder = TestFolder(form.file)
        let before = try Data(contentsOf: source)
        let result = try CommandRunner.run(["fix", source.path, "--out", folder.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: source) == before, "the input is never modified")
        let name = (form.file as NSString).deletingPathExtension + ".corrected.xlsx"
        let output = folder.file(name)
        #expect(result.stdout.hasPrefix("\(source.path) → \(output.path)："), "\(result.stdout)")

        let original = try Workbook(contentsOf: source, options: .copying)
        let corrected = try Workbook(contentsOf: output, options: .copying)
        #expect(corrected.sheets.map(\.name) == original.sheets.map(\.name) + ["校验结果"])
        for (place, expected) in form.cells {
            #expect(Self.shown(Self.cell(place, in: corrected)) == expected, "\(form.file) \(place)")
            #expect(Self.cell(place, in: corrected)?.formula != nil, "\(form.file) \(place) is a live formula")
        }
        let differences = WorkbookDifferences(original: original, copy: corrected, except: Set(form.cells.keys), addedSheets: 1).lines
        #expect(differences.isEmpty, "\(form.file): \(differences.prefix(8).joined(separator: "\n"))")

        // Checked again, the corrected workbook keeps only what no correction answers.
        let again = try CommandRunner.run(["validate", output.path, "--format", "json"])
        let document = try #require(try JSONDiff.parse(again.stdout) as? [String: Any])
        let findings = (document["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(rules.isDisjoint(with: ["completion-rate", "adjustment-amount", "adjustment-rate", "score-total", "score-grade"]),
                "\(form.file): \(rules)")
    }

    @Test(arguments: cases)
    func fixRendersLikeTheOriginal(_ form: Case) throws {
        try #require(Self.renderer.soffice != nil && Self.renderer.pdftoppm != nil,
                     "LibreOffice or pdftoppm is not installed: run Scripts/setup.sh --for-tests")
        let source = Self.folder.appendingPathComponent(form.file)
        let folder = TestFolder(form.file)
        #expect(try CommandRunner.run(["fix", source.path, "--out", folder.url.path]).status == 0)
        let output = folder.file((form.file as NSString).deletingPathExtension + ".corrected.xlsx")
        let originalPages = try Self.renderer.render(source)
        let correctedPages = try Self.renderer.render(output)
        // The unit's sheets print first, as they did; the 校验结果 sheet's pages follow.
        #expect(correctedPages.count > originalPages.count)
        let comparison = try PageComparison(originalPages, Array(correctedPages.prefix(originalPages.count)))
        let workbook = try Workbook(contentsOf: source)
        var allowance = 0
        for (place, _) in form.cells {
            let parts = place.split(separator: "!", maxSplits: 1).map(String.init)
            let sheet = try #require(workbook.sheet(named: parts[0]))
            allowance += CellArea.pixels(of: [parts[1]], in: sheet, dpi: Self.renderer.dpi)
        }
        #expect(comparison.isWithin(fraction: 0.01, plus: allowance), "\(form.file): \(comparison), allowance \(allowance)")
        #expect(comparison.differing.reduce(0, +) > 0, "the corrected cells show")
    }

    /// The matching blank and filled form of each layout: the data is the filled form's `validate --format json`.
    static let blanks: [(blank: String, data: String)] = ["openpyxl", "xlsxwriter"].flatMap { producer in [
        (blank: "mof-grid-blank.\(producer).xlsx", data: "mof-grid-styled.openpyxl.xlsx"),
        (blank: "sichuan-grid-blank.\(producer).xlsx", data: "sichuan-grid-styled.openpyxl.xlsx"),
        (blank: "huadu-style-blank.\(producer).xlsx", data: "huadu-style.openpyxl.xlsx"),
    ] }

    /// Fills a blank with the data of its layout's filled form (that form's `validate --format json`), as a user
    /// runs `fill --template`: the blank, the data's report and the file written.
    static func fill(_ blankName: String, in folder: TestFolder) throws -> (blank: URL, report: CommandResult, filled: URL) {
        let pair = try #require(blanks.first { $0.blank == blankName })
        let report = try CommandRunner.run(["validate", Self.folder.appendingPathComponent(pair.data).path, "--format", "json"])
        let data = folder.file("data.json")
        try Data(report.stdout.utf8).write(to: data)
        let blank = Self.folder.appendingPathComponent(blankName)
        let result = try CommandRunner.run(["fill", "--data", data.path, "--template", blank.path, "--out", folder.url.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try #require(result.stdout.split(separator: "\n").first.map(String.init))
        return (blank, report, URL(fileURLWithPath: written))
    }

    @Test(arguments: blanks.map(\.blank))
    func fillTemplateWritesTheDataIntoTheDistrictsBlank(_ blankName: String) throws {
        let folder = TestFolder(blankName)
        let (blank, report, filled) = try Self.fill(blankName, in: folder)

        // The data reads back: the same department, amounts, rates worked out, indicators.
        let source = try #require(try JSONDiff.parse(report.stdout) as? [String: Any])
        let back = try #require(try JSONDiff.parse(try CommandRunner.run(["validate", filled.path, "--format", "json"]).stdout) as? [String: Any])
        let sourceForm = try #require(((source["files"] as? [[String: Any]])?.first?["form"]) as? [String: Any])
        let backForm = try #require(((back["files"] as? [[String: Any]])?.first?["form"]) as? [String: Any])
        #expect(backForm["department"] as? String == sourceForm["department"] as? String)
        #expect(backForm["year"] as? Int == sourceForm["year"] as? Int)
        let sourceFunds = try #require(sourceForm["funds"] as? [String: Any])
        let backFunds = try #require(backForm["funds"] as? [String: Any])
        for key in ["annualBudget", "initialBudget", "actual"] where sourceFunds[key] is String {
            #expect(Decimal(string: backFunds[key] as? String ?? "") == Decimal(string: sourceFunds[key] as? String ?? ""), "\(blankName) \(key)")
        }
        let names = { (form: [String: Any]) in ((form["keyIndicators"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String } }
        #expect(names(backForm) == names(sourceForm), "\(blankName)")
        let rules = Set((((back["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        #expect(rules.isDisjoint(with: ["completion-rate", "adjustment-amount", "adjustment-rate", "score-total", "score-grade", "required-field"]),
                "\(blankName): \(rules)")

        // In the district's layout: everything but the cells written stays as the blank had it.
        let original = try Workbook(contentsOf: blank, options: .copying)
        let copy = try Workbook(contentsOf: filled, options: .copying)
        var writtenCells: Set<String> = []
        for (sheet, copied) in zip(original.sheets, copy.sheets) {
            let before = Dictionary(sheet.cells.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
            for cell in copied.cells where before[cell.reference]?.value != cell.value || before[cell.reference]?.formula != cell.formula {
                writtenCells.insert("\(sheet.name)!\(cell.reference)")
            }
        }
        #expect(writtenCells.count >= 10, "\(blankName): \(writtenCells.count) cells written")
        let differences = WorkbookDifferences(original: original, copy: copy, except: writtenCells).lines
        #expect(differences.isEmpty, "\(blankName): \(differences.prefix(8).joined(separator: "\n"))")
    }

    @Test(arguments: blanks.map(\.blank))
    func fillTemplateRendersLikeTheBlank(_ blankName: String) throws {
        try #require(Self.renderer.soffice != nil && Self.renderer.pdftoppm != nil,
                     "LibreOffice or pdftoppm is not installed: run Scripts/setup.sh --for-tests")
        let folder = TestFolder(blankName)
        let (blank, _, filled) = try Self.fill(blankName, in: folder)
        // The value cells written are allowed to differ; the rest of each page looks as the blank did.
        let original = try Workbook(contentsOf: blank)
        let copy = try Workbook(contentsOf: filled)
        var allowance = 0
        for (sheet, copied) in zip(original.sheets, copy.sheets) {
            let before = Dictionary(sheet.cells.map { ($0.reference, $0.value) }, uniquingKeysWith: { first, _ in first })
            let written = copied.cells.filter { before[$0.reference] != $0.value }.map(\.reference.description)
            allowance += CellArea.pixels(of: written, in: sheet, dpi: Self.renderer.dpi)
        }
        let comparison = try PageComparison(try Self.renderer.render(blank), try Self.renderer.render(filled))
        #expect(comparison.isWithin(fraction: 0.01, plus: allowance), "\(blankName): \(comparison), allowance \(allowance)")
    }

    @Test func fillTemplateRefusesDataTheBlankHasNoPlaceFor() throws {
        let folder = TestFolder()
        let report = try CommandRunner.run(["validate", Self.folder.appendingPathComponent("huadu-style.openpyxl.xlsx").path, "--format", "json"])
        let data = folder.file("data.json")
        try Data(report.stdout.utf8).write(to: data)
        // The MOF blank has three indicator rows and no 其中 line of the 花都 form's parts.
        let blank = Self.folder.appendingPathComponent("mof-grid-blank.openpyxl.xlsx")
        let refused = try CommandRunner.run(["fill", "--data", data.path, "--template", blank.path, "--out", folder.url.appendingPathComponent("out").path])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("\(blank.path)：空表中找不到以下项目的位置（广州市花都区城市管理和综合执法局 的数据）："), "\(refused.stderr)")
        #expect(refused.stderr.contains("关键指标 5"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out").path + "/广州市花都区城市管理和综合执法局-2022.xlsx"))
        let english = try CommandRunner.run(["fill", "--data", data.path, "--template", blank.path, "--out", folder.url.appendingPathComponent("out").path, "--lang", "en"])
        #expect(english.stderr.contains("the blank has no place for (the data of 广州市花都区城市管理和综合执法局): "), "\(english.stderr)")
        #expect(english.stderr.contains("key indicator 5"))
    }

    @Test func templateFromMakesTheDistrictsBlankReady() throws {
        let folder = TestFolder()
        let blank = Self.folder.appendingPathComponent("mof-grid-blank.xlsxwriter.xlsx")
        let out = folder.file("ready.xlsx")
        let result = try CommandRunner.run(["template", "--from", blank.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let workbook = try Workbook(contentsOf: out)
        // The rate shows nothing until the amounts are in; the total adds the grid's own score and the indicators'.
        #expect(Self.cell("Sheet1!G6", in: workbook)?.formula?.hasPrefix("IF(N(D6)=0,\"\",ROUND(E6/D6,") == true)
        #expect(Self.cell("Sheet1!H16", in: workbook)?.formula == "H6+H13+H14+H15")
        let differences = WorkbookDifferences(original: try Workbook(contentsOf: blank, options: .copying),
                                              copy: try Workbook(contentsOf: out, options: .copying),
                                              except: ["Sheet1!G6", "Sheet1!H16"]).lines
        #expect(differences.isEmpty, "\(differences.prefix(8).joined(separator: "\n"))")
        // Not a form: refused with the reason, nothing written.
        let notAForm = try CommandRunner.run(["template", "--from", "Tests/Fixtures/variants/project-list.openpyxl.xlsx",
                                              "--out", folder.file("no.xlsx").path])
        #expect(notAForm.status == 2)
        #expect(notAForm.stderr.contains("不是部门整体支出绩效自评表"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("no.xlsx").path))
    }

    @Test func fixOfficialLayoutStaysOneFlagAway() throws {
        let folder = TestFolder()
        let source = Self.folder.appendingPathComponent("mof-grid-styled.openpyxl.xlsx")
        #expect(try CommandRunner.run(["fix", source.path, "--out", folder.url.path, "--layout", "official"]).status == 0)
        let workbook = try Workbook(contentsOf: folder.file("mof-grid-styled.openpyxl.corrected.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["自评表", "评分表", "校验结果"])
    }

    @Test func fixNamesWhatTheCopyCannotCarry() throws {
        let folder = TestFolder()
        // The MOF form with a bar chart beside it (openpyxl): written, the chart named on stdout, even with
        // --quiet, and on the 校验结果 sheet.
        let source = Self.folder.appendingPathComponent("mof-grid-styled.with-chart.openpyxl.xlsx")
        let output = folder.file("mof-grid-styled.with-chart.openpyxl.corrected.xlsx")
        let result = try CommandRunner.run(["fix", source.path, "--out", folder.url.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(output.path)：原表中以下内容未能带入，请对照原表补上：图表（Sheet1，xl/charts/chart1.xml）\n")
        let texts = try #require(try Workbook(contentsOf: output).sheet(named: "校验结果")).cells.compactMap(\.value.text)
        #expect(texts.contains("图表（Sheet1，xl/charts/chart1.xml）"))
        let english = try CommandRunner.run(["fix", source.path, "--out", folder.url.path, "--force", "--lang", "en", "--quiet"])
        #expect(english.stdout == "\(output.path): not carried over from the original, copy by hand: chart (Sheet1, xl/charts/chart1.xml)\n")
    }

    @Test func aDamagedSheetsOverlappingMergeIsLeftUnmergedAndNamed() throws {
        let folder = TestFolder()
        // The MOF form with A1:B2 merged over its title's A1:I1 (Excel repairs such a file by dropping one).
        let source = Self.folder.appendingPathComponent("mof-grid-styled.overlapping-merge.openpyxl.xlsx")
        let result = try CommandRunner.run(["fix", source.path, "--out", folder.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("：原表中以下内容未能带入，请对照原表补上：与其他合并区域重叠、未能合并的单元格区域（Sheet1，A1:B2）\n"),
                "\(result.stdout)")
        let corrected = try Workbook(contentsOf: folder.file("mof-grid-styled.overlapping-merge.openpyxl.corrected.xlsx"))
        #expect(corrected.sheets[0].merges.contains { $0.description == "A1:I1" })
        #expect(!corrected.sheets[0].merges.contains { $0.description == "A1:B2" })
    }
}
