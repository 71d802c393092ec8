/// The columns of the `validate` CSV report, in order: one row per finding, or one per file without findings.
/// The header row is how a report saved under a workbook's name is told from a workbook.
///
/// Two shapes. The one a person opens in Excel (``columns``, the default) has a header in Chinese or English,
/// starts with the UTF-8 byte-order mark (Excel on Chinese Windows reads a file without it as GBK) and holds
/// words beside the ids: the rule's and the field's names, status and severity as the summary workbook labels
/// them. The one for scripts (``header``, `--csv-keys`) has the keys as its header, the raw values, no mark.
///
/// ```swift
/// ReportCSV.header.joined(separator: ",")   // "path,status,severity,rule,field,sheet,cell,stated,expected,kind,message"
/// ReportCSV.header(in: .zh).prefix(3)        // ["文件", "部门", "工作表"]
/// ```
package enum ReportCSV {
    /// The machine header: the keys of form-model.md §4, for scripts.
    package static let header = ["path", "status", "severity", "rule", "field", "sheet", "cell", "stated", "expected",
                                "kind", "message"]

    /// One column of the CSV a person reads: its key and its header in both languages.
    package struct Column: Sendable, Hashable {
        package var key: Key
        package var zh: String
        package var en: String

        /// The header in `language`.
        package func header(in language: MessageLanguage) -> String { language == .zh ? zh : en }
    }

    /// What a column of the person's CSV holds.
    package enum Key: String, Sendable, Hashable, CaseIterable {
        case path, department, sheet, status, severity, rule, ruleName, field, fieldName, cell, stated, expected, kind,
             message
    }

    /// The person's columns, in order. The ids (rule, field) keep their own columns, for filtering; the figures
    /// (stated, expected) are plain numbers Excel reads as numbers, a rate as a fraction (0.9689 for 96.89%).
    package static let columns: [Column] = [
        Column(key: .path, zh: "文件", en: "File"),
        Column(key: .department, zh: "部门", en: "Department"),
        Column(key: .sheet, zh: "工作表", en: "Sheet"),
        Column(key: .status, zh: "状态", en: "Status"),
        Column(key: .severity, zh: "严重程度", en: "Severity"),
        Column(key: .rule, zh: "规则", en: "Rule"),
        Column(key: .ruleName, zh: "规则名称", en: "Rule name"),
        Column(key: .field, zh: "字段", en: "Field"),
        Column(key: .fieldName, zh: "字段名称", en: "Field name"),
        Column(key: .cell, zh: "单元格", en: "Cell"),
        Column(key: .stated, zh: "填写值", en: "Stated"),
        Column(key: .expected, zh: "应为", en: "Expected"),
        Column(key: .kind, zh: "类型", en: "Kind"),
        Column(key: .message, zh: "说明", en: "Message"),
    ]

    /// The person's header in `language`.
    package static func header(in language: MessageLanguage) -> [String] { columns.map { $0.header(in: language) } }

    /// Every header row a report may start with: the keys, and the person's in each language.
    package static let headers: [[String]] = [header] + MessageLanguage.allCases.map(header(in:))

    /// The UTF-8 byte-order mark the person's CSV starts with.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
