import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// The seed 绩效自评报告 (番禺区总工会 2021), as its .md lines and as pdftotext's lines of its PDF, against the Panyu
/// table: no finding, and every relation the reports README works out (rows 1–9, 11–19) among the relations,
/// with the README's values; what only looks like a relation (README, "not one here") is none.
@Suite("Narrative statements: the seed report")
struct NarrativeStatementTests {
    static let checker = Result { try NarrativeChecker() }
    static let form = FormValidator().validate(fileAt: Fixtures.form("panyu-2021.xlsx")).form

    /// The seed as both readers give it.
    static func seeds() throws -> [(name: String, document: NarrativeDocument)] {
        [("md", ReportText.markdown(try ReportText.seedMarkdown())), ("pdf", ReportText.pdfText(try ReportText.seedPDFText()))]
    }

    /// A relation as the README writes it: the figures' texts.
    static func described(_ relation: StatementRelation, in check: NarrativeCheck) -> String {
        func value(_ index: Int) -> String {
            let statement = check.statements[index]
            guard let value = statement.value else { return "--%" }
            return statement.kind == .rate ? value.percentText : value.text
        }
        switch relation {
        case let .rate(subject, amount, base, rate): return "rate \(subject): \(value(amount)) / \(value(base)) = \(value(rate))"
        case let .sum(total, parts): return "sum \(value(total)) = " + parts.map(value).joined(separator: " + ")
        case let .part(whole, part): return "part \(value(whole)) ⊇ \(value(part))"
        case let .scores(parent, children): return "scores \(value(parent)) = " + children.map(value).joined(separator: " + ")
        case let .weights(parent, children): return "weights \(value(parent)) = " + children.map(value).joined(separator: " + ")
        case let .withinWeight(score, weight): return "within \(value(score)) ≤ \(value(weight))"
        case let .grade(grade, total): return "grade \(check.statements[grade].text ?? "") ← \(value(total))"
        }
    }

    @Test(arguments: ["md", "pdf"]) func theSeedHasNoFindingAgainstItsTable(_ name: String) throws {
        let document = try #require(try Self.seeds().first { $0.name == name }?.document)
        let form = try #require(Self.form)
        let check = try Self.checker.get().check(document, against: form)
        #expect(check.findings.isEmpty, "\(check.findings.map(\.message))")
        #expect(try Self.checker.get().check(document).findings.isEmpty, "alone")
    }

    @Test(arguments: ["md", "pdf"]) func everyRelationOfTheREADME(_ name: String) throws {
        let document = try #require(try Self.seeds().first { $0.name == name }?.document)
        let check = try Self.checker.get().check(document, against: Self.form)
        let relations = Set(check.relations.map { Self.described($0, in: check) })
        let readme = [
            // 1–9: rates, the subject as the README names it.
            "rate 总收入: 1538.82 / 1576.21 = 97.63%",
            "rate 一般公共预算财政拨款收入: 1120.44 / 1162.96 = 96.34%",
            "rate 事业收入: 53.04 / 53.04 = 100%",
            "rate 基本支出: 1006.64 / 1049.13 = 95.95%",
            "rate 项目支出: 532.18 / 527.07 = 100.97%",
            "rate 基层组织建设: 227.9 / 271.5 = 83.94%",
            "rate 职工素质提升工程: 88.75 / 116.5 = 76.18%",
            "rate 职工文体活动工作: 53.88 / 55 = 97.96%",
            "rate 职工维权服务工作: 694.09 / 755.01 = 91.93%",
            // 11–13: sums.
            "sum 1178.61 = 1120.44 + 0 + 0 + 0 + 53.04 + 0 + 0 + 5.13",
            "sum 1538.82 = 1006.64 + 532.18 + 0 + 0 + 0",
            "sum 1006.64 = 934.97 + 71.67",
            // 14–15: one 其中 part.
            "part 1538.82 ⊇ 1178.61",
            "part 1538.82 ⊇ 1538.82",
            // 16–19: scores and weights, nested by the outline.
            "scores 96.39 = 43.89 + 50 + 2.5",
            "weights 100 = 45 + 50 + 5",
            "scores 43.89 = 15.45 + 1.94 + 4 + 4 + 4 + 14.5",
            "weights 45 = 16 + 2 + 4 + 4 + 4 + 15",
        ]
        for row in readme { #expect(relations.contains(row), "\(name): \(row)") }
        // 20: each of the ten scores within its 分值.
        let within = check.relations.filter { if case .withinWeight = $0 { true } else { false } }
        #expect(within.map { Self.described($0, in: check) } == [
            "within 96.39 ≤ 100", "within 43.89 ≤ 45", "within 15.45 ≤ 16", "within 1.94 ≤ 2", "within 4 ≤ 4",
            "within 4 ≤ 4", "within 4 ≤ 4", "within 14.5 ≤ 15", "within 50 ≤ 50", "within 2.5 ≤ 5",
        ])
        // The score tree by name: 部门整体支出绩效 › 管理效能 › 资金管理 …
        let names = check.scores.map { score in (score.parent.map { check.scores[$0].name } ?? "-") + " › " + score.name }
        #expect(names == ["- › 部门整体支出绩效", "部门整体支出绩效 › 管理效能", "管理效能 › 资金管理", "管理效能 › 采购管理",
                          "管理效能 › 信息公开管理", "管理效能 › 资产管理", "管理效能 › 成本管理", "管理效能 › 绩效管理",
                          "部门整体支出绩效 › 履职效能", "部门整体支出绩效 › 加减分项"])
        // 21: no grade is written, so none is related.
        #expect(!check.statements.contains { $0.kind == .grade })
    }

    @Test(arguments: ["md", "pdf"]) func whatLooksLikeARelationIsNone(_ name: String) throws {
        let document = try #require(try Self.seeds().first { $0.name == name }?.document)
        let check = try Self.checker.get().check(document, against: Self.form)
        let relations = check.relations.map { Self.described($0, in: check) }
        // --% on a zero base: a rate that cannot be computed, nine of them, in no relation.
        let notApplicable = check.statements.filter(\.isNotApplicable)
        #expect(notApplicable.map(\.label) == ["政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "经营收入",
                                              "附属单位上缴收入", "其他收入", "上缴上级支出", "经营支出", "对附属单位补助支出"])
        #expect(!relations.contains { $0.contains("--%") })
        // The 其中 after 完成预算 1049.13 万元的 95.95% belongs to 基本支出, not to the budget.
        #expect(!relations.contains { $0.hasPrefix("sum 1049.13") })
        // The numbered incomes add up to 本年收入, not to 总收入.
        #expect(relations.filter { $0.hasPrefix("sum 1538.82") } == ["sum 1538.82 = 1006.64 + 532.18 + 0 + 0 + 0"])
        // 占一般公共预算项目支出总额的 100.0%: its denominator is not stated.
        let hundred = try #require(check.statements.firstIndex { $0.kind == .rate && $0.value?.text == "1.000" })
        #expect(check.statements[hundred].label == "一般公共预算项目支出总额")
        #expect(!check.relations.contains { if case let .rate(_, _, _, rate) = $0 { rate == hundred } else { false } })
        // Counts with 其中 (113家，其中100人以上15家) state no figure; the two 其中 parts are the amounts'.
        #expect(!check.statements.contains { $0.unit == "家" || $0.unit == "件" })
        #expect(relations.filter { $0.hasPrefix("part") }.count == 2)
        // Narrative amounts are statements without a relation.
        for amount in ["2690", "1450", "1351", "131", "571", "114", "55.5"] {
            let index = try #require(check.statements.firstIndex { $0.kind == .amount && $0.value?.text == amount }, "\(amount)")
            #expect(!check.relations.contains { Self.indexes(of: $0).contains(index) }, "\(amount)")
        }
        #expect(check.statements.first { $0.value?.text == "114" }?.unit == "万")
        // Exactly these relations: 14 rates of amounts, 3 sums, 2 parts, 2 + 2 score sums, 10 within weights.
        #expect(check.relations.count == 9 + 3 + 2 + 4 + 10)
    }

    static func indexes(of relation: StatementRelation) -> [Int] {
        switch relation {
        case let .rate(_, amount, base, rate): [amount, base, rate]
        case let .sum(total, parts): [total] + parts
        case let .part(whole, part): [whole, part]
        case let .scores(parent, children), let .weights(parent, children): [parent] + children
        case let .withinWeight(score, weight): [score, weight]
        case let .grade(grade, total): [grade, total]
        }
    }

    /// Sentences broken across paragraphs (and PDF lines and pages) are read whole, and each statement names the
    /// paragraph, and page, where its sentence starts.
    @Test(arguments: ["md", "pdf"]) func brokenSentencesAreJoinedAndPlacedWhereTheyStart(_ name: String) throws {
        let document = try #require(try Self.seeds().first { $0.name == name }?.document)
        let check = try Self.checker.get().check(document, against: Self.form)
        // 三是职工文体活动工作。本年度支出53.88万元，完成 ¶ 预算数 55 万元的 97.96%。
        let start = try #require(document.paragraphs.firstIndex { $0.text.hasPrefix("三是职工文体活动工作。") })
        let rate = try #require(check.statements.first { $0.kind == .rate && $0.label == "职工文体活动工作" })
        #expect(rate.value?.percentText == "97.96%")
        #expect(rate.paragraph == start + 1)
        #expect(rate.page == document.paragraphs[start].page)
        let expectedQuote = name == "md" ? "本年度支出53.88万元，完成预算数 55 万元的 97.96%。"
                                         : "本年度支出 53.88 万元，完成预算数 55 万元的 97.96%。"
        #expect(rate.quote == expectedQuote)
        // 资产管理指标分值 4 分，…固定资产利 ¶ 用率指标，自评分为 4 分。
        let asset = try #require(check.scores.first { $0.name == "资产管理" })
        #expect(asset.weight.flatMap { check.statements[$0].value?.text } == "4")
        #expect(asset.score.flatMap { check.statements[$0].value?.text } == "4")
        #expect(check.statements[try #require(asset.score)].quote.contains("固定资产利用率指标，自评分为 4 分。"))
        if name == "pdf" {
            // pdftotext breaks 1.基本支出 … 其中：人 / 员经费 and puts spaces between digits and CJK.
            let staff = try #require(check.statements.first { $0.label == "人员经费" })
            #expect(staff.value?.text == "934.97" && staff.unit == "万元" && staff.page == 3)
            #expect(Set(check.statements.compactMap(\.page)) == [1, 2, 3, 4, 5])
        } else {
            #expect(check.statements.allSatisfy { $0.page == nil })
        }
    }

    /// Labels as written: what each figure is the figure of.
    @Test func labelsAndUnitsAsWritten() throws {
        let check = try Self.checker.get().check(ReportText.markdown(try ReportText.seedMarkdown()))
        let first = try #require(check.statements.first { $0.value?.text == "1538.82" })
        #expect(first.kind == .amount && first.unit == "万元" && first.label == "总收入" && first.role == nil)
        #expect(first.quote == "区总工会2021年度总收入1538.82万元，完成预算1576.21万元的97.63%。")
        let budget = try #require(check.statements.first { $0.value?.text == "1576.21" })
        #expect(budget.role == .budget && budget.label == "预算")
        let rate = try #require(check.statements.first { $0.kind == .rate && $0.value?.text == "0.9763" })
        #expect(rate.label == "总收入" && rate.unit == "%" && rate.value?.places == 4)
        let task = try #require(check.statements.first { $0.value?.text == "227.9" })
        #expect(task.label == "基层组织建设")
        let public1 = try #require(check.statements.first { $0.label == "一般公共预算支出" })
        #expect(public1.value?.text == "1120.44", "1,120.44 with its thousands separator")
        let total = try #require(check.statements.first { $0.kind == .score && $0.value?.text == "96.39" })
        #expect(total.label == "部门整体支出绩效" && total.role == nil && total.unit == "分")
        let weight = try #require(check.statements.first { $0.kind == .score && $0.label == "管理效能" && $0.role == .weight })
        #expect(weight.value?.text == "45")
    }

    /// The grammar is data, loaded through the template catalogue and checked on load, with messages naming
    /// the file and what is wrong.
    @Test func theGrammarIsCheckedOnLoad() throws {
        let grammar = try ReportGrammar.standard.get()
        #expect(grammar.problems().isEmpty)
        #expect(grammar.amountUnits == ["亿元": 8, "万元": 4, "元": 0])
        let source = Fixtures.packageRoot.appendingPathComponent("Sources/JixiaoForm/Templates/report-grammar.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var fields = try #require(json["tableFields"] as? [[String: Any]])
        fields[0]["field"] = "funds.nothing"
        fields[1]["figure"] = "count"
        json["tableFields"] = fields
        json["budgetLabels"] = [String]()
        json["numerals"] = ["一", "二"]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-grammar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report-grammar.json")
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        do {
            _ = try TemplateCatalog.decode(ReportGrammar.self, at: file) { $0.problems() }
            Issue.record("a broken grammar was loaded")
        } catch {
            #expect(error.description == "report-grammar.json: budgetLabels: empty, or holds an empty word; "
                + "numerals: not the nine numerals one to nine, one character each; "
                + "tableFields[0]: funds.nothing is not a field key of the form; tableFields[1]: unknown figure count")
        }
        // Every report rule is an error, named in both languages.
        let catalog = try TemplateBundle.standard.get().rules
        for rule in RuleID.report {
            #expect(catalog.severity(of: rule) == .error, "\(rule)")
            #expect(catalog.name(of: rule, in: .zh) != rule.rawValue && catalog.name(of: rule, in: .en) != rule.rawValue)
        }
    }

    /// What the scanner takes for a figure, on compact text: units, separators, rates that cannot be computed,
    /// scores and what only looks like one.
    @Test func figuresInASentence() throws {
        let grammar = try ReportGrammar.standard.get()
        let scanner = FigureScanner(grammar: grammar, gradeNames: ["优", "良", "中", "差", "优秀"])
        func figures(_ text: String) -> [String] {
            scanner.figures(in: Array(TextForm.compact(text).unicodeScalars)).map { figure in
                "\(figure.kind) \(figure.value?.text ?? "-") \(figure.unit ?? figure.grade ?? "")"
            }
        }
        #expect(figures("总收入 1,538.82 万元，完成预算１５７６．２１万元的９７．６３％") == ["amount 1538.82 万元", "amount 1576.21 万元", "rate 0.9763 %"])
        #expect(figures("共计1.2亿元，发放补助55.5万。") == ["amount 1.2 亿元", "amount 55.5 万"])
        #expect(figures("新发展会员11482人，其中1.5万人为新业态会员") == [], "counts, and 万 before another word")
        #expect(figures("完成预算0万元的--%（基数为0，不可比）") == ["amount 0 万元", "rate - %"])
        #expect(figures("执行率为0.00%（基数为0）") == ["rate - %"])
        #expect(figures("2021年分值 15 分，用时30分钟，分别自评分为14.5分") == ["score 15 分", "score 14.5 分"])
        #expect(figures("自评等级为优秀。评价等级：良") == ["grade - 优秀", "grade - 良"])
        #expect(figures("1.一般公共预算 12.5%") == ["rate 0.125 %"], "the item number is no figure")
    }
}
