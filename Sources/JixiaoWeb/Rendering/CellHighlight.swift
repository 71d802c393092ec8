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

    /// The highlights of a file's findings that name a sheet and a cell, numbered by their place in the list.
    static func all(in file: ValidationReportJSON.File) -> [CellHighlight] {
        file.findings.enumerated().compactMap { index, finding in
            guard let sheet = finding.sheet, let cell = finding.cell else { return nil }
            return CellHighlight(sheet: sheet, cell: cell, severity: finding.severity, finding: index)
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
