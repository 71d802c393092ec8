import JixiaoForm

/// Words for a reference list that cannot be used (`validate --reference`, `fill --data`): every
/// ``ReferenceError`` kind in both languages, with the row and column at fault as the person sees the file
/// (`第 4 行，C 列「实际支出数」`).
extension ErrorPresenter {
    /// What each kind says, before the place; `detail` is the error's own (the text that is no number, the row
    /// of the first entry, the other column's header).
    static func referenceText(_ kind: ReferenceError.Kind, detail: String?, language: Language) -> String {
        let detail = detail ?? ""
        switch kind {
        case .unreadable:
            return language.pick("无法读取名单：应为 Excel 工作簿（.xlsx）或 UTF-8、GB18030 编码的 CSV 文件",
                                 "the list cannot be read: expected an Excel workbook (.xlsx) or a CSV file in UTF-8 or GB 18030")
        case .noNameColumn:
            return language.pick("名单中找不到单位名称列：表头应有「部门名称」或「单位名称」等",
                                 "the list has no column for the unit's name: its header needs 部门名称 or 单位名称 (or the like)")
        case .duplicateColumn:
            return language.pick("这一列与「\(detail)」列是同一项，名单中每一项只能有一列。请删去其中一列",
                                 "this column means the same as the column '\(detail)'; a list gives each item in one column. Remove one of them")
        case .emptyName:
            return language.pick("这一行有编码或金额，但没有单位名称。请填写单位名称",
                                 "this row has a code or figures but no unit name. Fill in the unit's name")
        case .duplicateUnit:
            return language.pick("与第 \(detail) 行是同一单位，名单中每个单位只能有一行。请删去多余的一行",
                                 "the same unit as row \(detail); a list has one row per unit. Remove the extra row")
        case .notANumber:
            return language.pick("不是金额：\(detail)。请填写数字", "not an amount: \(detail). Write a number")
        case .noUnits:
            return language.pick("名单中没有任何单位", "the list names no unit")
        case .isAForm:
            return language.pick("这是一份自评表（\(detail)），不是名单。请用 --reference 指定核定名单，自评表作为要校验的文件给出",
                                 "this is a form (\(detail)), not a reference list. Give the list with --reference and the forms as the files to check")
        }
    }

    /// `名单.xlsx：不是金额：约270。请填写数字（第 3 行，C 列「实际支出数」）`; an unreadable file's reason as detail.
    ///
    /// ```swift
    /// let error = ReferenceError(.notANumber, row: 3, column: 3, header: "实际支出数", detail: "约270")
    /// ErrorPresenter.message(for: error, file: "名单.csv", language: .en)
    /// // "名单.csv: not an amount: 约270. Write a number (row 3, column C '实际支出数')"
    /// ```
    static func message(for error: ReferenceError, file: String, language: Language) -> String {
        var places: [String] = []
        if let row = error.row { places.append(language.pick("第 \(row) 行", "row \(row)")) }
        if let column = error.columnName {
            places.append(error.header.map { language.pick("\(column) 列「\($0)」", "column \(column) '\($0)'") }
                          ?? language.pick("\(column) 列", "column \(column)"))
        }
        let place = places.joined(separator: language.pick("，", ", "))
        return compose(file: file, text: referenceText(error.kind, detail: error.detail, language: language),
                       places: place.isEmpty ? [] : [place],
                       detail: error.kind == .unreadable ? error.detail : nil, language: language)
    }

    /// The exit code for a reference list refused: always `unreadableOrUsage` (2), before any form is read or
    /// written.
    static func exitStatus(for error: ReferenceError) -> ExitStatus { .unreadableOrUsage }

    /// A reference list that cannot be used by `validate --reference`: refused, or a template of jixiao missing.
    static func message(for failure: RoundRendering.Failure, reference: String, language: Language) -> String {
        switch failure {
        case .reference(let error): message(for: error, file: reference, language: language)
        case .templates(let error): message(for: error, language: language)
        }
    }
}
