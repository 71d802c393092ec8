import JixiaoForm
import XLSXReader

/// Words for why a file is unreadable: the reader's errors through ``ErrorPresenter``, and the form-level
/// ones (no form found) here, in Chinese and English.
enum FormErrorPresenter {
    static let formMessages: [FormError.Kind: (zh: String, en: String)] = [
        .notRecognised: ("找不到部门整体支出绩效自评表：没有哪个工作表含有足够的表格标签",
                         "no 部门整体支出绩效自评表 found: no sheet shows enough of the form's labels"),
        .noSheets: ("工作簿中没有含内容的工作表", "the workbook has no worksheet with cells"),
        .templatesMissing: ("程序的表样模板缺失或损坏，请重新安装 jixiao", "jixiao's form templates are missing or damaged; reinstall jixiao"),
    ]

    /// The message for an unreadable file, starting with its path.
    static func message(for failure: ValidationFailure, file: String, language: Language) -> String {
        switch failure {
        case .reader(let error):
            return ErrorPresenter.message(for: error, file: file, language: language)
        case .form(let error):
            let text = formMessages[error.kind].map { language.pick($0.zh, $0.en) } ?? error.kind.rawValue
            var message = "\(file)\(language.pick("：", ": "))\(text)"
            if let sheet = error.closestSheet, error.kind == .notRecognised {
                message += language.pick(
                    "（最接近的工作表「\(sheet)」只找到 \(error.labelsFound) 个标签，至少需要 \(error.labelsNeeded) 个；查找的标签如 \(error.labelsSought.joined(separator: "、"))）",
                    " (the closest sheet '\(sheet)' shows \(error.labelsFound) labels, \(error.labelsNeeded) needed; labels sought include \(error.labelsSought.joined(separator: ", ")))")
            }
            if let detail = error.detail, !detail.isEmpty { message += language.pick(" [详情: \(detail)]", " [detail: \(detail)]") }
            return message
        }
    }
}
