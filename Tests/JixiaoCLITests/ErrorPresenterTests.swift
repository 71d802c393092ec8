import Foundation
import JixiaoForm
@testable import JixiaoCLI
import JixiaoForm
import Testing
import XLSXReader
import XLSXWriter

/// Every reader error kind has words in both languages (the `lxw_strerror` idea: the table and the kinds
/// cannot drift apart).
@Suite("Error messages")
struct ErrorPresenterTests {
    @Test(arguments: XLSXError.Kind.allKnown + XLSXError.Kind.raisedByRuns)
    func everyKindHasBothLanguages(_ kind: XLSXError.Kind) {
        let zh = ErrorPresenter.message(for: XLSXError(kind), file: "a.xlsx", language: .zh)
        let en = ErrorPresenter.message(for: XLSXError(kind), file: "a.xlsx", language: .en)
        #expect(ErrorPresenter.readerMessages[kind] != nil, "no text for \(kind)")
        #expect(!zh.isEmpty && !en.isEmpty)
        #expect(zh != en)
        #expect(ErrorPresenter.exitStatus(for: XLSXError(kind)) == .unreadableOrUsage)
    }

    @Test(arguments: [FormError.Kind.notRecognised, .noSheets, .templatesMissing])
    func everyFormKindHasBothLanguages(_ kind: FormError.Kind) {
        #expect(ErrorPresenter.formMessages[kind] != nil, "no text for \(kind)")
        let zh = ErrorPresenter.message(for: .form(FormError(kind)), file: "a.xlsx", language: .zh)
        let en = ErrorPresenter.message(for: .form(FormError(kind)), file: "a.xlsx", language: .en)
        #expect(zh.hasPrefix("a.xlsx：") && en.hasPrefix("a.xlsx: ") && zh != en)
    }

    /// A broken installation is told in the user's language, naming the file (not the decoder's English alone).
    @Test func aBrokenTemplateIsToldInBothLanguages() {
        let error = TemplateLoadError(file: "official-layout.json", detail: "keyNotFound")
        #expect(ErrorPresenter.message(for: error, language: .zh)
                == "official-layout.json：jixiao 的模板文件缺失或损坏，请重新安装 jixiao [详情: keyNotFound]")
        #expect(ErrorPresenter.message(for: error, language: .en)
                == "official-layout.json: a template file of jixiao is missing or damaged; reinstall jixiao [detail: keyNotFound]")
    }

    /// Fill data's errors name the row and the column, put together as every other message is.
    @Test func fillDataErrorsNameRowAndColumn() {
        let error = FormInput.InputError(.notAnAmount, row: 3, column: "年度预算数", detail: "一千")
        #expect(ErrorPresenter.message(for: error, file: "data.csv", language: .zh) == "data.csv：不是金额：一千（第 3 行，列「年度预算数」）")
        #expect(ErrorPresenter.message(for: error, file: "data.csv", language: .en)
                == "data.csv: not an amount: 一千 (row 3, column '年度预算数')")
    }

    /// Every reference-list fault has words in both languages, with the row and the column as the file shows them.
    @Test(arguments: ReferenceError.Kind.allCases)
    func everyReferenceKindHasBothLanguages(_ kind: ReferenceError.Kind) {
        let error = ReferenceError(kind, row: 4, column: 3, header: "实际支出数", detail: "x")
        let zh = ErrorPresenter.message(for: error, file: "名单.csv", language: .zh)
        let en = ErrorPresenter.message(for: error, file: "名单.csv", language: .en)
        #expect(zh.hasPrefix("名单.csv：") && zh.contains("第 4 行，C 列「实际支出数」"), "\(zh)")
        #expect(en.hasPrefix("名单.csv: ") && en.contains("row 4, column C '实际支出数'"), "\(en)")
        #expect(ErrorPresenter.referenceText(kind, detail: nil, language: .zh) != ErrorPresenter.referenceText(kind, detail: nil, language: .en))
        #expect(ErrorPresenter.exitStatus(for: error) == .unreadableOrUsage)
    }

    @Test func aReferenceListFaultNamesItsRowAndColumn() {
        let error = ReferenceError(.notANumber, row: 3, column: 3, header: "实际支出数", detail: "约270")
        #expect(ErrorPresenter.message(for: error, file: "名单.csv", language: .zh) == "名单.csv：不是金额：约270。请填写数字（第 3 行，C 列「实际支出数」）")
        #expect(ErrorPresenter.message(for: error, file: "名单.csv", language: .en)
                == "名单.csv: not an amount: 约270. Write a number (row 3, column C '实际支出数')")
        let unreadable = ReferenceError(.unreadable, detail: "not UTF-8 or GB 18030 text")
        #expect(ErrorPresenter.message(for: unreadable, file: "名单.csv", language: .zh)
                == "名单.csv：无法读取名单：应为 Excel 工作簿（.xlsx）或 UTF-8、GB18030 编码的 CSV 文件 [详情: not UTF-8 or GB 18030 text]")
    }

    @Test func namesWhereItHappened() {
        let error = XLSXError(.cellOutOfRange, part: "xl/worksheets/sheet1.xml", sheet: "自评表", cell: "XFE1")
        let zh = ErrorPresenter.message(for: error, file: "a.xlsx", language: .zh)
        #expect(zh.hasPrefix("a.xlsx："))
        #expect(zh.contains("工作表「自评表」") && zh.contains("单元格 XFE1") && zh.contains("xl/worksheets/sheet1.xml"))
        let en = ErrorPresenter.message(for: error, file: "a.xlsx", language: .en)
        #expect(en.contains("sheet '自评表'") && en.contains("cell XFE1"))
    }

    /// No form found: too few labels (the words as they always were), labels without the form's blocks, another
    /// table told by what it is.
    @Test func noFormSaysWhatTheClosestSheetLacksOrIs() {
        func message(_ error: FormError, _ language: Language) -> String {
            ErrorPresenter.message(for: .form(error), file: "a.xlsx", language: language)
        }
        let sought = ["部门名称", "年度整体目标", "年度关键指标"]
        let fewLabels = FormError(.notRecognised, closestSheet: "工资表", labelsFound: 0, labelsNeeded: 3, labelsSought: ["部门名称"],
                                  blocksNeeded: 2, blocksSought: sought)
        #expect(message(fewLabels, .zh) == "a.xlsx：找不到部门整体支出绩效自评表：没有哪个工作表含有足够的表格标签（最接近的工作表「工资表」只找到 0 个标签，至少需要 3 个；查找的标签如 部门名称）")
        var noBlocks = fewLabels
        noBlocks.labelsFound = 4
        noBlocks.blocksFound = 1
        #expect(message(noBlocks, .zh) == "a.xlsx：找不到部门整体支出绩效自评表：工作表「工资表」有 4 个表格标签，但没有自评表的标题，自评表特有的栏目只找到 1 个，至少需要 2 个（查找的标签如 部门名称、年度整体目标、年度关键指标）")
        #expect(message(noBlocks, .en).contains("only 1 of its distinctive blocks, 2 needed (labels sought include 部门名称, 年度整体目标, 年度关键指标)"))
        var other = noBlocks
        other.otherTable = FormError.OtherTable(name: "预算表", english: "a budget list (预算表)")
        #expect(message(other, .zh) == "a.xlsx：找不到部门整体支出绩效自评表：工作表「工资表」是预算表，不是部门整体支出绩效自评表（查找的标签如 部门名称、年度整体目标、年度关键指标）")
        #expect(message(other, .en) == "a.xlsx: no 部门整体支出绩效自评表 found: sheet '工资表' is a budget list (预算表), not the 部门整体 form (labels sought include 部门名称, 年度整体目标, 年度关键指标)")
    }

    @Test(arguments: SkipReason.allCases)
    func everySkipReasonHasBothLanguages(_ reason: SkipReason) {
        #expect(SkipWords.words[reason] != nil, "no words for \(reason)")
        let zh = SkipWords.reason(reason, language: .zh)
        let en = SkipWords.reason(reason, language: .en)
        #expect(!zh.isEmpty && !en.isEmpty && zh != en)
        var summary = ValidationSummary([])
        summary.skipped = [reason: 2]
        #expect(SkipWords.tally(summary, language: .zh).hasPrefix("跳过 2 个文件（"))
        #expect(SkipWords.tally(summary, language: .en).hasPrefix("2 files skipped ("))
    }

    @Test func theSystemsReasonsAreWorded() {
        for (code, words) in ErrorPresenter.systemReasons {
            #expect(ErrorPresenter.systemReason(code, language: .zh) == words.zh)
            #expect(ErrorPresenter.systemReason(code, language: .en) == words.en)
            #expect(words.zh != words.en)
        }
        // The disk full while libxlsxwriter writes: the real reason, not the library's guess.
        let full = XLSXWriterError(.zip, detail: "Error in writing member in the zipfile", libraryCode: 6, systemCode: ENOSPC)
        #expect(ErrorPresenter.message(for: full, file: "汇总.xlsx", language: .zh) == "汇总.xlsx：磁盘已满")
        #expect(ErrorPresenter.message(for: full, target: OutputTarget("s.xlsx", option: "--summary"), language: .en)
                == "cannot write --summary s.xlsx: the disk is full")
        // A code without words of ours gets the system's.
        #expect(ErrorPresenter.systemReason(ETXTBSY, language: .en).hasPrefix("system error: "))
    }

    @Test func everyOutputProblemIsWorded() {
        let reasons: [OutputProblem.Reason] = [.system(EROFS), .isFolder, .notAFolder, .notAFile, .namesInput("a.xlsx"),
                                               .sameAs("--json"), .writtenTwice("a/x.xlsx", "b/x.xlsx")]
        var texts: Set<String> = []
        for reason in reasons {
            let problem = OutputProblem(path: "r.json", option: "--csv", reason: reason)
            let zh = ErrorPresenter.message(for: problem, language: .zh)
            let en = ErrorPresenter.message(for: problem, language: .en)
            #expect(zh.hasPrefix("无法写出 --csv r.json：") && en.hasPrefix("cannot write --csv r.json: "))
            texts.insert(zh)
            texts.insert(en)
        }
        #expect(texts.count == reasons.count * 2)
        #expect(ErrorPresenter.message(for: OutputProblem(path: "-", reason: .system(ENOSPC)), language: .zh)
                == "无法写出 标准输出：磁盘已满")
    }
}
