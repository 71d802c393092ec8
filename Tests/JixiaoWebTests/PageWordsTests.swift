import Foundation
import JixiaoForm
import Testing
@testable import JixiaoWeb

@Suite("The pages' words")
struct PageWordsTests {
    @Test("the bundled words load, and every word has both languages")
    func bundled() throws {
        let words = try WebWords.standard.get()
        #expect(words.problems().isEmpty)
        for word in WebWord.allCases {
            #expect(!words.text(word, in: .zh).isEmpty && words.text(word, in: .zh) != word.rawValue, "\(word)")
            #expect(!words.text(word, in: .en).isEmpty && words.text(word, in: .en) != word.rawValue, "\(word)")
        }
    }

    @Test("a file that lacks a word or has an unknown one is refused with both named")
    func problems() throws {
        var words = try WebWords.standard.get()
        words.words["upload"] = nil
        words.words["colour"] = RuleCatalog.Bilingual(zh: "颜色", en: "colour")
        #expect(words.problems() == ["words: no upload", "words: unknown colour"])
    }

    @Test("placeholders are filled; the CLI's vocabulary is the pages' (one set of words)")
    func vocabulary() throws {
        let zh = try PageWords.standard(.zh), en = try PageWords.standard(.en)
        #expect(zh(.chosenFiles, ["count": "3"]) == "已选 3 个文件")
        #expect(en(.checking, ["done": "3", "total": "10"]) == "Checking: 3 of 10 done")
        #expect(zh.fileStatus("ok") == "通过")
        #expect(zh.fileStatus("findings") == "有问题")
        #expect(zh.fileStatus("warningsOnly") == "仅有警告")
        #expect(zh.fileStatus("unreadable") == "无法读取")
        #expect(en.fileStatus("warningsOnly") == "warnings only")
        #expect(zh.roundStatus("passed") == "已交 · 通过")
        #expect(zh.roundStatus("missing") == "未交")
        #expect(zh.severity("warning") == "警告")
        let rules = try TemplateBundle.standard.get().rules
        #expect(zh.ruleName("adjustment-amount") == rules.name(of: .adjustmentAmount, in: .zh))
        #expect(zh.summaryHeader("annualBudget", unit: "万元") == "年度预算数（万元）")
        #expect(en.roundHeader("status") == "Status")
    }
}
