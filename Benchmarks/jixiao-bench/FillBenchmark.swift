import CXlsxWriter
import Foundation
import JixiaoForm
import XLSXReader
import XLSXWriter

/// Writing filled forms: N forms in the official layout through `FormWorkbookWriter` (styles, merges, live
/// formulas, print setup, atomic output), beside a plain loop of libxlsxwriter calls that writes the same cells,
/// formulas and merges (replayed from the first written form) with one format per number format.
enum FillBenchmark {
    struct Measurement: CustomStringConvertible {
        let forms: Int
        let cellsPerForm: Int
        let renderSeconds: Double
        let plainSeconds: Double
        var description: String {
            String(format: "fill: %d forms (%d cells each): FormWorkbookWriter %.3f s (%.0f forms/s, %.2f ms each), plain C loop of the same cells %.3f s (%.0f forms/s); ratio %.2f",
                   forms, cellsPerForm, renderSeconds, Double(forms) / renderSeconds, renderSeconds * 1000 / Double(forms),
                   plainSeconds, Double(forms) / plainSeconds, renderSeconds / plainSeconds)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(source: URL, count: Int, folder: URL) throws -> Measurement {
        let writer = try FormWorkbookWriter()
        let report = FormValidator().validate(fileAt: source)
        guard let original = report.form else { throw Failure(description: "\(source.path) is not a form") }
        var forms: [Form] = []
        for index in 0..<count {
            var form = original
            form.department = "部门\(index + 1)"
            form.funds.actual = form.funds.actual.map { ShownDecimal($0.value + Decimal(index % 50), places: $0.places) }
            for key in [FieldKey.completionRate, .adjustment, .adjustmentRate] { form.funds[key] = nil }
            forms.append(writer.corrector.correct(form, findings: []).form)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let render = try seconds {
            for (index, form) in forms.enumerated() {
                try writer.write(form, to: folder.appendingPathComponent("form-\(index).xlsx"), overwrite: true)
            }
        }
        let written = try Workbook(contentsOf: folder.appendingPathComponent("form-0.xlsx"))
        let plain = try seconds {
            for index in 0..<count {
                try replay(written, to: folder.appendingPathComponent("plain-\(index).xlsx").path)
            }
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".xlsx") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        return Measurement(forms: count, cellsPerForm: written.sheets.reduce(0) { $0 + $1.cells.count },
                           renderSeconds: render, plainSeconds: plain)
    }

    /// The same cells, formulas and merges as plain libxlsxwriter calls.
    static func replay(_ workbook: Workbook, to path: String) throws {
        guard let handle = workbook_new(path) else { throw Failure(description: "workbook_new failed") }
        var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
        for sheet in workbook.sheets {
            guard let worksheet = workbook_add_worksheet(handle, sheet.name) else { continue }
            for range in sheet.merges {
                worksheet_merge_range(worksheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                      lxw_row_t(range.last.row), lxw_col_t(range.last.column), "", nil)
            }
            for cell in sheet.cells {
                let row = lxw_row_t(cell.row), column = lxw_col_t(cell.column)
                var format: UnsafeMutablePointer<lxw_format>?
                if let code = cell.numberFormat.code {
                    if formats[code] == nil, let created = workbook_add_format(handle) {
                        format_set_num_format(created, code)
                        formats[code] = created
                    }
                    format = formats[code]
                }
                switch cell.value {
                case .text(let text):
                    if let formula = cell.formula { worksheet_write_formula_str(worksheet, row, column, "=" + formula, format, text) }
                    else { worksheet_write_string(worksheet, row, column, text, format) }
                case .number:
                    let number = cell.value.asDouble() ?? 0
                    if let formula = cell.formula { worksheet_write_formula_num(worksheet, row, column, "=" + formula, format, number) }
                    else { worksheet_write_number(worksheet, row, column, number, format) }
                default:
                    break
                }
            }
        }
        guard workbook_close(handle) == LXW_NO_ERROR else { throw Failure(description: "workbook_close failed") }
    }

}
