import Foundation
import JixiaoForm
import XLSXReader

/// A district's own blank form given to `fill --template` or `template --from`: read and recognised like a
/// returned form, or refused with the reason in the user's language (exit 2).
///
/// ```swift
/// let filler = try BlankTemplate.read("花都区空表.xlsx", writer: writer, language: .zh)
/// filler.blank.sources[.annualBudget]?.cell   // D6
/// ```
enum BlankTemplate {
    static func read(_ path: String, writer: FormWorkbookWriter, language: Language) throws -> BlankFormFiller {
        let validator = FormValidator(templates: .success(writer.templates), language: language.messages,
                                      readOptions: CorrectedLayout.own.readOptions())
        let (reports, workbook) = validator.validateWorkbook(fileAt: URL(fileURLWithPath: path), path: path,
                                                             skippingCorrectedTables: false)
        if let error = reports[0].error {
            throw CommandFailure(message: ErrorPresenter.message(for: error, file: path, language: language),
                                 status: .unreadableOrUsage)
        }
        guard let form = reports[0].form, let workbook else {
            throw CommandFailure(message: language.pick("\(path)：不是自评表，不能用作空表", "\(path): not a form, cannot serve as the blank"),
                                 status: .unreadableOrUsage)
        }
        return BlankFormFiller(blank: form, workbook: workbook, templates: writer.templates, layout: writer.layout)
    }

    /// The refusal of a blank missing places: `花都区空表.xlsx：空表中找不到以下项目的位置：其中：政府性基金预算；关键指标 6`.
    static func refusal(_ path: String, labels: [String], department: String? = nil, language: Language) -> CommandFailure {
        let whose = department.map { language.pick("（\($0) 的数据）", " (the data of \($0))") } ?? ""
        return CommandFailure(message: language.pick("\(path)：空表中找不到以下项目的位置\(whose)：", "\(path): the blank has no place for\(whose): ")
                                  + labels.joined(separator: language.pick("；", "; ")),
                              status: .unreadableOrUsage)
    }
}
