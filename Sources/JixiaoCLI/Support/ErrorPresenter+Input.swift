import JixiaoForm

/// Words for inputs the tool cannot use: paths that name nothing, and data `fill` cannot use (a JSON that is no
/// form, a CSV without a 部门名称 column, an amount that is no number), naming the row and column.
extension ErrorPresenter {
    /// A command that reads files was given none.
    static func noPaths(language: Language) -> String {
        language.pick("请至少给出一个文件或文件夹", "give at least one file or folder")
    }

    /// A path given on the command line names nothing.
    static func missingPath(language: Language) -> String {
        language.pick("文件或文件夹不存在", "no such file or folder")
    }

    /// `data.csv：不是金额：一千（第 3 行，列「年度预算数」）`.
    static func message(for error: FormInput.InputError, file: String, language: Language) -> String {
        let place = [error.row.map { language.pick("第 \($0) 行", "row \($0)") },
                     error.column.map { language.pick("列「\($0)」", "column '\($0)'") }].compactMap { $0 }
            .joined(separator: language.pick("，", ", "))
        let text: String
        switch error.kind {
        case .notFormJSON:
            text = language.pick("不是表单 JSON（应为 validate 的 JSON 结果、form 对象数组或单个 form 对象）",
                                 "not form JSON (expected a validate JSON report, an array of form objects or one form object)")
        case .unreadableText:
            text = language.pick("无法读取为文本（应为 UTF-8 或 GB18030 编码的 CSV）", "not readable text (expected UTF-8 or GB 18030 CSV)")
        case .noDepartmentColumn:
            text = language.pick("CSV 缺少「部门名称」（或 department）列", "the CSV has no 部门名称 (department) column")
        case .notAnAmount:
            text = language.pick("不是金额：\(error.detail ?? "")", "not an amount: \(error.detail ?? "")")
        case .notAYear:
            text = language.pick("不是年度：\(error.detail ?? "")", "not a year: \(error.detail ?? "")")
        }
        return compose(file: file, text: text, places: place.isEmpty ? [] : [place],
                       detail: error.kind == .notFormJSON ? error.detail : nil, language: language)
    }
}
