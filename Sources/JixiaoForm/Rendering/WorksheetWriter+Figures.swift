import Foundation
import XLSXWriter

/// How the renderers put a value in a bordered cell: a figure as a live formula with its value cached, as a plain
/// number, or as a blank that keeps the cell's borders; a text likewise.
extension WorksheetWriter {
    func writeFigure(_ value: Decimal?, formula: String? = nil, row: Int, column: Int,
                     style: CellStyle) throws(XLSXWriterError) {
        if let value, let formula {
            try writeFormula(formula, cachedNumber: value, row: row, column: column, style: style)
        } else if let value {
            try writeNumber(value, row: row, column: column, style: style)
        } else {
            try writeBlank(row: row, column: column, style: style)
        }
    }

    func writeTextOrBlank(_ text: String?, row: Int, column: Int, style: CellStyle) throws(XLSXWriterError) {
        if let text, !text.isEmpty {
            try writeText(text, row: row, column: column, style: style)
        } else {
            try writeBlank(row: row, column: column, style: style)
        }
    }
}
