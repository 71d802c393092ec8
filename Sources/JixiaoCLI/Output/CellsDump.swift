import XLSXReader

/// What `jixiao cells` prints: every non-empty cell of every sheet, as the reader saw it.
/// The JSON shape is the contract of `spec/cells-dump.md`.
enum CellsDump {
    enum Format: String, CaseIterable {
        case json, csv, text
    }

    static func render(_ workbook: Workbook, path: String, format: Format, language: Language) -> String {
        switch format {
        case .json: json(workbook, path: path)
        case .csv: csv(workbook)
        case .text: text(workbook, path: path, language: language)
        }
    }

    static func typeCode(_ value: CellValue) -> String { Workbook.dumpTypeCode(value) }

    static func json(_ workbook: Workbook, path: String) -> String { workbook.cellsDumpJSON(path: path) }

    static func csv(_ workbook: Workbook) -> String {
        var lines = [CSVText.row(["sheet", "ref", "type", "value", "format", "formula", "date"])]
        for sheet in workbook.sheets {
            for cell in sheet.cells where !cell.value.isEmpty {
                lines.append(CSVText.row([sheet.name, cell.reference.description, typeCode(cell.value),
                                          cell.value.displayText, cell.numberFormat.code ?? "", cell.formula ?? "",
                                          sheet.date(of: cell) ?? ""]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(_ workbook: Workbook, path: String, language: Language) -> String {
        var out = path + (workbook.date1904 ? language.pick("（1904 日期系统）", " (1904 date system)") : "") + "\n"
        for sheet in workbook.sheets {
            let state = sheet.state == .visible ? "" : " [\(sheet.state.rawValue)]"
            let count = sheet.cells.filter { !$0.value.isEmpty }.count
            out += "\n== \(sheet.name)\(state): " + language.pick("\(count) 个单元格", "\(count) cells")
            if !sheet.merges.isEmpty {
                out += language.pick("，合并区域 ", ", merged ") + sheet.merges.map(\.description).joined(separator: " ")
            }
            out += "\n"
            for cell in sheet.cells where !cell.value.isEmpty {
                var line = cell.reference.description.padding(toLength: 8, withPad: " ", startingAt: 0)
                line += typeCode(cell.value) + "  " + cell.value.displayText.replacingOccurrences(of: "\n", with: "⏎")
                if let code = cell.numberFormat.code { line += "   [\(code)]" }
                if let formula = cell.formula { line += "   =\(formula)" }
                if let date = sheet.date(of: cell) { line += "   \(date)" }
                out += "  " + line + "\n"
            }
        }
        return out
    }
}
