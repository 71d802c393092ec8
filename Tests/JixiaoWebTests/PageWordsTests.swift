import Foundation
import JixiaoForm
import JixiaoTestSupport
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

    @Test("the code uses every word, and says nothing a person reads outside the words")
    func everyWordUsed() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Sources/JixiaoWeb")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && $0.lastPathComponent != "WebWord.swift" })
        // The code without its comments (whose examples name words too).
        let code = try files.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
            .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
        #expect(files.count > 20)
        for word in WebWord.allCases {
            // `[.upload]`, `(.checking, …)`, `: .uploadDone`: the case as a value, not a property of something.
            let used = code.range(of: "(?<![A-Za-z0-9_)?!\\]])\\.\(word.rawValue)(?![A-Za-z0-9_])", options: .regularExpression) != nil
            #expect(used, "\(word.rawValue) is in web-words.json but no page uses it")
        }
        // No Chinese or English pair left in the code: the words are all in the file.
        #expect(!code.contains(".pick("))
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
        #expect(WebLanguage.zh(.tooManyFiles, ["limit": "500"]) == "本轮文件数将超过上限 500 个，本次上传未保存。")
        #expect(WebLanguage.en[.notFoundTitle] == "Not found")
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
