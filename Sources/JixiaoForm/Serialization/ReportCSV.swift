/// The columns of the `validate --format csv` report, in order: one row per finding, or one per file without
/// findings. The header row is how a report saved under a workbook's name is told from a workbook.
///
/// ```swift
/// ReportCSV.header.joined(separator: ",")   // "path,status,severity,rule,field,sheet,cell,stated,expected,kind,message"
/// ```
package enum ReportCSV {
    package static let header = ["path", "status", "severity", "rule", "field", "sheet", "cell", "stated", "expected",
                                "kind", "message"]
}
