/// A cell a finding names, to be marked on the sheet drawn: the sheet's name, the cell (`E6`), the finding's
/// severity and its number in the file's findings (the `data-finding` that ties the cell to the list).
///
/// ```swift
/// let highlights = CellHighlight.all(in: report.files[0])
/// highlights.first   // CellHighlight(sheet: "Sheet1", cell: "E6", severity: "warning", finding: 0)
/// ```
struct CellHighlight: Sendable, Hashable {
    var sheet: String
    var cell: String
    var severity: String
    var finding: Int

    /// The highlights of a file's findings that name a cell (on their sheet, else the form's), numbered by their
    /// place in the list from `first` (a page listing several forms of one workbook numbers on from the last).
    static func all(in file: ValidationReportJSON.File, numberedFrom first: Int = 0) -> [CellHighlight] {
        file.findings.enumerated().compactMap { index, finding in
            guard let sheet = finding.sheet ?? file.sheet, let cell = finding.cell else { return nil }
            return CellHighlight(sheet: sheet, cell: cell, severity: finding.severity, finding: first + index)
        }
    }

    /// How grave a severity is, for the one a cell named by several findings shows.
    static func rank(_ severity: String) -> Int {
        switch severity {
        case "error": 3
        case "warning": 2
        case "info": 1
        default: 0
        }
    }
}
