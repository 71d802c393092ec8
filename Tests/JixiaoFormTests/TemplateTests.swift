import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// The templates and the code agree: every template key is a model key, every rule has a message in both
/// languages, and the two languages use the same placeholders.
@Suite("Templates")
struct TemplateTests {
    let templates: TemplateBundle

    init() throws {
        templates = try TemplateBundle.standard.get()
    }

    @Test func fieldKeysAreModelKeys() {
        for key in templates.form.fields.keys {
            #expect(FieldKey.allModelKeys.contains(FieldKey(rawValue: key)), "form.json field \(key)")
        }
        for key in templates.rules.fieldNames.keys {
            #expect(FieldKey.allModelKeys.contains(FieldKey(rawValue: key)), "rules.json field name \(key)")
        }
    }

    @Test func tableAndScoreColumnsAreModelKeys() {
        for (table, layout) in templates.form.tables {
            #expect(FieldKey.allModelKeys.contains(FieldKey(rawValue: table)), "table \(table)")
            for column in layout.columns.keys {
                #expect(FieldKey.allModelKeys.contains(FieldKey(rawValue: "\(table)[].\(column)")), "\(table) column \(column)")
            }
            for column in layout.distinctive { #expect(layout.columns[column] != nil, "\(table) distinctive \(column)") }
        }
        for column in templates.form.scoreSheet.columns.keys {
            #expect(FieldKey.allModelKeys.contains(FieldKey(rawValue: "score.rows[].\(column)")), "score column \(column)")
        }
        for block in templates.form.blocks.keys {
            #expect(FieldKey.allModelKeys.contains(FieldKey(rawValue: block)) || block == "funds", "block \(block)")
        }
    }

    @Test func everyRuleHasBothMessagesAndASeverity() {
        let listed = Set(templates.rules.rules.map(\.id))
        for rule in RuleID.allKnown {
            #expect(listed.contains(rule.rawValue), "rules.json lacks \(rule)")
            let message = templates.rules.messages[rule.rawValue]
            #expect(!(message?.zh.isEmpty ?? true), "\(rule) zh")
            #expect(!(message?.en.isEmpty ?? true), "\(rule) en")
        }
        for id in listed { #expect(RuleID.allKnown.contains(RuleID(rawValue: id)), "unknown rule \(id)") }
    }

    @Test func everyRuleHasANameInBothLanguages() {
        #expect(templates.rules.name(of: .completionRate, in: .zh) == "预算完成率核对")
        #expect(templates.rules.name(of: .completionRate, in: .en) == "Budget completion rate")
        #expect(templates.rules.name(of: RuleID(rawValue: "own-rule"), in: .zh) == "own-rule")
        for rule in RuleID.allKnown {
            let zh = templates.rules.name(of: rule, in: .zh), en = templates.rules.name(of: rule, in: .en)
            #expect(zh != rule.rawValue && zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(rule) zh name")
            #expect(en != rule.rawValue && !en.isEmpty, "\(rule) en name")
        }
        let names = RuleID.allKnown.map { templates.rules.name(of: $0, in: .zh) }
        #expect(Set(names).count == names.count, "two rules share a name")
    }

    @Test func severitiesAreTheContracts() {
        let expected: [RuleID: Severity] = [
            .requiredField: .error, .completionRate: .error, .adjustmentAmount: .error, .adjustmentRate: .error,
            .breakdownTotal: .error, .taskFundsTotal: .warning, .overBudget: .warning, .numberAsText: .info,
            .indicatorUnmet: .warning, .emptyText: .warning, .scoreOverWeight: .error, .scoreTotal: .error,
            .scoreGrade: .error,
        ]
        for (rule, severity) in expected { #expect(templates.rules.severity(of: rule) == severity, "\(rule)") }
    }

    @Test func messageVariantsBelongToRulesAndAgreeOnPlaceholders() {
        for (key, message) in templates.rules.messages {
            let rule = String(key.split(separator: ".").first ?? "")
            #expect(RuleID.allKnown.contains(RuleID(rawValue: rule)), "message \(key)")
            #expect(Set(MessageRenderer.placeholders(in: message.zh)) == Set(MessageRenderer.placeholders(in: message.en)),
                    "placeholders of \(key)")
        }
        for key in ["adjustment-amount.sign", "adjustment-rate.sign", "required-field.no-label",
                    "required-field.not-a-number", "number-as-text.score", "empty-text.task", "score-total.total"] {
            #expect(templates.rules.messages[key] != nil, "\(key)")
        }
    }

    @Test func everyFindingKindHasANameInBothLanguages() {
        for kind in FindingKind.all {
            #expect(templates.rules.kindNames?[kind.rawValue] != nil, "name of kind \(kind)")
        }
        #expect(Set(templates.rules.kindNames?.keys.map { $0 } ?? []) == Set(FindingKind.all.map(\.rawValue)))
        #expect(templates.rules.kindName(.sign, in: .zh) == "符号相反")
        #expect(templates.rules.kindName(FindingKind(rawValue: "new-kind"), in: .en) == "new-kind")
    }

    @Test func requiredAndTextFieldsHaveDisplayNames() {
        for key in TextRules.RequiredField.keys + TextRules.EmptyText.keys + Funds.keys {
            #expect(templates.rules.fieldNames[key.rawValue] != nil, "display name of \(key)")
        }
    }

    @Test func labelsNormaliseToThemselvesAndStayDistinct() {
        let normalizer = LabelNormalizer(stripPatterns: templates.form.normalisation.stripPatterns)
        var owner: [String: String] = [:]
        for (key, field) in templates.form.fields {
            // The first label is plain: messages name a field by it.
            #expect(field.labels.first.map { !$0.contains("{") } ?? false, "\(key)'s first label")
            for pattern in field.labels {
                let spellings = LabelPattern.spellings(of: pattern)
                #expect(spellings.count < LabelPattern.limit, "\(key): \(pattern)")
                for label in spellings {
                    #expect(!label.contains("{") && !label.contains("}") && !label.contains("|"), "\(key): \(pattern)")
                    let normalised = normalizer.normalise(label)
                    #expect(!normalised.isEmpty, "\(key): \(label)")
                    if let other = owner[normalised], other != key {
                        Issue.record("label \(label) names both \(other) and \(key)")
                    }
                    owner[normalised] = key
                }
            }
        }
    }

    @Test func labelPatternsSpellEveryCombinationInOrder() {
        #expect(LabelPattern.spellings(of: "{年度|}{整体|总体}目标") == ["年度整体目标", "年度总体目标", "整体目标", "总体目标"])
        #expect(LabelPattern.spellings(of: "存在问题") == ["存在问题"])
        #expect(LabelPattern.spellings(of: "存在{的|}问题{及原因|}") == ["存在的问题及原因", "存在的问题", "存在问题及原因", "存在问题"])
        // An unclosed group is literal text; an empty group spells nothing.
        #expect(LabelPattern.spellings(of: "改进{措施") == ["改进{措施"])
        #expect(LabelPattern.spellings(of: "a{}b") == ["ab"])
        // A pattern naming more spellings than the limit keeps the first ones.
        let huge = String(repeating: "{a|b}", count: 12)
        #expect(LabelPattern.spellings(of: huge).count == LabelPattern.limit)
        #expect(LabelPattern.spellings(of: huge).first == String(repeating: "a", count: 12))
    }

    @Test func labelPatternsNameTheirField() {
        let normalizer = LabelNormalizer(stripPatterns: templates.form.normalisation.stripPatterns)
        let vocabulary = LabelVocabulary(template: templates.form, normalizer: normalizer)
        for (label, key) in [("年度总体目标完成情况", "overallGoalResult"), ("总体目标实际完成情况", "overallGoalResult"),
                             ("全年整体绩效目标", "overallGoal"), ("存在的主要问题", "problems"),
                             ("主要存在问题及原因", "problems"), ("下一步整改计划", "improvements")] {
            let roles = vocabulary.roles(for: normalizer.normalise(label))
            #expect(roles.contains { if case .field(let field, _) = $0 { field.rawValue == key } else { false } }, "\(label)")
        }
    }

    @Test func fundsGridLabelsAreWrittenNormalisedAndTellTotalsFromParts() {
        let normalizer = LabelNormalizer(stripPatterns: templates.form.normalisation.stripPatterns)
        let grid = templates.form.fundsGrid
        // The vocabulary compacts these spellings only (no strip patterns): each must be its own normal form.
        for spelling in (grid.totalLabels + grid.partLabels + grid.partPrefixes).flatMap(LabelPattern.spellings) {
            #expect(normalizer.normalise(spelling) == TextForm.compact(spelling), "\(spelling)")
        }
        let vocabulary = LabelVocabulary(template: templates.form, normalizer: normalizer)
        for (text, kind) in [("合计", FundsGrid.RowKind.total), ("总 计", .total), ("年度资金总额", .total), ("资金总额", .total),
                             ("其中：财政拨款", .part), ("财政拨款", .part), ("单位资金", .part), ("上年结转资金", .part),
                             ("事业收入", .part), ("其他资金", .part), ("基本支出", .part), ("一般公共预算", .part),
                             ("部门整体支出", .other), ("项目", .other), ("按资金来源", .other)] {
            #expect(vocabulary.reading(ofLabel: text).fundsKind == kind, "\(text)")
        }
    }

    @Test func theCatalogueNamesAndLoadsEveryFile() throws {
        let index = try TemplateCatalog.index.get()
        let named = [index.form, index.indicatorGrammar, index.rules, index.officialLayout, index.summaryLayout,
                     index.fillColumns, index.roundSignals, index.reference, index.notice, index.reportGrammar]
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(named + ["index.json"]), "index.json names every template file")
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        for file in files { #expect(readme.contains("`\(file)`"), "Templates/README.md describes \(file)") }
        _ = try OfficialLayout.standard.get()
        _ = try SummaryLayout.standard.get()
        _ = try FillColumns.standard.get()
        _ = try RoundSignalCatalog.standard.get()
        _ = try ReferenceVocabulary.standard.get()
        _ = try NoticeWords.standard.get()
        _ = try ReportGrammar.standard.get()
        _ = try TemplateBundle.standard.get()
    }

    @Test func aBrokenTemplateFileIsNamed() throws {
        let folder = TestFolder()
        let url = folder.file("official-layout.json")
        try Data("{\"sheetName\": 3}".utf8).write(to: url)
        #expect(throws: TemplateLoadError.self) { try OfficialLayout.load(from: url) }
        do {
            _ = try OfficialLayout.load(from: url)
        } catch {
            #expect(error.file == "official-layout.json")
            #expect(error.description.hasPrefix("official-layout.json: "))
        }
    }

    /// A key given twice in one object would lose one entry silently in the decoder: the file is refused,
    /// naming the key with its path.
    @Test func aTemplateGivingAKeyTwiceIsRefused() throws {
        #expect(JSONDuplicateKeys.find(in: Array(#"{"a": 1, "b": {"c": 2, "c": 3}, "d": [{"e": 1}, {"e": 2, "e": 3}]}"#.utf8))
                == ["b.c", "d[].e"])
        #expect(JSONDuplicateKeys.find(in: Array(#"{"a": "x\"a", "b": ["a", "a"], "c": {"a": 1}, "a2": {"a": 2}}"#.utf8)) == [])
        #expect(JSONDuplicateKeys.find(in: Array(#"{"k\"": 1, "k\"": 2}"#.utf8)) == [#"k\""#])
        let folder = TestFolder()
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/JixiaoForm/Templates/official-layout.json")
        var text = try String(contentsOf: source, encoding: .utf8)
        let brace = try #require(text.firstIndex(of: "{"))
        text.insert(contentsOf: #""sheetName": "另一个","#, at: text.index(after: brace))
        let url = folder.file("official-layout.json")
        try Data(text.utf8).write(to: url)
        do {
            _ = try OfficialLayout.load(from: url)
            Issue.record("a template giving sheetName twice was loaded")
        } catch {
            #expect(error.description.contains("the key sheetName is given twice"), "\(error)")
        }
    }

    @Test func gradeBands() {
        #expect(templates.form.gradeBands.grade(for: 96.39)?.name == "优")
        #expect(templates.form.gradeBands.grade(for: 90)?.name == "优")
        #expect(templates.form.gradeBands.grade(for: Decimal(string: "89.99") ?? 0)?.name == "良")
        #expect(templates.form.gradeBands.grade(for: 60)?.name == "中")
        #expect(templates.form.gradeBands.grade(for: 59)?.name == "差")
    }

    @Test func sourceHoldsNoChineseLabels() throws {
        // Labels live in Templates/: the library's Swift code holds no Chinese text outside comments.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/JixiaoForm")
        let files = (FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.components(separatedBy: "//").first ?? ""
                let hasChinese = code.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                #expect(!hasChinese, "\(file):\(number + 1): \(line)")
            }
        }
    }

    @Test func fillingATemplate() {
        let arguments = ["stated": "353.99", "expected": "−353.99", "name": "年度调整额"]
        #expect(MessageRenderer.fill("{name}应为 {expected}，表中填写 {stated}", with: arguments)
                == "年度调整额应为 −353.99，表中填写 353.99")
        #expect(MessageRenderer.fill("{unknown} 与 {name}", with: arguments) == "{unknown} 与 年度调整额")
        #expect(MessageRenderer.fill("未闭合 {name", with: arguments) == "未闭合 {name")
        #expect(MessageRenderer.fill("", with: arguments) == "")
        #expect(MessageRenderer.fill("{}{name}}", with: arguments) == "{}年度调整额}")
    }
}
