/// Why a file was left out of a run rather than read as a form: jixiao wrote it (a summary workbook, a JSON or
/// CSV report, a corrected table found beside the forms), or it is not a workbook at all.
///
/// The raw values are what the JSON report's `skipped` entries carry.
///
/// ```swift
/// let report = FormValidator().validate(fileAt: URL(fileURLWithPath: "回收表格/汇总.xlsx"))
/// report.status        // .skipped
/// report.skipReason    // .summary
/// ```
public enum SkipReason: String, Sendable, Hashable, CaseIterable {
    /// The summary workbook of `validate --summary` (汇总, 问题清单, 图表).
    case summary
    /// A table `fix` wrote (`NAME.corrected.xlsx`, with its 校验结果 sheet).
    case correctedTable = "corrected-table"
    /// A JSON or CSV report of `validate`, saved under a workbook's name.
    case report
    /// The run's reference list (`validate --reference`), found among the forms.
    case referenceList = "reference-list"
    /// Not a workbook: a file of another kind found in a folder (`.pdf`, `.docx`, `.txt` ...).
    case notAWorkbook = "not-a-workbook"
}
