import CXlsxWriter

/// What the workbook keeps about each sheet.
struct SheetRecord {
    let name: String
    /// Owned by the workbook; valid while it is open.
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    var merges = MergeRegistry()
}
