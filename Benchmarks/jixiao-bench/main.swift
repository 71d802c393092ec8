// jixiao-bench: measures the reader outside `swift test`. Run through `make bench` (Scripts/bench.sh), which
// builds in release mode, makes the inputs, runs each measurement in its own process (so peak memory is that
// measurement's alone) and puts python-calamine beside it.
//
//   jixiao-bench generate-sheet FILE CELLS      a sheet of CELLS cells (numbers, text, formulas)
//   jixiao-bench generate-folder DIR SOURCE N   N copies of SOURCE (a real form)
//   jixiao-bench read-sheet FILE [--keep]       stream every cell (or keep them all with --keep)
//   jixiao-bench read-folder DIR                read every .xlsx in DIR whole
//   jixiao-bench write DIR N                    N small workbooks through the writer layer and as plain C calls
//   jixiao-bench fill DIR SOURCE N              N filled forms in the official layout, and the same cells as plain C calls
//   jixiao-bench generate-forms DIR N [EXAMPLES] N returned forms (and a few broken files) for the bulk benchmark
//   jixiao-bench xml-floor DIR                  XMLParser's own cost on the forms' parts, with a delegate doing nothing
import CXlsxWriter
import Foundation
import OOXMLPackage
import XLSXReader

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024   // Linux reports KiB
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

/// A sheet like a large data export: 10 columns, amounts with 2 decimals, labels, a rate formula.
func generateSheet(path: String, cells: Int) {
    var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 0)
    guard let workbook = workbook_new_opt(path, &options) else { fail("cannot create \(path)") }
    let worksheet = workbook_add_worksheet(workbook, nil)
    let amount = workbook_add_format(workbook)
    format_set_num_format(amount, "#,##0.00")
    let rate = workbook_add_format(workbook)
    format_set_num_format(rate, "0.0%")
    let columns = 10
    let rows = (cells + columns - 1) / columns
    var written = 0
    for row in 0..<rows {
        for column in 0..<columns where written < cells {
            let r = UInt32(row), c = UInt16(column)
            switch column {
            case 0: worksheet_write_string(worksheet, r, c, "部门\(row % 997)", nil)
            case 1: worksheet_write_string(worksheet, r, c, "项目支出", nil)
            case 9: worksheet_write_formula_num(worksheet, r, c, "=H\(row + 1)/G\(row + 1)", rate, 0.9784)
            default: worksheet_write_number(worksheet, r, c, Double(row * 7 + column) + 0.25, amount)
            }
            written += 1
        }
    }
    guard workbook_close(workbook) == LXW_NO_ERROR else { fail("cannot write \(path)") }
}

func generateFolder(directory: String, source: String, count: Int) throws {
    let manager = FileManager.default
    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let data = try Data(contentsOf: URL(fileURLWithPath: source))
    for index in 0..<count {
        try data.write(to: URL(fileURLWithPath: directory).appendingPathComponent(String(format: "form-%05d.xlsx", index)))
    }
}

func readSheet(path: String, keep: Bool) throws {
    var cellCount = 0
    let elapsed = try seconds {
        let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: path))
        if keep {
            cellCount = try reader.readSheet(at: 0).cells.count
        } else {
            try reader.forEachCell(inSheetAt: 0) { _ in cellCount += 1 }
        }
    }
    let mode = keep ? "kept" : "streamed"
    print(String(format: "read-sheet (%@): %d cells in %.3f s = %.0f cells/s, peak memory %.1f MiB",
                 mode, cellCount, elapsed, Double(cellCount) / elapsed, peakMemoryMiB()))
}

func readFolder(directory: String) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".xlsx") }.sorted()
    var cellCount = 0
    let elapsed = try seconds {
        for name in names {
            let workbook = try Workbook(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))
            cellCount += workbook.sheets.reduce(0) { $0 + $1.cells.count }
        }
    }
    print(String(format: "read-folder: %d files (%d cells) in %.3f s = %.0f files/s, peak memory %.1f MiB",
                 names.count, cellCount, elapsed, Double(names.count) / elapsed, peakMemoryMiB()))
}

LocalTimeZone.pin()   // as jixiao itself does: libzip's mktime calls would otherwise stat /etc/localtime
let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: see the comment at the top of Benchmarks/jixiao-bench/main.swift") }
do {
    switch arguments[1] {
    case "generate-sheet":
        guard arguments.count == 4, let cells = Int(arguments[3]) else { fail("generate-sheet FILE CELLS") }
        generateSheet(path: arguments[2], cells: cells)
    case "generate-folder":
        guard arguments.count == 5, let count = Int(arguments[4]) else { fail("generate-folder DIR SOURCE N") }
        try generateFolder(directory: arguments[2], source: arguments[3], count: count)
    case "generate-forms":
        guard arguments.count >= 4, let count = Int(arguments[3]) else { fail("generate-forms DIR N [EXAMPLES]") }
        let examples = URL(fileURLWithPath: arguments.count > 4 ? arguments[4] : "Examples")
        print(try FormCorpus.generate(into: URL(fileURLWithPath: arguments[2]), count: count, examples: examples))
    case "read-sheet":
        try readSheet(path: arguments[2], keep: arguments.contains("--keep"))
    case "read-folder":
        try readFolder(directory: arguments[2])
    case "fill":
        guard arguments.count == 5, let count = Int(arguments[4]) else { fail("fill DIR SOURCE N") }
        print(try FillBenchmark.run(source: URL(fileURLWithPath: arguments[3]), count: count,
                                    folder: URL(fileURLWithPath: arguments[2])))
    case "write":
        guard arguments.count == 4, let count = Int(arguments[3]) else { fail("write DIR N") }
        try FileManager.default.createDirectory(atPath: arguments[2], withIntermediateDirectories: true)
        print(try WriterBenchmark.run(workbooks: count, rows: 10, columns: 10, folder: URL(fileURLWithPath: arguments[2])))
    case "xml-floor":
        print(try XMLParserFloor.run(directory: arguments[2]))
    default:
        fail("unknown benchmark \(arguments[1])")
    }
} catch {
    fail("benchmark failed: \(error)")
}
