/// The columns of the `validate` CSV report, in order: one row per finding, or one per file without findings.
/// The header row is how a report saved under a workbook's name is told from a workbook.
///
/// Two shapes. The one a person opens in Excel, the default, has its columns and their Chinese and English
/// headers in `Templates/summary-layout.json` (`csvColumns`, ``SummaryLayout/csvColumns``), starts with the UTF-8
/// byte-order mark (Excel on Chinese Windows reads a file without it as GBK) and holds words beside the ids: the
/// rule's and the field's names, status and severity as the summary workbook labels them. The one for scripts
/// (``header``, `--csv-keys`) has the keys as its header, the raw values, no mark.
///
/// ```swift
/// ReportCSV.header.joined(separator: ",")   // "path,status,severity,rule,field,sheet,cell,stated,expected,kind,message"
/// layout.csvColumns?.map { $0.header(in: .en) }.prefix(3)   // ["File", "Department", "Sheet"]
/// ```
package enum ReportCSV {
    /// The machine header: the keys of form-model.md §4, for scripts.
    package static let header = ["path", "status", "severity", "rule", "field", "sheet", "cell", "stated", "expected",
                                "kind", "message"]

    /// One column of the CSV a person reads: what it holds (a ``Key``'s raw value) and its header in both
    /// languages.
    package struct Column: Sendable, Hashable, Decodable {
        package var key: String
        package var zh: String
        package var en: String

        package init(key: String, zh: String, en: String) {
            self.key = key
            self.zh = zh
            self.en = en
        }

        /// The header in `language`.
        package func header(in language: MessageLanguage) -> String { language == .zh ? zh : en }
    }

    /// What a column of the person's CSV holds. The ids (rule, field) keep their own columns, for filtering;
    /// the figures (stated, expected) are plain numbers Excel reads as numbers, a rate as a fraction (0.9689 for
    /// 96.89%).
    package enum Key: String, Sendable, Hashable, CaseIterable {
        case path, department, sheet, status, severity, rule, ruleName, field, fieldName, cell, stated, expected, kind,
             message
    }

    /// Every header row a report may start with: the keys, and the person's (from `columns`) in each language.
    package static func headers(_ columns: [Column]?) -> [[String]] {
        [header] + (columns.map { columns in MessageLanguage.allCases.map { language in columns.map { $0.header(in: language) } } } ?? [])
    }

    /// The UTF-8 byte-order mark the person's CSV starts with.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
