import JixiaoForm

/// Words for a reference list that was refused (``ReferenceError``), naming its row and column.
extension ErrorPresenter {
    /// `名单.csv：第 4 行的数值不是数字（第 4 行，C 列「年度预算数」） [详情: 约1500]`.
    static func message(for error: ReferenceError, file: String, language: Language) -> String {
        let text: String
        switch error.kind {
        case .unreadable:
            text = language.pick("名单文件无法读取：须是 .xlsx 工作簿或 CSV 文本（UTF-8 或 GB 18030）",
                                 "the list cannot be read: it must be an .xlsx workbook or CSV text (UTF-8 or GB 18030)")
        case .noNameColumn:
            text = language.pick("名单中找不到单位名称列（表头须有「部门名称」「单位名称」或 department）",
                                 "the list has no column for the unit's name (a header 部门名称, 单位名称 or department)")
        case .duplicateColumn:
            text = language.pick("名单中有两列表示同一项（另一列：\(error.detail ?? "")）",
                                 "two columns of the list mean the same (the other: \(error.detail ?? ""))")
        case .emptyName:
            text = language.pick("名单中有一行填了数值或编码，却没有单位名称", "a row of the list has figures or a code but no unit name")
        case .duplicateUnit:
            text = language.pick("名单中同一单位出现两次（第一次在第 \(error.detail ?? "?") 行）",
                                 "the list names one unit twice (first in row \(error.detail ?? "?"))")
        case .notANumber:
            text = language.pick("名单中的数值不是数字", "a figure of the list is not a number")
        case .noUnits:
            text = language.pick("名单中没有任何单位", "the list names no unit")
        }
        var places: [String] = []
        if let row = error.row { places.append(language.pick("第 \(row) 行", "row \(row)")) }
        if let column = error.columnName {
            let header = error.header.map { language.pick("「\($0)」", " '\($0)'") } ?? ""
            places.append(language.pick("\(column) 列\(header)", "column \(column)\(header)"))
        }
        let detail = error.kind == .duplicateColumn || error.kind == .duplicateUnit ? nil : error.detail
        return compose(file: file, text: text, places: places, detail: detail, language: language)
    }

    /// A reference list that cannot be used: refused, or a template of jixiao missing.
    static func message(for failure: RoundRendering.Failure, reference: String, language: Language) -> String {
        switch failure {
        case .reference(let error): message(for: error, file: reference, language: language)
        case .templates(let error): message(for: error, language: language)
        }
    }
}
