import JixiaoForm
import XLSXReader

/// The cells-dump JSON of `spec/cells-dump.md`, written piece by piece into a byte buffer so that a sheet of
/// any size can be streamed: the document's start, then per sheet its start (with its merged ranges), its cells
/// and its end, then the document's end. ``CellsDump`` streams a workbook through it, and
/// ``Workbook/cellsDumpJSON(path:)`` writes a workbook read whole with it.
///
/// ```swift
/// var out: [UInt8] = []
/// CellsDumpJSON.appendDocumentStart(path: "a.xlsx", date1904: false, to: &out)
/// CellsDumpJSON.appendSheetStart(name: "Sheet1", state: .visible, merges: [], isFirst: true, to: &out)
/// CellsDumpJSON.appendCell(Cell(row: 0, column: 0, value: .number("1505.02")), date1904: false, isFirst: true,
///                          to: &out)
/// CellsDumpJSON.appendSheetEnd(hasCells: true, to: &out)
/// CellsDumpJSON.appendDocumentEnd(hasSheets: true, to: &out)
/// // {"path": "a.xlsx", "date1904": false, "sheets": [{"name": "Sheet1", …, "cells": [{"ref": "A1", …}]}]}
/// ```
enum CellsDumpJSON {
    /// `{ "path": …, "date1904": …, "sheets": [`
    static func appendDocumentStart(path: String, date1904: Bool, to out: inout [UInt8]) {
        out.append(contentsOf: "{\n  \"path\": ".utf8)
        JSONText.append(path, to: &out)
        out.append(contentsOf: (date1904 ? ",\n  \"date1904\": true,\n  \"sheets\": [" : ",\n  \"date1904\": false,\n  \"sheets\": [").utf8)
    }

    /// A sheet's name, state and merged ranges, up to the opening of its `cells`.
    static func appendSheetStart(name: String, state: SheetState, merges: [CellRange], isFirst: Bool,
                                        to out: inout [UInt8]) {
        out.append(contentsOf: (isFirst ? "\n    {\n      \"name\": " : ",\n    {\n      \"name\": ").utf8)
        JSONText.append(name, to: &out)
        out.append(contentsOf: ",\n      \"state\": \"".utf8)
        out.append(contentsOf: state.rawValue.utf8)
        out.append(contentsOf: "\",\n      \"merges\": [".utf8)
        for (index, range) in merges.enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            JSONText.append(range.description, to: &out)
        }
        out.append(contentsOf: "],\n      \"cells\": [".utf8)
    }

    /// One non-empty cell: ref, type, value, and format, formula and date where it has them.
    /// - Parameter isFirst: whether it is the sheet's first cell (the others are preceded by a comma).
    /// - Parameter format: the cell's format, written as its `style` (`--formats`); nil writes none.
    static func appendCell(_ cell: Cell, date1904: Bool, isFirst: Bool, format: CellFormat? = nil,
                           to out: inout [UInt8]) {
        out.append(contentsOf: (isFirst ? "\n        {\"ref\": \"" : ",\n        {\"ref\": \"").utf8)
        cell.reference.appendDescription(to: &out)
        out.append(contentsOf: "\", \"type\": \"".utf8)
        out.append(cell.value.dumpType)
        out.append(contentsOf: "\", \"value\": ".utf8)
        switch cell.value {
        case .boolean(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .text(let text), .number(let text), .error(let text), .isoDate(let text): JSONText.append(text, to: &out)
        case .empty: JSONText.append("", to: &out)
        }
        if let code = cell.numberFormat.code {
            out.append(contentsOf: ", \"format\": ".utf8)
            JSONText.append(code, to: &out)
        }
        if let formula = cell.formula {
            out.append(contentsOf: ", \"formula\": ".utf8)
            JSONText.append(formula, to: &out)
        }
        if cell.numberFormat.isDate {
            let mark = out.count
            out.append(contentsOf: ", \"date\": \"".utf8)
            if cell.appendISODate(date1904: date1904, to: &out) {
                out.append(UInt8(ascii: "\""))
            } else {
                out.removeSubrange(mark...)
            }
        }
        if let format {
            out.append(contentsOf: ", \"style\": ".utf8)
            CellFormatJSON.append(format, index: cell.styleIndex, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Closes the sheet's `cells` and the sheet.
    static func appendSheetEnd(hasCells: Bool, to out: inout [UInt8]) {
        out.append(contentsOf: (hasCells ? "\n      ]\n    }" : "]\n    }").utf8)
    }

    /// Closes `sheets` and the document, with a final newline.
    static func appendDocumentEnd(hasSheets: Bool, to out: inout [UInt8]) {
        out.append(contentsOf: (hasSheets ? "\n  ]\n}\n" : "]\n}\n").utf8)
    }
}
