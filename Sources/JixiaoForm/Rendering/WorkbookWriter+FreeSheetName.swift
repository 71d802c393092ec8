import XLSXWriter

extension WorkbookWriter {
    /// Adds a sheet named `wanted` when Excel allows that name and it is free, else `otherwise`, `otherwise (2)` …
    ///
    /// ```swift
    /// try workbook.addSheet(named: "校验结果", otherwise: "校验结果")   // "校验结果 (2)" when the unit has one
    /// ```
    func addSheet(named wanted: String, otherwise: String, reserved: [String] = []) throws(XLSXWriterError) -> WorksheetWriter {
        let names = [wanted, otherwise] + (2...999).map { "\(otherwise) (\($0))" }
        for name in names where worksheet(named: name) == nil && !reserved.contains(name) {
            do {
                return try addWorksheet(named: name)
            } catch where error.kind == .invalidSheetName || error.kind == .duplicateSheetName {
                continue
            }
        }
        throw XLSXWriterError(.duplicateSheetName, sheet: wanted, detail: "no free sheet name")
    }
}
