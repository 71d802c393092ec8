import Foundation
import XLSXWriter

/// A sample workbook using every feature of the layer, described as data so the same description drives the
/// writing and the expectations: ours in `SampleWorkbookTests`, openpyxl's in
/// `Scripts/check-writer-openpyxl.py` (through `sample.expected.json`).
enum SampleWorkbook {
    struct CellEntry {
        enum Content {
            case text(String)
            case decimal(String)
            case boolean(Bool)
            case formula(String, cachedNumber: Double)
            case formulaText(String, cachedText: String)
        }
        let row: Int
        let column: Int
        let content: Content
        let style: CellStyle?

        var reference: String { CellRect(row: row, column: column).description }
    }

    static let sheetName = "2021年 自评表"
    static let summaryName = "汇总"

    static let title = CellStyle(fontName: "宋体", fontSize: 16, bold: true, horizontalAlignment: .center,
                                 verticalAlignment: .center)
    static let label = CellStyle(fontName: "宋体", fontSize: 11, fillColor: RGBColor(hex: "D9E1F2"),
                                 borders: .all(.thin), verticalAlignment: .center, wrapsText: true)
    static let amount = CellStyle(fontName: "宋体", fontSize: 11, borders: .all(.thin), horizontalAlignment: .right,
                                  numberFormat: "#,##0.00")
    static let rate = CellStyle(fontName: "宋体", fontSize: 11, borders: .all(.thin), numberFormat: "0.0%")
    static let score = CellStyle(fontName: "宋体", fontSize: 11, borders: .all(.thin), numberFormat: "0.00")

    static let cells: [CellEntry] = [
        CellEntry(row: 2, column: 0, content: .text("主管部门"), style: label),
        CellEntry(row: 2, column: 1, content: .text("上海市黄浦区财政局"), style: label),
        CellEntry(row: 4, column: 0, content: .text("年度资金总额"), style: label),
        CellEntry(row: 4, column: 1, content: .text("预算数"), style: label),
        CellEntry(row: 4, column: 2, content: .decimal("1505.02"), style: amount),
        CellEntry(row: 5, column: 1, content: .text("执行数"), style: label),
        CellEntry(row: 5, column: 2, content: .decimal("1472.47"), style: amount),
        CellEntry(row: 6, column: 1, content: .text("执行率"), style: label),
        CellEntry(row: 6, column: 2, content: .formula("C6/C5", cachedNumber: 1472.47 / 1505.02), style: rate),
        CellEntry(row: 6, column: 3, content: .formulaText("IF(C7>=0.9,\"达标\",\"未达标\")", cachedText: "达标"), style: label),
        CellEntry(row: 7, column: 1, content: .text("结转结余"), style: label),
        CellEntry(row: 7, column: 2, content: .decimal("-353.99"), style: score),
        CellEntry(row: 8, column: 1, content: .text("是否公开"), style: label),
        CellEntry(row: 8, column: 2, content: .boolean(true), style: label),
        CellEntry(row: 9, column: 0, content: .text("自评得分"), style: label),
        CellEntry(row: 9, column: 2, content: .decimal("92.5"), style: score),
        CellEntry(row: 10, column: 0, content: .text("说明\n（多行文本）"), style: label),
    ]

    static let merges: [(range: CellRect, text: String, style: CellStyle)] = [
        (CellRect("A1:F1")!, "部门整体支出绩效自评表", title),
        (CellRect("B3:F3")!, "", label),
        (CellRect("A5:A9")!, "", label),
        (CellRect("A10:B10")!, "", label),
    ]

    static let comments: [(row: Int, column: Int, text: String, author: String)] = [
        (4, 2, "预算数与上年决算不一致，请核对", "jixiao"),
        (9, 2, "得分按权重汇总", "jixiao"),
    ]

    static let validationList = ["优", "良", "中", "差"]

    /// Writes the sample to `url` (replacing it).
    static func write(to url: URL) throws {
        let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(overwrite: true))
        try workbook.setProperties(DocumentProperties(title: "部门整体支出绩效自评表（样例）", author: "jixiao",
                                                      company: "黄浦区财政局", comments: "XLSXWriter sample"))
        let sheet = try workbook.addWorksheet(named: sheetName)
        let summary = try workbook.addWorksheet(named: summaryName)

        try sheet.setColumnWidth(16, columns: 0...0)
        try sheet.setColumnWidth(14, columns: 1...5)
        try sheet.setRowHeight(30, row: 0)
        for merge in merges {
            try sheet.mergeCells(merge.range, text: merge.text, style: merge.style)
        }
        for entry in cells {
            switch entry.content {
            case .text(let text):
                try sheet.writeText(text, row: entry.row, column: entry.column, style: entry.style)
            case .decimal(let text):
                try sheet.writeNumber(Decimal(string: text)!, row: entry.row, column: entry.column, style: entry.style)
            case .boolean(let value):
                try sheet.writeBoolean(value, row: entry.row, column: entry.column, style: entry.style)
            case .formula(let formula, let cached):
                try sheet.writeFormula(formula, cachedNumber: cached, row: entry.row, column: entry.column,
                                       style: entry.style)
            case .formulaText(let formula, let cached):
                try sheet.writeFormula(formula, cachedText: cached, row: entry.row, column: entry.column,
                                       style: entry.style)
            }
        }
        for comment in comments {
            try sheet.addComment(comment.text, row: comment.row, column: comment.column,
                                 options: CommentOptions(author: comment.author))
        }
        try sheet.addValidation(DataValidation(.list(validationList), inputTitle: "评价等级"), to: CellRect("E10:E12")!)
        try sheet.setPrintSetup(PrintSetup(fitToPagesWide: 1, repeatRows: 0...0, centersHorizontally: true))
        try workbook.defineName("预算总额", refersTo: "=\(quoted(sheetName))!$C$5")

        // The bulk-summary features: header, autofilter, frozen header, links, chart.
        let header = CellStyle(bold: true, fillColor: .lightGray, borders: .all(.thin))
        for (column, text) in ["单位", "预算数", "得分", "原表"].enumerated() {
            try summary.writeText(text, row: 0, column: column, style: header)
        }
        let units = [("黄浦区财政局", "1505.02", "92.5"), ("静安区财政局", "980.4", "88"), ("徐汇区财政局", "1200", "95.25")]
        for (index, unit) in units.enumerated() {
            try summary.writeText(unit.0, row: index + 1, column: 0)
            try summary.writeNumber(Decimal(string: unit.1)!, row: index + 1, column: 1, style: amount)
            try summary.writeNumber(Decimal(string: unit.2)!, row: index + 1, column: 2, style: score)
            try summary.writeHyperlink(.sheet(sheetName, cell: "A1"), row: index + 1, column: 3, text: "查看")
        }
        try summary.freezePanes(row: 1, column: 0)
        try summary.setAutofilter(CellRect("A1:D4")!)
        try summary.insertChart(Chart(.column, title: "自评得分", categoryAxisTitle: "单位", valueAxisTitle: "得分",
                                      series: [Chart.Series(name: "得分",
                                                            categories: Chart.DataRange(sheet: summaryName, range: CellRect("A2:A4")!),
                                                            values: Chart.DataRange(sheet: summaryName, range: CellRect("C2:C4")!))]),
                                row: 5, column: 0)
        try workbook.close()
    }

    static func quoted(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

    /// What an independent reader should find, as JSON for `Scripts/check-writer-openpyxl.py`.
    static func expectedJSON() throws -> Data {
        var cellList: [[String: Any]] = []
        for merge in merges where !merge.text.isEmpty {
            cellList.append(["sheet": sheetName, "ref": merge.range.description.components(separatedBy: ":")[0],
                             "type": "text", "value": merge.text])
        }
        for entry in cells {
            var record: [String: Any] = ["sheet": sheetName, "ref": entry.reference]
            switch entry.content {
            case .text(let text): record["type"] = "text"; record["value"] = text
            case .decimal(let text): record["type"] = "number"; record["value"] = text
            case .boolean(let value): record["type"] = "boolean"; record["value"] = value
            case .formula(let formula, let cached):
                record["type"] = "formula"; record["formula"] = "=" + formula; record["value"] = cached
            case .formulaText(let formula, let cached):
                record["type"] = "formula"; record["formula"] = "=" + formula; record["value"] = cached
            }
            if let format = entry.style?.numberFormat { record["numberFormat"] = format }
            cellList.append(record)
        }
        let json: [String: Any] = [
            "sheets": [sheetName, summaryName],
            "cells": cellList,
            "merges": [sheetName: merges.map(\.range.description)],
            "comments": comments.map { ["sheet": sheetName, "ref": CellRect(row: $0.row, column: $0.column).description,
                                        "text": $0.text, "author": $0.author] },
            "definedNames": ["预算总额": "\(quoted(sheetName))!$C$5"],
            "validation": ["sheet": sheetName, "range": "E10:E12", "formula": "\"" + validationList.joined(separator: ",") + "\""],
            "freezePanes": ["sheet": summaryName, "topLeftCell": "A2"],
            "autofilter": ["sheet": summaryName, "ref": "A1:D4"],
            "hyperlinks": [["sheet": summaryName, "ref": "D2", "location": "\(quoted(sheetName))!A1"]],
            "charts": [["sheet": summaryName, "count": 1]],
            "title": "部门整体支出绩效自评表（样例）",
        ]
        return try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
    }
}
