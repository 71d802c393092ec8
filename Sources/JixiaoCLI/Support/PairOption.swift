/// `--pair TABLE=REPORT`: a table and the 绩效自评报告 the user pairs it with, as the option writes them. A path
/// holding `=` is written with the table first; the report is what follows the last `=` that leaves both sides
/// a file name with an extension.
///
/// ```swift
/// PairOption.parse("番禺/自评表.xlsx=番禺/自评报告.docx")   // ("番禺/自评表.xlsx", "番禺/自评报告.docx")
/// PairOption.text(table: "a.xlsx", report: "b.docx")        // "a.xlsx=b.docx"
/// ```
enum PairOption {
    static func parse(_ value: String) -> (table: String, report: String)? {
        var candidates: [(String, String)] = []
        var index = value.startIndex
        while let equals = value[index...].firstIndex(of: "=") {
            let table = String(value[..<equals]), report = String(value[value.index(after: equals)...])
            if !table.isEmpty, !report.isEmpty { candidates.append((table, report)) }
            index = value.index(after: equals)
        }
        // Where a path holds `=` too: the split whose table ends like a workbook.
        let workbook = candidates.first { pair in [".xlsx", ".xls", ".et"].contains { pair.0.lowercased().hasSuffix($0) } }
        return workbook ?? candidates.first
    }

    static func text(table: String, report: String) -> String { table + "=" + report }
}
