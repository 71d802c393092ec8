import JixiaoForm
import XLSXReader

/// Words for why a file is unreadable: the reader's errors, and the form-level ones (no form found) here, in
/// Chinese and English.
extension ErrorPresenter {
    static let formMessages: [FormError.Kind: (zh: String, en: String)] = [
        .notRecognised: ("找不到部门整体支出绩效自评表", "no 部门整体支出绩效自评表 found"),
        .noSheets: ("工作簿中没有含内容的工作表", "the workbook has no worksheet with cells"),
        .templatesMissing: ("程序的表样模板缺失或损坏，请重新安装 jixiao", "jixiao's form templates are missing or damaged; reinstall jixiao"),
    ]

    /// The message for an unreadable file, starting with its path.
    static func message(for failure: ValidationFailure, file: String, language: Language) -> String {
        switch failure {
        case .reader(let error):
            return message(for: error, file: file, language: language)
        case .form(let error):
            var text = formMessages[error.kind].map { language.pick($0.zh, $0.en) } ?? error.kind.rawValue
            if error.kind == .notRecognised { text += notRecognisedDetail(error, language: language) }
            return compose(file: file, text: text, detail: error.detail, language: language)
        case .report(let error):
            return message(for: error, file: file, language: language)
        }
    }

    /// What the closest sheet is, or what it lacks: another table (told by its title or its labels), too few
    /// of the form's distinctive blocks, or too few of its labels.
    private static func notRecognisedDetail(_ error: FormError, language: Language) -> String {
        let enoughLabels = language.pick("：没有哪个工作表含有足够的表格标签", ": no sheet shows enough of the form's labels")
        guard let sheet = error.closestSheet else { return enoughLabels }
        let blocks = error.blocksSought.joined(separator: language.pick("、", ", "))
        if let table = error.otherTable {
            return language.pick(
                "：工作表「\(sheet)」是\(table.name)，不是部门整体支出绩效自评表（查找的标签如 \(blocks)）",
                ": sheet '\(sheet)' is \(table.english), not the 部门整体 form (labels sought include \(blocks))")
        }
        if let found = error.blocksFound {
            return language.pick(
                "：工作表「\(sheet)」有 \(error.labelsFound) 个表格标签，但没有自评表的标题，自评表特有的栏目只找到 \(found) 个，至少需要 \(error.blocksNeeded) 个（查找的标签如 \(blocks)）",
                ": sheet '\(sheet)' shows \(error.labelsFound) of the form's labels but no title of the form and only \(found) of its distinctive blocks, \(error.blocksNeeded) needed (labels sought include \(blocks))")
        }
        return enoughLabels + language.pick(
            "（最接近的工作表「\(sheet)」只找到 \(error.labelsFound) 个标签，至少需要 \(error.labelsNeeded) 个；查找的标签如 \(error.labelsSought.joined(separator: "、"))）",
            " (the closest sheet '\(sheet)' shows \(error.labelsFound) labels, \(error.labelsNeeded) needed; labels sought include \(error.labelsSought.joined(separator: ", ")))")
    }
}
