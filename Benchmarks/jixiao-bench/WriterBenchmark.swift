import CXlsxWriter
import Foundation
import XLSXWriter

/// Measures what the safe layer costs: many small workbooks written through ``WorkbookWriter`` against a plain
/// loop of the same libxlsxwriter calls. For `Benchmarks/` (release builds); not used by the library itself.
///
/// Each workbook has one sheet: a header row of text in a bold style, then numbers with a `#,##0.00` style.
/// The layer adds its checks, the format cache, the C-locale switch per call, and atomic output (a temporary
/// file, then a hard link and unlink).
enum WriterBenchmark {
    struct Measurement: CustomStringConvertible {
        let workbooks: Int
        let cellsPerWorkbook: Int
        /// Seconds for all workbooks through ``WorkbookWriter``.
        let layerSeconds: Double
        /// Seconds for all workbooks through the same C calls directly.
        let directSeconds: Double

        var description: String {
            let overhead = directSeconds > 0 ? (layerSeconds / directSeconds - 1) * 100 : 0
            return String(format: "write: %d workbooks × %d cells: layer %.3f s (%.3f ms each), plain C loop %.3f s (%.3f ms each), overhead %+.1f%%",
                          workbooks, cellsPerWorkbook, layerSeconds, layerSeconds * 1000 / Double(max(workbooks, 1)),
                          directSeconds, directSeconds * 1000 / Double(max(workbooks, 1)), overhead)
        }
    }

    /// Writes `workbooks` files of `rows` × `columns` cells both ways into `folder` (which must exist) and
    /// removes them again.
    /// - Throws: any writer error (none is expected).
    static func run(workbooks: Int = 1_000, rows: Int = 10, columns: Int = 10,
                           folder: URL) throws -> Measurement {
        // Warm both paths (page cache, dynamic linking) before timing.
        for index in 0..<min(20, workbooks) {
            try writeWithLayer(folder.appendingPathComponent("warm-layer-\(index).xlsx"), rows: rows, columns: columns)
            try writeDirectly(folder.appendingPathComponent("warm-direct-\(index).xlsx"), rows: rows, columns: columns)
        }
        let direct = try seconds {
            for index in 0..<workbooks {
                try writeDirectly(folder.appendingPathComponent("direct-\(index).xlsx"), rows: rows, columns: columns)
            }
        }
        let layer = try seconds {
            for index in 0..<workbooks {
                try writeWithLayer(folder.appendingPathComponent("layer-\(index).xlsx"), rows: rows, columns: columns)
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".xlsx") && (name.hasPrefix("direct-") || name.hasPrefix("layer-")
                                                            || name.hasPrefix("warm-")) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        return Measurement(workbooks: workbooks, cellsPerWorkbook: rows * columns,
                           layerSeconds: layer, directSeconds: direct)
    }

    static func writeWithLayer(_ url: URL, rows: Int, columns: Int) throws(XLSXWriterError) {
        let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(overwrite: true))
        let sheet = try workbook.addWorksheet(named: "数据")
        let header = CellStyle(bold: true)
        let amount = CellStyle(numberFormat: "#,##0.00")
        for column in 0..<columns {
            try sheet.writeText("列\(column + 1)", row: 0, column: column, style: header)
        }
        for row in 1..<max(rows, 1) {
            for column in 0..<columns {
                try sheet.writeNumber(Double(row * 1000 + column) + 0.25, row: row, column: column, style: amount)
            }
        }
        try workbook.close()
    }

    static func writeDirectly(_ url: URL, rows: Int, columns: Int) throws(XLSXWriterError) {
        guard let workbook = workbook_new(url.path), let sheet = workbook_add_worksheet(workbook, "数据"),
              let header = workbook_add_format(workbook), let amount = workbook_add_format(workbook) else {
            throw XLSXWriterError(.outOfMemory, detail: "libxlsxwriter could not start a workbook")
        }
        format_set_bold(header)
        format_set_num_format(amount, "#,##0.00")
        for column in 0..<columns {
            worksheet_write_string(sheet, 0, lxw_col_t(column), "列\(column + 1)", header)
        }
        for row in 1..<max(rows, 1) {
            for column in 0..<columns {
                worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), Double(row * 1000 + column) + 0.25, amount)
            }
        }
        let result = workbook_close(workbook)
        if result != LXW_NO_ERROR {
            throw XLSXWriterError(.outputFile, detail: String(cString: lxw_strerror(result)))
        }
    }

}
